"""A finished recording: named, typed records of every call, draw and stream write.

``Recorder.finish()`` returns a ``Recording``, the only thing the timeline,
findings, ``--goto``, JSON/JSONL and HTML read.  Things there are few of are
frozen dataclasses held in tuples (``StreamRecord``, ``FunctionRecord``,
``NodeRecord``, ``WriteRecord``); things there are one of per call or per draw
(100,000 in a long run) are numpy columns, and ``call(c)`` / ``draws(c)``
build the frozen ``CallRecord`` / ``DrawRecord`` / ``StreamStep`` of one call
on demand.  Consumers that look at every call (findings, the collapsed
timeline) read the columns, so they stay linear and cheap.

Column layout (``n`` calls, ``d`` draw rows, ``r`` stream reads, ``o`` outputs):

- per call: ``call_fn`` (function index), ``call_site`` (site id or -1), and
  offsets ``draws_at`` / ``reads_at`` / ``outs_at`` (``n + 1`` each) into the
  columns below;
- per draw row: ``draw_token`` (the state it was made at), ``draw_hash`` (its
  values, within this process), ``draw_stream``, ``draw_number`` (distinct
  draws numbered from 1 in order of appearance), ``draw_repeat`` (the call
  that first made the same draw, or -1 for a first draw), ``draw_call``;
- per stream read: ``read_stream``, ``read_before``, ``read_after`` (tokens);
- per output: ``out_hash`` (value hash) and ``out_first`` (the output position
  where the same values first appeared).

Tokens name stream states (``trace.states``); ``states`` turns them into
fingerprints and full states on demand (it is a cache, not a record).
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_right
from types import MappingProxyType

import numpy as np

from rngscope.trace.columns import Lists, first_positions
from rngscope.trace.fingerprint import value_digest
from rngscope.trace.outputs import Outputs
from rngscope.trace.states import AFTER, NO_STEP, States

NONE = -1  # "no call", "no site", "no stream" in an int column


@dataclasses.dataclass(frozen=True)
class StreamRecord:
    """A stream followed by the recorder: its shared variable and its starting state."""

    index: int
    shared: object
    variable: object
    kind: str | None
    start: int  # token


@dataclasses.dataclass(frozen=True)
class NodeRecord:
    """A random node of a compiled function (or of a loop's step)."""

    position: int  # among the function's random nodes outside loops (run order), or -1
    node: object
    stream: int | None  # the stream it draws from; None: found per draw (chained, unfollowed)
    step: int  # its replay step id, or ``states.NO_STEP``
    observed: bool = True  # its values were handed over (else only replayed: not compared)
    id: int = 0  # its index in ``Recording.nodes``
    values_read: bool = True  # False: it draws only to advance its stream (values unused)
    in_loop: bool = False  # it is a random node of a loop's step


@dataclasses.dataclass(frozen=True)
class LoopRecord:
    """A loop with draws in its step (a ``scan``): its name and number of steps as written."""

    index: int
    name: str
    steps: str  # "3", "n", "len(x)"
    streams: tuple[int, ...]  # the streams its step draws from
    node: object = None  # the loop's node (``on_loop`` is given it)
    sites: tuple[int, ...] = ()  # the NodeRecord ids of its step's random nodes
    # a merged loop (scan_merge): (stream, the loop its draws came from) per stream
    parts: tuple = ()

    def name_of(self, stream: int) -> str:
        """The loop's name for the draws of ``stream`` (of a merged loop, the loop they
        came from: ``walk_a (1st of walk_a&walk_b)``)."""
        return next((name for s, name in self.parts if s == stream), self.name)


@dataclasses.dataclass(frozen=True)
class FunctionRecord:
    """A compiled function as recorded: the streams it reads and its random nodes."""

    index: int
    fn: object
    reads: tuple[int, ...]  # stream indices, in the order of ``read_*`` entries
    nodes: tuple[NodeRecord, ...]  # outside loops
    out_nodes: tuple[int, ...]  # per output: the position of the node it is the draw of, or -1
    n_outputs: int
    loops: tuple[int, ...] = ()  # its loops with draws (their calls draw a varying number)


@dataclasses.dataclass(frozen=True)
class WarningRecord:
    """A warning the backend's library gave about its streams, after ``after_calls`` calls."""

    after_calls: int
    library: str  # "PyTensor"
    category: str  # "DeprecationWarning"
    message: str  # the library's text, memory addresses masked
    note: str  # what it means for the draws, in a sentence
    site: int  # site id of the script line it was raised from, or -1


@dataclasses.dataclass(frozen=True)
class WriteRecord:
    """A write to a stream outside calls, made after ``after_calls`` calls."""

    after_calls: int
    stream: int
    site: int  # site id, or -1
    source: str  # one of ``events.SOURCES``
    before: int  # token
    after: int  # token


@dataclasses.dataclass(frozen=True)
class StreamStep:
    """One stream a call read: its state before and after the call (tokens)."""

    stream: int
    before: int
    after: int
    advanced: bool


@dataclasses.dataclass(frozen=True)
class DrawRecord:
    """One draw: its row, stream, the state it was made at, its number and first maker."""

    row: int
    stream: int
    token: int
    number: int
    step: int
    repeat_of: int | None  # the call that first made the same draw; None for a first draw
    node: int = 0  # the NodeRecord id of the node that made it
    loop: int | None = None  # the loop whose step made it
    loop_step: int | None = None  # which step of that loop (from 0)
    discarded: bool = False  # its values were not used: it only advanced its stream


@dataclasses.dataclass(frozen=True)
class CallRecord:
    """One call: its function, where it was made, the streams it read, its draws and outputs."""

    index: int
    function: FunctionRecord
    site: tuple | None  # (line, column, end line, end column)
    streams: tuple[StreamStep, ...]
    draws: tuple[DrawRecord, ...]
    outputs: tuple[int, ...]  # value hashes: equal hashes, equal values
    args: str | None  # the literal arguments of a ``--calls`` call

    @property
    def line(self):
        return self.site[0] if self.site else None


@dataclasses.dataclass(frozen=True, eq=False)
class Recording:
    """Everything a finished run recorded (see the module docstring for the columns)."""

    script_filename: str | None
    streams: tuple[StreamRecord, ...]
    functions: tuple[FunctionRecord, ...]
    nodes: tuple[NodeRecord, ...]  # by id
    loops: tuple[LoopRecord, ...]  # by index
    loop_runs: np.ndarray  # per loop run: (call, loop index, steps)
    writes: tuple[WriteRecord, ...]
    sites: tuple  # site id -> (line, column, end line, end column)
    call_args: MappingProxyType  # call -> text of its literal arguments (``--calls``)
    states: States
    n_draws: int  # distinct draws
    call_fn: np.ndarray
    call_site: np.ndarray
    draws_at: np.ndarray
    reads_at: np.ndarray
    outs_at: np.ndarray
    draw_token: np.ndarray
    draw_hash: np.ndarray
    draw_stream: np.ndarray
    draw_number: np.ndarray
    draw_repeat: np.ndarray
    draw_call: np.ndarray
    draw_node: np.ndarray
    read_stream: np.ndarray
    read_before: np.ndarray
    read_after: np.ndarray
    out_hash: np.ndarray
    out_first: np.ndarray
    _fixed_digests: MappingProxyType  # draw row -> digest, kept at record time
    _stream_sets: tuple  # per stream: (sorted event keys, tokens) of every change of its state
    warnings: tuple = ()  # WarningRecord, in the order they were given
    _kept_outs: Outputs = None  # the values of outputs that are not draws, digested when asked
    _replayed: dict = dataclasses.field(default_factory=dict, repr=False)  # digest cache
    _lists: Lists = dataclasses.field(init=False, repr=False)  # ``lists``

    @property
    def n_calls(self):
        return len(self.call_fn)

    # -- one call ------------------------------------------------------------------------

    @property
    def lists(self) -> Lists:
        """The columns as Python lists, each made when first read: one call's look-ups index
        lists, not arrays (a numpy scalar costs ten times a list item; a text timeline
        reads every call)."""
        return self._lists

    def __post_init__(self):
        object.__setattr__(self, "_lists", Lists(self))

    def function_of(self, call) -> FunctionRecord:
        return self.functions[self._lists.call_fn[call]]

    def site(self, call):
        site = self._lists.call_site[call]
        return self.sites[site] if site >= 0 else None

    def reads(self, call) -> tuple[StreamStep, ...]:
        find = self.states.find
        at = self._lists.reads_at
        lo, hi = at[call], at[call + 1]
        return tuple(
            StreamStep(s, b, a, find(b) != find(a))
            for s, b, a in zip(self._lists.read_stream[lo:hi],
                                self._lists.read_before[lo:hi], self._lists.read_after[lo:hi]))

    def draws(self, call) -> tuple[DrawRecord, ...]:
        at = self._lists.draws_at
        lo, hi = at[call], at[call + 1]
        function = self.function_of(call)
        in_loop = {n: loop for loop in function.loops for n in self.loops[loop].sites}
        node_of, repeat_of = self._lists.draw_node, self._lists.draw_repeat
        stream_of, token_of = self._lists.draw_stream, self._lists.draw_token
        number_of = self._lists.draw_number
        out, steps = [], {}
        for row in range(lo, hi):
            node = self.nodes[node_of[row]]
            repeat = repeat_of[row]
            loop = in_loop.get(node.id) if in_loop else None
            loop_step = None
            if loop is not None:  # its k-th draw in this call is the loop's step k
                loop_step = steps[node.id] = steps.get(node.id, -1) + 1
            out.append(DrawRecord(row, stream_of[row], token_of[row], number_of[row], node.step,
                                  None if repeat < 0 else repeat, node.id, loop, loop_step,
                                  not node.values_read))
        return tuple(out)

    def loop_steps(self, call):
        """[(loop index, steps)] of the loops a call ran, in order."""
        runs = self.loop_runs
        lo, hi = np.searchsorted(runs[:, 0], [call, call + 1]) if len(runs) else (0, 0)
        return [(int(loop), int(steps)) for _c, loop, steps in runs[lo:hi]]

    def outputs(self, call) -> tuple[int, ...]:
        at = self._lists.outs_at
        return tuple(self._lists.out_hash[at[call]:at[call + 1]])

    def call(self, call) -> CallRecord:
        return CallRecord(call, self.function_of(call), self.site(call), self.reads(call),
                          self.draws(call), self.outputs(call), self.call_args.get(call))

    def first_equal_output(self, call, k):
        """(call, output) where the values of output ``k`` of ``call`` first appeared, if earlier."""
        outs_at = self._lists.outs_at
        first = self._lists.out_first[outs_at[call] + k]
        if first >= outs_at[call]:
            return None
        at = bisect_right(outs_at, first) - 1
        return at, first - outs_at[at]

    # -- digests -------------------------------------------------------------------------

    def draw_digest(self, row) -> bytes:
        """The stable digest of a draw's values, replayed from its state (once per state and step)."""
        digest = self._fixed_digests.get(row)
        if digest is not None:
            return digest
        token = self.states.find(int(self.draw_token[row]))
        step = self.nodes[self.draw_node[row]].step
        key = (token, step, int(self.draw_hash[row]))
        digest = self._replayed.get(key)
        if digest is None:
            digest = self._replayed[key] = value_digest(self.states.draw(token, step))
        return digest

    def output_digest(self, call, k) -> bytes:
        node = self.function_of(call).out_nodes[k]
        if node >= 0:
            return self.draw_digest(int(self.draws_at[call]) + node)
        return self._kept_outs.digest(int(self.outs_at[call]) + k)

    # -- streams over the run --------------------------------------------------------------

    def tokens_before(self, call):
        """Every stream's token just before call ``call`` (writes made before it included)."""
        key = 4 * call + 1
        out = []
        for stream, (keys, tokens) in zip(self.streams, self._stream_sets):
            i = bisect_right(keys, key - 1) - 1
            out.append(stream.start if i < 0 else int(tokens[i]))
        return out

    def canonical(self, tokens: np.ndarray) -> np.ndarray:
        """``states.find`` of every token of an array (the aliases are few)."""
        return self.states.canonical(tokens)

    def read_advanced(self) -> np.ndarray:
        """Per stream read: did the call move the stream to another state?"""
        return self.canonical(self.read_before) != self.canonical(self.read_after)

    def read_call(self) -> np.ndarray:
        return owner(self.reads_at, len(self.read_stream))


def owner(offsets, n):
    """Per entry of a column laid out by ``offsets``: the index of the call it belongs to."""
    return np.repeat(np.arange(len(offsets) - 1), np.diff(offsets)) if n else np.zeros(0, np.int64)


def per_call_any(offsets, flags):
    """Per call: is any of its entries (laid out by ``offsets``) flagged?"""
    counts = np.concatenate(([0], np.cumsum(flags, dtype=np.int64)))
    return counts[offsets[1:]] > counts[offsets[:-1]]


# -- building a recording from a recorder's raw columns -----------------------------------


def _column(values, dtype=np.int64):
    return np.array(values, dtype=dtype) if len(values) else np.zeros(0, dtype)


def build(recorder) -> Recording:
    """The ``Recording`` of a finished recorder: its moves folded, its draws numbered.

    Every step is a few numpy passes over the columns plus Python work only for
    what is rare (writes, explicit updates, draws with equal values, calls of
    functions with loops).
    """
    states = recorder.states
    loops = tuple(_loop_record(info) for info in recorder.loops)
    nodes = tuple(_node_record(info, -1) for info in recorder.nodes)
    functions = tuple(_function_record(info) for info in recorder.functions)
    streams = tuple(StreamRecord(t.index, t.shared, t.variable, t.kind, t.start)
                    for t in recorder.tracks)
    writes = tuple(WriteRecord(w.after_calls, w.track, w.site, w.source, w.before, w.after)
                   for w in recorder.writes)
    call_fn = _column(recorder.call_fn, np.int32)
    n_calls = len(call_fn)
    by_fn = [np.flatnonzero(call_fn == f.index) for f in functions]
    draws_at = _column(recorder.draws_at)
    reads_at = _offsets(call_fn, [len(f.reads) for f in functions])
    outs_at = _offsets(call_fn, [f.n_outputs for f in functions])
    call_site = np.full(n_calls, NONE, np.int32)
    for start, site in zip(recorder.site_changes, recorder.site_values):
        call_site[start:] = site
    draw_token = _column(recorder.draw_token)
    n_rows = len(draw_token)
    draw_call = owner(draws_at, n_rows)
    draw_node = np.zeros(n_rows, np.int32)
    for f, calls in zip(functions, by_fn):
        if f.loops:
            for call in calls.tolist():
                draw_node[draws_at[call]:draws_at[call + 1]] = recorder.call_rows[call]
            continue
        for node in f.nodes:
            draw_node[draws_at[calls] + node.position] = node.id
    draw_hash = recorder.hash_values(draw_node)

    after_token = AFTER + np.arange(n_rows, dtype=np.int64)  # the state after each draw row
    for row, token in recorder.after_of.items():
        after_token[row] = token
    stream_sets = _stream_sets(recorder, functions, by_fn, draws_at, after_token, writes)
    read_stream, read_before, read_after = _fold_reads(
        functions, by_fn, reads_at, stream_sets, streams)

    node_stream = np.array([NONE if n.stream is None else n.stream for n in nodes] + [NONE],
                           np.int32)
    draw_stream = node_stream[draw_node] if n_rows else np.zeros(0, np.int32)
    for row in np.flatnonzero(draw_stream == NONE).tolist():  # chained or unfollowed: per draw
        draw_stream[row] = states.track_of(states.find(int(draw_token[row])))
    numbered = np.array([n.values_read for n in nodes] + [True], bool)[draw_node] if n_rows \
        else np.zeros(0, bool)

    number, repeat, n_draws = _number_draws(states, draw_token, draw_hash, draw_stream, draw_call,
                                            numbered)
    _explain_writes(recorder, states, draw_token, draw_stream)

    out_hash = np.zeros(int(outs_at[-1]), np.int64)
    fixed = dict(recorder.draw_digest_of)
    for f, calls in zip(functions, by_fn):
        for k, node in enumerate(f.out_nodes):
            if node >= 0 and not f.loops:
                out_hash[outs_at[calls] + k] = draw_hash[draws_at[calls] + node]
    kept_outs = recorder.outputs.finish(outs_at)
    out_hash[kept_outs.positions] = kept_outs.hashes
    out_first = first_positions(out_hash)
    node_step = np.array([n.step for n in nodes] + [NO_STEP], np.int64)
    draw_step = node_step[draw_node] if n_rows else np.zeros(0, np.int64)
    states.index_steps(draw_token, draw_step)
    loop_runs = np.array(recorder.loop_runs, np.int64).reshape(-1, 3)

    return Recording(
        recorder.script_filename, streams, functions, nodes, loops, loop_runs, writes,
        tuple(recorder.sites), MappingProxyType(dict(recorder.call_args)), states, n_draws,
        call_fn, call_site, draws_at, reads_at, outs_at, draw_token, draw_hash, draw_stream,
        number, repeat, draw_call, draw_node, read_stream, read_before, read_after, out_hash,
        out_first, MappingProxyType(fixed), stream_sets, tuple(recorder.warnings), kept_outs)


def _node_record(info, position):
    return NodeRecord(position, info.node,
                      info.track.index if info.source is None and info.track is not None
                      or info.loop is not None and info.track is not None else None,
                      info.step, info.observed, info.id, info.values_read, info.loop is not None)


def _loop_record(info):
    streams = tuple(dict.fromkeys(c.track.index for c in info.carries if c.track is not None))
    parts = tuple(dict.fromkeys((c.track.index, info.loop.label(c.carry)) for c in info.carries
                                if c.track is not None and info.loop.parts))
    return LoopRecord(info.index, info.loop.name, info.loop.steps, streams, info.loop.node,
                      tuple(n.id for n in info.sites), parts)


def _function_record(info):
    nodes = tuple(_node_record(n, k) for k, n in enumerate(info.nodes))
    return FunctionRecord(info.index, info.fn, tuple(t.index for t in info.reads), nodes,
                          info.out_nodes, len(info.out_nodes),
                          tuple(loop.index for loop in info.loops))


def _offsets(call_fn, sizes):
    """Offsets of per-call entries when function ``f`` has ``sizes[f]`` entries per call."""
    per_call = np.asarray(sizes, np.int64)[call_fn] if len(call_fn) else np.zeros(0, np.int64)
    return np.concatenate(([0], np.cumsum(per_call))).astype(np.int64)


def _stream_sets(recorder, functions, by_fn, draws_at, after_token, writes):
    """Per stream, every change of its state as (sorted keys, tokens).

    Key ``4c`` is a write made before call ``c`` (in write order), ``4c + 2`` an update
    by a draw of call ``c`` and ``4c + 3`` an explicit update of call ``c`` (which wins).
    """
    keys = [[] for _ in recorder.tracks]
    tokens = [[] for _ in recorder.tracks]
    explicit = recorder.updated_at
    for info, f, calls in zip(recorder.functions, functions, by_fn):
        if f.loops:
            continue  # every update of a function with loops is late: below
        for track, node in info.updates:
            if node is None:
                continue  # an explicit update: below
            rows = draws_at[calls] + info.nodes.index(node)
            keys[track.index].append(4 * calls.astype(np.int64) + 2)
            tokens[track.index].append(after_token[rows])
    for call, moved in explicit.items():
        for track, token in moved.items():
            keys[track].append(np.array([4 * call + 3], np.int64))
            tokens[track].append(np.array([token], np.int64))
    for w in writes:
        keys[w.stream].append(np.array([4 * w.after_calls], np.int64))
        tokens[w.stream].append(np.array([w.after], np.int64))
    out = []
    for k, t in zip(keys, tokens):
        k = np.concatenate(k) if k else np.zeros(0, np.int64)
        t = np.concatenate(t) if t else np.zeros(0, np.int64)
        order = np.argsort(k, kind="stable")
        out.append((k[order], t[order]))
    return tuple(out)


def _fold_reads(functions, by_fn, reads_at, stream_sets, streams):
    """Per stream read of every call: the stream's token before and after the call."""
    n = int(reads_at[-1])
    read_stream = np.zeros(n, np.int32)
    before = np.zeros(n, np.int64)
    after = np.zeros(n, np.int64)
    for f, calls in zip(functions, by_fn):
        base = reads_at[calls]
        calls = calls.astype(np.int64)
        for i, stream in enumerate(f.reads):
            keys, tokens = stream_sets[stream]
            start = streams[stream].start
            at = base + i
            read_stream[at] = stream
            for out, key in ((before, 4 * calls + 1), (after, 4 * calls + 4)):
                j = np.searchsorted(keys, key, side="left") - 1
                out[at] = np.where(j >= 0, tokens[np.maximum(j, 0)] if len(tokens) else start, start)
    return read_stream, before, after


def _number_draws(states, draw_token, draw_hash, draw_stream, draw_call, numbered):
    """One number per distinct (stream, state, values), in order of appearance; rows not
    ``numbered`` (draws whose values nothing used) get number 0.

    Rows with values no other row of their stream has are each their own draw (one
    numpy pass); only rows sharing values are compared, by canonical token and, for
    different tokens, by fingerprint (equal fingerprints: the tokens are merged).
    """
    n = len(draw_token)
    first = np.arange(n, dtype=np.int64)  # per row: the row of the first draw it repeats
    if n:
        # rows grouped by (stream, values); the order inside a group does not matter (its
        # rows are sorted below): numpy's unstable argsort is the fast one
        order = np.argsort(draw_hash)
        if (draw_stream != draw_stream[0]).any():
            order = order[np.argsort(draw_stream[order], kind="stable")]
        order = order[numbered[order]]
        h, s = draw_hash[order], draw_stream[order]
        same = (h[1:] == h[:-1]) & (s[1:] == s[:-1])
        if same.any():
            starts = np.flatnonzero(np.concatenate(([True], ~same)))
            ends = np.concatenate((starts[1:], [len(order)]))
            find, fingerprint = states.find, states.fingerprint
            for lo, hi in zip(starts, ends):
                if hi - lo < 2:
                    continue
                rows = np.sort(order[lo:hi])
                kept = []  # (row, canonical token at the time) of the distinct draws so far
                for row in rows:
                    token = find(int(draw_token[row]))
                    match = next((r for r, t in kept if find(t) == token), None)
                    if match is None:
                        for r, t in kept:  # equal values from another token: equal states?
                            if fingerprint(t) == fingerprint(token):
                                states.merge(token, t)
                                match = r
                                break
                    if match is None:
                        kept.append((int(row), token))
                    else:
                        first[row] = match
    is_first = (first == np.arange(n)) & numbered
    number = np.cumsum(is_first, dtype=np.int64)[first] if n else np.zeros(0, np.int64)
    number[~numbered] = 0
    repeat = np.where(is_first | ~numbered, NONE, draw_call[first]) if n else np.zeros(0, np.int64)
    return number, repeat, int(is_first.sum())


def _explain_writes(recorder, states, draw_token, draw_stream):
    """A written state nobody fingerprinted before may equal an earlier one.

    If draws were made from it, numbering them already compared it with every state
    drawn from with the same values; what is left are states never drawn from,
    compared by fingerprint. A written state never drawn from is compared with every
    state of its stream (slow on a long run, and rare).
    """
    pending = recorder.take_pending()
    if not pending:
        return
    drawn = {states.find(int(t)) for t in draw_token}
    for token in pending:
        if states.find(token) != token:
            continue
        track = states.anchor_track[token]
        others = [t for t in range(states.n_anchors) if states.anchor_track.get(t) == track]
        others += [AFTER + int(row) for row in np.flatnonzero(draw_stream == track)]
        if token in drawn:
            others = [t for t in others if states.find(t) not in drawn]
        for other in others:
            if other != token:
                states.fingerprint(other)
                if states.find(token) != token:
                    break
