"""Replay events and the JSONL contract ``rngscope.replay/1``.

A replay is a sequence of events: ``start`` (every stream's state), then one
``call`` per compiled-function call and one ``state`` per write to a stream
outside calls, in the order they happened, then ``finding`` and ``expect``
events, then ``end``.

``--format jsonl`` writes the lines while the script runs (``trace.stream``):
``start`` before the first call or state line, listing the streams made so far,
and a ``stream`` line (the fields of a ``start`` entry) for a stream made after
it, before the first line that names it.  Functions and streams are named as
the script names them when their first line is written (a script that binds
its names before it calls gets the names the text timeline uses).  Each event is a frozen dataclass whose ``to_json`` gives
the object of one JSONL line; ``trace.contract`` states the contract once (every
field of every event with its check) and validates decoded lines against it.

FP is a 12-hex-digit stream fingerprint, HEX a 16-hex-digit digest of values.
``repeat_of`` is the index of the call that first made the same draw (same
stream, same state, same values).  A draw made inside a loop (``scan``) names
the loop (``loop``) and its step (``step``, from 0); both are null otherwise.
A draw whose values nothing used (a stream's default update drawing only to
advance it) is not listed: the call's ``streams`` entry shows the advance.
"""
from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass

import numpy as np

from rngscope.trace.recording import owner, per_call_any

SCHEMA = "rngscope.replay/1"
SOURCES = ("set_value", "seed", "restore-after", "load-state", "raise")  # "raise": see Recorder.on_fail


@dataclass(frozen=True)
class Point:
    """A moment a state can be restored to: before/after a call, the start, or a write."""

    call: int | None
    when: str  # "before" | "after" | "start" | "set"
    line: int | None = None  # for "set": the line of the write

    def to_json(self):
        return {"call": self.call, "when": self.when}

    def describe(self):
        if self.when == "start":
            return "the state it started with"
        if self.when == "set":
            return "the state set on line %s" % self.line if self.line else "an earlier set state"
        return f"the state {self.when} call {self.call}"


@dataclass(frozen=True)
class StreamStart:
    stream: str
    state: str
    kind: str | None
    seed: int | None

    def to_json(self):
        return {"stream": self.stream, "state": self.state, "kind": self.kind, "seed": self.seed}


@dataclass(frozen=True)
class Start:
    script: str
    streams: tuple[StreamStart, ...]

    def to_json(self):
        return {"event": "start", "schema": SCHEMA, "script": self.script,
                "streams": [s.to_json() for s in self.streams]}


@dataclass(frozen=True)
class StreamStep:
    """One stream a call read: its state before and after."""

    stream: str
    before: str
    after: str
    advanced: bool

    def to_json(self):
        return {"stream": self.stream, "before": self.before, "after": self.after,
                "advanced": self.advanced}


@dataclass(frozen=True)
class Draw:
    """One execution of a random node; ``repeat_of`` names the call that first made it.

    A draw made inside a loop names the loop and the step (from 0) that made it.
    """

    draw: int
    stream: str
    state: str
    digest: str
    repeat_of: int | None
    first_function: str | None = None  # the function of that call
    loop: str | None = None
    step: int | None = None

    def to_json(self):
        return {"draw": self.draw, "stream": self.stream, "state": self.state,
                "digest": self.digest, "repeat_of": self.repeat_of, "loop": self.loop,
                "step": self.step}


@dataclass(frozen=True)
class Output:
    output: int
    digest: str
    name: str | None = None
    equals: str | None = None  # the earlier result with the same values

    def to_json(self):
        return {"output": self.output, "digest": self.digest, "name": self.name,
                "equals": self.equals}


@dataclass(frozen=True)
class Call:
    call: int
    function: str
    line: int | None
    result: str | None
    streams: tuple[StreamStep, ...]
    draws: tuple[Draw, ...]
    outputs: tuple[Output, ...]
    args: str | None = None  # the literal arguments of a `--calls` call

    @property
    def text(self):
        """How the call reads in the script: ``v1 = f()``."""
        call = f"{self.function}({self.args or ''})"
        return f"{self.result} = {call}" if self.result else call

    def to_json(self):
        return {"event": "call", "call": self.call, "function": self.function, "line": self.line,
                "result": self.result, "args": self.args,
                "streams": [s.to_json() for s in self.streams],
                "draws": [d.to_json() for d in self.draws],
                "outputs": [o.to_json() for o in self.outputs]}


@dataclass(frozen=True)
class StateWrite:
    stream: str
    line: int | None
    source: str
    before: str
    after: str
    restores: Point | None
    unchanged: bool = False
    after_calls: int = 0  # how many calls came before it

    def to_json(self):
        return {"event": "state", "stream": self.stream, "line": self.line, "source": self.source,
                "before": self.before, "after": self.after,
                "restores": None if self.restores is None else self.restores.to_json(),
                "unchanged": self.unchanged}


class FindingKind(str, enum.Enum):
    """What a finding explains (``trace.findings`` says how each is found); prints as its value."""

    __str__ = str.__str__
    __format__ = str.__format__

    EQUAL_RESULTS = "equal-results"  # a result has the values of an earlier one
    DIFFERENT_RESULTS = "different-results"  # a result differs from its function's previous one
    REPEATED_DRAW = "repeated-draw"  # a restore made a result repeat another call's draw
    NO_UPDATE = "no-update"  # a function reads a stream without advancing it
    ADVANCES_SHARED_STREAM = "advances-shared-stream"  # a call moves a stream another reads
    DRAW_USED_SEVERAL_TIMES = "draw-used-several-times"  # one draw used several times per call
    LOOP_WITHOUT_UPDATES = "loop-without-updates"  # compiled without a scan's updates
    MASK_NOT_ADVANCED = "mask-not-advanced"  # a dropout mask read without advancing its stream
    MASK_ADVANCED_EVERY_CALL = "mask-advanced-every-call"  # a new mask every call (every step)
    BACKEND_WARNING = "backend-warning"  # the graphs' library warned about a stream's updates


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    message: str
    calls: tuple[int, ...] = ()
    detail: object = None  # the typed record the message was rendered from, when there is one

    def to_json(self):
        return {"event": "finding", "kind": self.kind.value, "message": self.message,
                "calls": list(self.calls)}


@dataclass(frozen=True)
class Expectation:
    text: str
    ok: bool
    message: str

    def to_json(self):
        return {"event": "expect", "expect": self.text, "ok": self.ok, "message": self.message}


@dataclass(frozen=True)
class End:
    calls: int
    draws: int

    def to_json(self):
        return {"event": "end", "calls": self.calls, "draws": self.draws}


# -- the timeline of a finished recording ------------------------------------------

@dataclass(frozen=True)
class Names:
    """What the script calls things (filled by the replay engine from the session and source).

    ``results(site, function, n_outputs)`` gives the assignment a call's result went
    to (``"v1"``) and a name per output, or ``(None, (None, ...))``.
    """

    script: str
    streams: tuple  # by track index
    functions: tuple  # by recorder function index
    results: object
    kinds: tuple = ()
    seeds: tuple = ()
    compiled: tuple = ()  # (name, Function) of every compiled function, called or not
    lines: tuple = ()  # by recorder function index: the line that compiled it, or None
    loop_updates: dict = dataclasses.field(default_factory=dict)  # loop index -> updates' name


class Timeline:
    """The events of a finished ``Recording``, built on demand.

    Folds the recording's columns once, when first asked (``_folded``), to learn which
    point of the run each state was first seen at (so a write can say what it restores);
    which earlier output each output's values first appeared in is the recording's
    ``out_first``.
    Fingerprints are computed only for the events asked for, so a long run costs
    little unless every event is printed.
    """

    def __init__(self, recording, names):
        self.recording = recording
        self.names = names
        self.states = recording.states
        self._results = {}
        self._writes = None  # (restores, unchanged) per write, once folded (``_folded``)

    def __len__(self):
        return self.recording.n_calls + len(self.recording.writes)

    def entries(self):
        """("call", index) and ("state", index) in the order they happened."""
        writes = self.recording.writes
        w = 0
        for c in range(self.recording.n_calls):
            while w < len(writes) and writes[w].after_calls <= c:
                yield "state", w
                w += 1
            yield "call", c
        for w in range(w, len(writes)):
            yield "state", w

    def _folded(self):
        """Fold the columns the first time a write or a first point is asked for (a jsonl
        replay streamed its writes already, and its findings seldom ask)."""
        if self._writes is None:
            self._writes = []
            self._fold()
        return self._writes

    def _fold(self):
        # A point is an int: 2*call is "before call", 2*call+1 "after call", -1-write "set by".
        # Events are ordered by key: a write before call c is 4c (in write order), a read's
        # before 4c+1 and after 4c+2; each state's point is that of its first event.
        rec, find = self.recording, self.states.find
        starts = {find(t.start) for t in rec.streams}
        calls = rec.read_call().astype(np.int64)
        before, after = rec.canonical(rec.read_before), rec.canonical(rec.read_after)
        written = [(i, w) for i, w in enumerate(rec.writes)]
        w_tokens = np.array([find(w.after) for _, w in written], np.int64)
        w_keep = np.array([t not in starts for t in w_tokens], bool)
        tokens = np.concatenate((before, after, w_tokens[w_keep] if len(written) else w_tokens))
        keys = np.concatenate((4 * calls + 1, 4 * calls + 2,
                               np.array([4 * w.after_calls for _, w in written], np.int64)[w_keep]
                               if len(written) else np.zeros(0, np.int64)))
        points = np.concatenate((2 * calls, 2 * calls + 1,
                                 np.array([-1 - i for i, _ in written], np.int64)[w_keep]
                                 if len(written) else np.zeros(0, np.int64)))
        seq = np.concatenate((np.arange(2 * len(calls)), np.array(
            [i for i, _ in written], np.int64)[w_keep] if len(written) else np.zeros(0, np.int64)))
        order = np.lexsort((seq, keys))
        tokens, keys, points, seq = tokens[order], keys[order], points[order], seq[order]
        self._tokens, first = np.unique(tokens, return_index=True)
        self._first_key = keys[first]
        self._first_seq = seq[first]
        self._first_point = points[first]
        for i, write in written:
            b, a = find(write.before), find(write.after)
            unchanged = b == a
            restores = None
            if not unchanged:
                j = self._index(a)
                own = (4 * write.after_calls, i)
                if j is not None and (int(self._first_key[j]), int(self._first_seq[j])) < own:
                    restores = self._point(int(self._first_point[j]))
                elif a in starts:
                    restores = Point(None, "start")
            self._writes.append((restores, unchanged))

    def _index(self, token):
        j = int(np.searchsorted(self._tokens, token))
        return j if j < len(self._tokens) and self._tokens[j] == token else None

    def _point(self, point):
        if point < 0:
            return Point(None, "set", self._line(self.recording.writes[-1 - point].site))
        return Point(point // 2, "after" if point % 2 else "before")

    def _line(self, site):
        return self.recording.sites[site][0] if site >= 0 else None

    def fingerprint(self, token):
        return self.states.fingerprint(token)

    def point_of(self, token):
        """Where in the run a state was first seen, in words (for checkpoints and restores)."""
        self._folded()
        found = self.states.find(token)
        j = self._index(found)
        if j is not None:
            return self._point(int(self._first_point[j])).describe()
        starts = {self.states.find(t.start) for t in self.recording.streams}
        return "the state it started with" if found in starts else "a checkpoint"

    def restores(self, index):
        """(Point or None, unchanged) of write ``index``."""
        return self._folded()[index]

    # -- names ---------------------------------------------------------------------------

    def function(self, call):
        return self.names.functions[self.recording.lists.call_fn[call]]

    def result_names(self, call):
        """(assigned name or None, a name or None per output) of a call's result."""
        rec = self.recording
        return self.result_names_at(rec.lists.call_site[call], rec.lists.call_fn[call])

    def result_names_at(self, site, fn):
        """The result names of a call of function ``fn`` made at site ``site``."""
        key = (site, fn)
        names = self._results.get(key)
        if names is None:
            rec = self.recording
            names = self._results[key] = self.names.results(
                rec.sites[site] if site >= 0 else None, self.names.functions[fn],
                rec.functions[fn].n_outputs)
        return names

    def label(self, call, output=None):
        """How findings name a result: its variable, else ``call 3`` (``call 3 output 1``)."""
        result, outputs = self.result_names(call)
        if output is None:
            return result or f"call {call}"
        if outputs[output]:
            return outputs[output]
        n = len(outputs)
        return f"call {call}" + (f" output {output}" if n > 1 else "")

    def equals(self, call, output):
        """The label of the earliest earlier result with the same values, or None; with its
        call when the script reuses the name (``c of call 1`` for ``c, m = test()``)."""
        first = self.recording.first_equal_output(call, output)
        if first is None:
            return None
        label = self.label(*first)
        return f"{label} of call {first[0]}" if label == self.label(call, output) else label

    # -- events ----------------------------------------------------------------------------

    def start(self):
        rec, names = self.recording, self.names
        streams = tuple(
            StreamStart(names.streams[t.index], self.fingerprint(t.start),
                        names.kinds[t.index] if names.kinds else t.kind,
                        names.seeds[t.index] if names.seeds else None)
            for t in rec.streams)
        return Start(names.script, streams)

    def call(self, call, fingerprints=True, digests=True):
        """The event of call ``call``; without fingerprints its FP and digest fields are None,
        without digests only its digest fields (the text timeline prints none).

        Fingerprints and digests are what costs: states are rebuilt and draws replayed.
        They are asked for in the order a rebuild moves forwards (the states before,
        the draws, the states after), so a walk over every call replays each draw once.
        """
        rec, names = self.recording, self.names
        reads = rec.reads(call)  # (the records of ``rec.call``, without those it does not read)
        fp = self.states.fingerprint if fingerprints else (lambda token: None)
        digests = digests and fingerprints
        befores = [fp(s.before) for s in reads]
        draws = []
        for d in rec.draws(call):
            if d.discarded:
                continue
            digest = rec.draw_digest(d.row).hex() if digests else None
            draws.append(Draw(d.number, names.streams[d.stream], fp(d.token), digest, d.repeat_of,
                              None if d.repeat_of is None else self.function(d.repeat_of),
                              None if d.loop is None else rec.loops[d.loop].name_of(d.stream),
                              d.loop_step))
        streams = tuple(
            StreamStep(names.streams[s.stream], b, fp(s.after), s.advanced)
            for s, b in zip(reads, befores))
        result, out_names = self.result_names(call)
        outputs = tuple(
            Output(k, rec.output_digest(call, k).hex() if digests else None, out_names[k],
                   self.equals(call, k))
            for k in range(rec.function_of(call).n_outputs))
        site = rec.site(call)
        return Call(call, self.function(call), site[0] if site else None, result,
                    streams, tuple(draws), outputs, rec.call_args.get(call))

    def state(self, index, fingerprints=True):
        write = self.recording.writes[index]
        fp = self.fingerprint if fingerprints else (lambda token: None)
        restores, unchanged = self._folded()[index]
        return StateWrite(self.names.streams[write.stream], self._line(write.site), write.source,
                          fp(write.before), fp(write.after), restores, unchanged, write.after_calls)

    def event(self, kind, index, fingerprints=True):
        return self.call(index, fingerprints) if kind == "call" else self.state(index, fingerprints)

    def end(self):
        return End(self.recording.n_calls, self.recording.n_draws)

    def run_joins(self):
        """Per call: does its row look like the previous call's (minus fingerprints and draw
        numbers), so that the two may share a collapsed run?  A call that repeats a draw or
        a result never joins, nor is joined."""
        rec = self.recording
        n = rec.n_calls
        if not n:
            return np.zeros(0, bool)
        lone = per_call_any(rec.draws_at, rec.draw_repeat >= 0)
        if len(rec.out_first):
            lone |= per_call_any(rec.outs_at, rec.out_first < rec.outs_at[:-1][owner(
                rec.outs_at, len(rec.out_first))])
        advanced = rec.read_advanced().astype(np.int64)
        position = (np.arange(len(advanced)) - rec.reads_at[:-1][rec.read_call()]
                    if len(advanced) else advanced)
        bits = np.concatenate(([0], np.cumsum(advanced << np.minimum(position, 62))))
        moved = bits[rec.reads_at[1:]] - bits[rec.reads_at[:-1]]  # which streams it advanced
        args = np.zeros(n, np.int64)
        texts = {}
        for call, text in rec.call_args.items():
            args[call] = texts.setdefault(text, len(texts) + 1)
        joins = np.zeros(n, bool)
        joins[1:] = ((rec.call_fn[1:] == rec.call_fn[:-1]) & (rec.call_site[1:] == rec.call_site[:-1])
                     & (moved[1:] == moved[:-1]) & (args[1:] == args[:-1]) & ~lone[1:] & ~lone[:-1])
        return joins


__all__ = ["SCHEMA", "Point", "Start", "StreamStart", "StreamStep", "Draw", "Output", "Call",
           "StateWrite", "Finding", "FindingKind", "Expectation", "End", "Timeline", "Names"]
