"""The event recorder: what every compiled-function call read, drew and advanced.

An observer of the engine (``rngscope.observe``), a ``Recorder`` keeps per
call its function and call site, per draw the stream state it was made at and
a hash of its values, per write to a stream outside calls the states before
and after.  ``finish`` returns the frozen ``Recording`` (``trace/recording.py``)
that derives the rest (each call's streams before and after, draw numbers);
everything after the run reads that, never the recorder.

A stream state is a **token** (an int), not a fingerprint.  A fingerprint
reads the state's full MT19937 key (35-55 µs, ten times a whole call of a
small function), so states are named symbolically and fingerprinted only
when asked (``States``):

- an *anchor* holds a full copy of its state: a stream's start, a write, a
  capture (``--restore-after``, ``--save-state``), an explicit update, a
  stream we cannot follow draw by draw, and every ``CHECKPOINT_EVERY`` draws
  of a stream (so any state is at most that many replayed draws away);
- every other state is the one *after a draw*: token ``AFTER + row`` names
  the state after draw ``row``, whose parent is the state it was drawn at and
  whose step (op and constant parameters) replays it.  The same step from the
  same state gives the same state, so a revisited state's successors are
  found again through an index of (state, step).

Equal tokens mean equal states; distinct tokens with equal states are merged
(an alias to the older one) when it matters: a write whose fingerprint is
known, draws with equal values from different tokens (confirmed by
fingerprints), and in ``finish`` for writes still unexplained.  Draws are
numbered per distinct (stream, state, values): a draw made again from the
same state keeps its number.

The hot path appends ints to ``array`` columns and allocates no objects the
garbage collector traces (per-call objects doubled the cost of a small call);
values are compared by Python's ``hash`` (process-local), and the stable
digests that get printed are computed when printed, by replaying the draw.
Recording must stay within 1.5 times a plain call (``scripts/bench_replay.py``).
"""
from __future__ import annotations

import dataclasses
from array import array
from bisect import bisect_right
from itertools import islice

import numpy as np

from rngscope import backends, observe
from rngscope.backends.description import CarryDesc
from rngscope.trace.fingerprint import fingerprint, value_digest, value_hash
from rngscope.trace.recording import Recording, WarningRecord, build
from rngscope.trace.states import AFTER, CHECKPOINT_EVERY, NO_STEP, States

# Draws of at most this many bytes are kept whole by the hot path and hashed by ``finish``
# (bytes are not tracked by the garbage collector); larger ones are hashed as they come.
SMALL_DRAW = 256
UNSEEN = "unseen"  # salts the hash that stands for values a backend did not hand over
UNSEEN_DIGEST = bytes(8)  # the digest of such values when they cannot be replayed either


# -- streams and values ------------------------------------------------------------


class Track:
    """One stream as the recorder follows it: its shared variable and current token."""

    __slots__ = ("index", "shared", "variable", "kind", "token", "start", "newest", "budget", "ops")

    def __init__(self, index, shared, variable, kind):
        self.index, self.shared, self.variable, self.kind = index, shared, variable, kind
        self.token = self.start = self.newest = -1
        self.budget = 0  # draws left before the next checkpoint (a full state) is due
        self.ops = backends.states_of(shared)  # how its backend reads, copies and sets states

    def value(self):
        """The state the stream holds now (live, not a copy)."""
        return self.ops.read(self.shared)


class NodeInfo:
    """A random node: its stream, replay step and, during a call, the state after its draw."""

    __slots__ = ("id", "node", "rng", "track", "source", "step", "salt", "small", "after",
                 "orphan", "keep_after", "updates", "observed", "values_read", "feeds", "loop",
                 "in_loop_fn")

    def __init__(self, id_, desc, track, source, step, orphan):
        self.id = id_  # its index in the recorder's ``nodes``
        self.node, self.track, self.source, self.step = desc.node, track, source, step
        self.rng = desc.rng  # the variable it draws from
        self.orphan = orphan
        self.salt = 0
        self.small = False  # its draws are small: the hot path keeps their bytes, not a hash
        self.after = -1
        self.keep_after = desc.keeps_state  # someone reads the new state (an update, a chain)
        self.updates = None  # the track this draw's new state updates at once (sole reader)
        self.observed = desc.observed  # on_draw hands over its values (else None)
        self.values_read = desc.values_read  # someone reads its values (else it only advances)
        self.feeds = None  # in a loop: the CarryInfo its new state advances
        self.loop = None  # in a loop: its LoopInfo
        self.in_loop_fn = False  # it belongs to a function with loops: never on the hot path


class CarryInfo:
    """A random state a loop carries: its stream and, while the loop runs, the copy's token."""

    __slots__ = ("carry", "track", "start_track", "start_source", "after", "sites", "feeder")

    def __init__(self, carry, start_track, start_source):
        self.carry = carry
        self.start_track, self.start_source = start_track, start_source
        self.track = start_track
        self.after = -1
        self.sites = []  # NodeInfo of the step that draw from it
        self.feeder = None  # NodeInfo whose new state is the next step's


class LoopInfo:
    """A loop with draws in its step, as the recorder follows it."""

    __slots__ = ("index", "loop", "carries", "sites")

    def __init__(self, index, loop, carries, sites):
        self.index, self.loop, self.carries, self.sites = index, loop, carries, sites


class FnInfo:
    """A compiled function as the recorder sees it (computed when it is built)."""

    __slots__ = ("index", "fn", "reads", "updates", "late", "nodes", "n_nodes", "out_nodes",
                 "computed", "simple", "loops")

    def __init__(self, index, fn, reads, updates, late, nodes, out_nodes, loops=()):
        self.index, self.fn, self.reads, self.updates = index, fn, reads, updates
        self.late = late  # updates applied at the end of a call (not by a draw at once)
        self.nodes, self.n_nodes = nodes, len(nodes)  # its random nodes outside loops
        self.out_nodes = out_nodes  # per output: the index of the node whose draw it is, or -1
        self.computed = tuple(k for k, n in enumerate(out_nodes) if n < 0)  # outputs to hash
        self.loops = loops  # LoopInfo, enclosing first: its calls draw a varying number
        self.simple = not late and not self.computed and not loops  # nothing to do but count it


@dataclasses.dataclass(frozen=True)
class Write:
    """A write to a stream outside calls, made after ``after_calls`` calls."""

    after_calls: int
    track: int
    site: int
    source: str
    before: int
    after: int


# -- the recorder ----------------------------------------------------------------------


class Recorder(observe.Observer):
    """Records calls, draws and stream writes while installed (``with recorder:``)."""

    def __init__(self, script_filename=None, checkpoint_every=CHECKPOINT_EVERY):
        self.script_filename = script_filename
        self.draw_token = array("q")  # per draw: the token of the state it was made at
        # ... its values: the bytes of a small draw from the hot path (hashed in bulk by
        # ``finish`` into ``draw_hash``), else already the hash, salted with dtype and shape
        self._values = []
        self._rows_at = array("q", [0])  # first draw row of each call, as far as computed
        self.states = States(self.draw_token, self.step_of, lambda: self._draws_done,
                             checkpoint_every)
        self.tracks = self.states.tracks
        self.functions = []  # FnInfo by index
        self.sites = []  # site id -> (line, column, end line, end column)
        self.writes = []
        self.warnings = []  # WarningRecord: what the backend warned about its streams
        self.call_args = {}  # call index -> text of literal arguments (`--calls`)
        self.call_fn = array("i")  # per call: its function
        self.site_changes = array("q")  # calls where the call site changed (a loop: one entry) ...
        self.site_values = array("i")  # ... and the site from there on
        self.after_of = {}  # draw row -> the state after it, when not AFTER + row
        self.updated_at = {}  # call -> {track index: token} set by explicit updates
        self.out_value = {}  # (call, output) -> (value_hash, value_digest) of non-draw outputs
        self.draw_digest_of = {}  # draw row -> value_digest, for draws that cannot be replayed
        self._replayed = {}  # (token, step, hash) -> value_digest of a replayed draw
        self._draws_done = 0
        self.nodes = []  # NodeInfo by id
        self.loops = []  # LoopInfo by index
        self.call_rows = {}  # call of a function with loops -> array of the NodeInfo id per draw row
        self.loop_runs = array("q")  # per loop run: call, loop index, steps (flattened)
        self._row_ids = []  # the NodeInfo ids of the draws of functions with loops, as they come
        self._call_start = 0  # the first draw row of the current call
        self._by_shared = {}
        self._fns = {}
        self._nodes = {}
        self._carries = {}
        self._loops = {}
        self._fast = {}  # node -> NodeInfo of nodes the hot path handles (nodes hash by identity)
        self._step_ids = {}
        self._site_ids = {}
        self._keep = []  # the code objects and functions whose ids key the dicts above
        self._last_site = (None, -1, -1)  # (code, lasti, site): a loop calls from one place
        self._last_fn = (None, None)  # (function, its FnInfo) of the last call
        self._pending = []  # written tokens whose state may equal an unfingerprinted earlier one
        self._installed = False
        self._recording = None  # what finish() returned
        self.wants_state_before = False  # only once a node draws from a stream we do not follow

    @property
    def n_calls(self):
        return len(self.call_fn)

    # -- installing -------------------------------------------------------------------

    def install(self):
        if not self._installed:
            observe.install(self)
            self._installed = True

    def uninstall(self):
        if self._installed:
            observe.uninstall(self)
            self._installed = False

    def __enter__(self):
        self.install()
        return self

    def __exit__(self, *exc):
        self.uninstall()

    # -- streams ------------------------------------------------------------------------

    def on_stream(self, shared, variable, kind):
        self.track(shared, variable, kind)

    def track(self, shared, variable=None, kind=None, value=None):
        """The track of a stream; registered, with ``value`` (default: its state) as start, if new."""
        track = self._by_shared.get(id(shared))
        if track is None:
            track = Track(len(self.tracks), shared, variable, kind)
            self.tracks.append(track)
            self._by_shared[id(shared)] = track
            start = self.states.anchor(track, track.value() if value is None else value)
            self.states.fingerprint(start)  # the start event shows it; once per stream
            track.token = track.start = track.newest = start
        return track

    def find_track(self, shared):
        """The track of a shared variable, or None if it is not a stream followed here."""
        return self._by_shared.get(id(shared))

    def _is_stream(self, var):
        return id(var) in self._by_shared or backends.states_of(var).is_stream(var)

    # -- functions and random nodes -------------------------------------------------------

    def on_build(self, fn):
        self.describe(fn)

    def describe(self, fn):
        """Learn a compiled function's streams and random nodes (when built, or first called)."""
        info = self._fns.get(id(fn))
        if info is not None:
            return info
        desc = backends.describe(fn)
        loops = tuple(self._loop(loop) for loop in desc.all_loops())
        nodes = []
        for r in desc.random:
            nodes.append(self._node(r, nodes[r.source] if r.source is not None else None))
        nodes = tuple(nodes)
        if loops:  # its calls make a varying number of draws: the slow path keeps each one's node
            for node in nodes:
                node.in_loop_fn = True
        reads = tuple(self.track(s) for s in desc.shared_inputs if self._is_stream(s))
        updates, late = [], []
        for update in desc.updates:
            if not self._is_stream(update.shared):
                continue
            track = self.track(update.shared)
            if update.carry is not None:  # a loop's final state (the updates scan returned)
                node = self._carry_of(update.carry)
                late.append((track, node))
                updates.append((track, node))
                continue
            node = nodes[update.node] if update.node is not None else None
            readers = [n for n in nodes if n.track is track]
            if node is not None and readers == [node] and not loops:
                node.updates = track  # its draw moves the stream at once: nothing to do at the end
            else:
                late.append((track, node))
            updates.append((track, node))
        info = FnInfo(len(self.functions), fn, reads, tuple(updates), tuple(late), nodes,
                      desc.out_draws, loops)
        self.functions.append(info)
        self._fns[id(fn)] = info
        self._keep.append(fn)
        return info

    def _node(self, desc, source=None):
        """The NodeInfo of a random node (``desc``: its ``RandomDesc``; ``source``: the NodeInfo
        of the node whose new state it draws from, in a chain)."""
        node = desc.node
        info = self._nodes.get(id(node))
        if info is not None:
            return info
        orphan = False
        rng = desc.rng
        if desc.carry is not None:  # a loop's carried copy: bound to its stream as the loop starts
            source = self._carry_of(desc.carry)
        elif source is None and desc.stream is None and rng.owner is not None:
            source = self._nodes.get(id(rng.owner))  # drawn in a call before it was described
        if source is not None:  # chained after another draw, or a loop's carried state
            track = source.track
        elif desc.stream is not None:  # (its rng may be a clone of it: Function.copy)
            track = self.track(desc.stream)
        elif self._is_stream(desc.rng):
            track = self.track(desc.rng)
        else:  # a state from nowhere we follow: a stream of its own, anchored at each draw
            track, orphan = None, True
            self._need_before_draw()
        step = NO_STEP
        if desc.step is not None:
            step = self._step_ids.get(desc.step.key)
            if step is None:
                step = self._step_ids[desc.step.key] = len(self.states.steps)
                self.states.steps.append(desc.step)
        info = self._nodes[id(node)] = NodeInfo(len(self.nodes), desc, track, source, step,
                                                orphan)
        self.nodes.append(info)
        self._keep.append(node)
        return info

    def _carry_of(self, carry):
        """The CarryInfo of a loop's carried state (``CarryDesc``)."""
        info = self._carries.get(id(carry))
        if info is None:
            start_track = start_source = None
            if carry.stream is not None:
                start_track = self.track(carry.stream)
            elif isinstance(carry.source, CarryDesc):
                start_source = self._carry_of(carry.source)
            elif carry.source is not None:
                start_source = self._nodes.get(id(carry.source.node))
            info = self._carries[id(carry)] = CarryInfo(carry, start_track, start_source)
            self._keep.append(carry)
        return info

    def _loop(self, loop):
        """The LoopInfo of a ``LoopDesc`` (one per loop node: each function's own)."""
        info = self._loops.get(id(loop.node))
        if info is None:
            carries = tuple(self._carry_of(c) for c in loop.carries)
            sites = []
            for r in loop.random:
                sites.append(self._node(r, sites[r.source] if r.source is not None else None))
            for carry in carries:
                carry.sites = [n for n, r in zip(sites, loop.random) if r.carry is carry.carry]
                carry.feeder = next((n for n in sites if n.node is carry.carry.feeder), None)
            info = self._loops[id(loop.node)] = LoopInfo(len(self.loops), loop, carries,
                                                         tuple(sites))
            for node in sites:
                node.loop = info
            self.loops.append(info)
            self._keep.append(loop.node)
        return info

    # -- the hot path: calls and draws --------------------------------------------------

    def _need_before_draw(self):
        """From now on, hear about draws before they happen (for an unfollowed stream)."""
        if not self.wants_state_before:
            self.wants_state_before = True
            observe.refresh()

    def on_call(self, fn, args, frame):
        """Before a call: where it is made (a loop calls from one place: compared, not looked up)."""
        self._call_start = len(self.draw_token)
        if self.script_filename is not None:
            code, lasti, site = self._last_site
            if frame.f_code is not code or frame.f_lasti != lasti:
                new_site = self._site_of(frame)
                if new_site != site:
                    self.site_changes.append(len(self.call_fn))
                    self.site_values.append(new_site)
                self._last_site = (frame.f_code, frame.f_lasti, new_site)
        return fn

    def on_return(self, fn, outputs):
        """After each call: nothing changes during a call but the draws, so all is read here."""
        last_fn = self._last_fn  # a loop calls one function again and again
        if fn is last_fn[0]:
            info = last_fn[1]
        else:
            info = self._fns.get(id(fn))
            if info is None:  # compiled before the recorder was installed: its draws just ran
                info = self.describe(fn)
                for track, node in info.updates:
                    if node is not None and node.updates is not None:
                        track.token = node.after
            self._last_fn = (fn, info)
        n_draws = len(self.draw_token)
        if info.loops:
            n_draws = self._loop_call_rows(n_draws)
        elif n_draws - self._draws_done != info.n_nodes:
            n_draws = self._drop_unfinished(info.n_nodes)
        self._draws_done = n_draws
        if not info.simple:
            self._call_extras(info, outputs)
        self.call_fn.append(info.index)

    def _loop_call_rows(self, n_draws):
        """A call of a function with loops made a number of draws of its own: keep which node
        made each (the draws of a call that raised before it are forgotten); the new count."""
        start = max(self._call_start, self._draws_done)
        ids = self._row_ids[max(0, len(self._row_ids) - (n_draws - start)):]
        self._row_ids = []
        if start > self._draws_done:
            self._drop_unfinished(n_draws - start)
            n_draws = len(self.draw_token)
        self.call_rows[len(self.call_fn)] = array("i", ids)
        return n_draws

    def on_loop(self, node, steps):
        """A loop starts: its carried states are copies of their streams' current states."""
        loop = self._loops.get(id(node))
        if loop is None:  # a loop we were not told about: its draws are anchored as they come
            return
        self.loop_runs.extend((len(self.call_fn), loop.index, steps))
        for carry in loop.carries:
            start = carry.start_source
            if carry.start_track is not None:
                track, after = carry.start_track, carry.start_track.token
            elif start is not None and start.track is not None:
                track, after = start.track, start.after
            else:
                track, after = None, -1
            carry.track, carry.after = track, after
            for site in carry.sites:  # a loop's step may be another function's too: rebind
                site.source, site.track = (carry, track) if track is not None else (None, None)
                if track is None:
                    site.orphan = True
                    self._need_before_draw()
            if carry.feeder is not None:
                carry.feeder.feeds = carry

    def on_draw(self, node, new_rng, draw):
        info = self._fast.get(node)
        if info is None:
            return self._after_draw_slow(node, new_rng, draw)
        # The common case: a replayable draw from a followed stream (this is the hot path).
        track = info.track
        token = track.token
        tokens = self.draw_token
        row = len(tokens)
        tokens.append(token)
        self._values.append(draw.tobytes() if info.small else hash(draw.tobytes()) ^ info.salt)
        if info.keep_after:
            if track.newest == token and track.budget > 1:
                after = track.newest = AFTER + row  # a state never seen before
                track.budget -= 1
            else:
                after = self._after_slow(track, token, info.step, new_rng, row)
            info.after = after
            if info.updates is not None:
                track.token = after

    def _node_met(self, node):
        """The NodeInfo of a node first met while drawing (a loop no description told of)."""
        info = self._nodes.get(id(node))
        return info if info is not None else self._node(backends.describe_node(node))

    def _after_draw_slow(self, node, new_rng, draw):
        """A node's first draw, a chained or unreplayable draw, one from an unfollowed state,
        or one whose values the backend did not hand over (``draw`` None)."""
        info = self._node_met(node)
        step = info.step
        if draw is None:
            # Values not handed over: ``finish`` replays them from the state they were drawn
            # at; without a step they are taken as a draw never made before.
            value = None if step != NO_STEP else hash((UNSEEN, len(self.draw_token)))
        else:
            if not isinstance(draw, np.ndarray):  # a scalar draw may come as a Python number
                draw = np.asarray(draw)
            elif (info.source is None and step != NO_STEP and not info.orphan
                  and not info.in_loop_fn and info.loop is None):
                self._fast[node] = info  # from now on the hot path takes it
            # Constant parameters mean a constant shape: the salt is fixed after the first draw.
            info.salt = hash((draw.dtype.str, draw.shape))
            info.small = draw.nbytes <= SMALL_DRAW
            value = hash(draw.tobytes()) ^ info.salt
        if info.orphan and info.track is None:
            # First met while drawing (a scan's inner draw, from a state the loop carries):
            # its state before was not asked for, so this draw is anchored at its after state.
            info.track = self.track(info.rng, value=new_rng)
        track = info.track
        if info.source is None or info.orphan:
            token = track.token
        else:  # chained after another draw of this call, or a loop's carried copy
            token = info.source.after
            if track is None:
                track = self.tracks[self.states.track_of(token)]
        row = len(self.draw_token)
        if info.in_loop_fn or info.loop is not None or info.orphan:
            self._row_ids.append(info.id)
        if step == NO_STEP:  # cannot be replayed later: keep its digest now
            self.draw_digest_of[row] = UNSEEN_DIGEST if draw is None else value_digest(draw)
        self.draw_token.append(token)
        self._values.append(value)
        if not info.keep_after:
            return
        if track.newest == token and step != NO_STEP and track.budget > 1:
            after = track.newest = AFTER + row
            track.budget -= 1
            self.states.note_child(token, step, after)
        else:
            after = self._after_slow(track, token, step, new_rng, row)
        info.after = after
        if info.feeds is not None:
            info.feeds.after = after
        if info.updates is not None:
            track.token = after

    def _after_slow(self, track, token, step, new_rng, row):
        """The state after a draw from a revisited state, a checkpoint, or an unreplayable draw."""
        states = self.states
        if step != NO_STEP and track.newest != token:
            known = states.successor(token, step)
            if known is not None:
                self.after_of[row] = known
                return known
        after = AFTER + row
        # A backend that never held the state (a chain's middle: None) leaves it to be replayed.
        if (step == NO_STEP or track.budget <= 1) and new_rng is not None:
            states.anchor(track, new_rng, token=after)
        if step != NO_STEP:
            states.note_child(token, step, after)
        track.newest = after
        return after

    def _call_extras(self, info, outputs):
        """Updates not made by a draw at once (explicit ones, streams read by several nodes),
        and outputs that are not draws (hashed, with a stable digest kept)."""
        call = len(self.call_fn)
        for k in info.computed:
            out = outputs[k]
            self.out_value[(call, k)] = (value_hash(out), value_digest(out))
        for track, node in info.late:
            if node is not None:
                track.token = node.after
            else:
                track.token = self._known_or_anchor(track, track.value())
            self.updated_at.setdefault(call, {})[track.index] = track.token

    def before_draw(self, node, rng):
        """Only for a node whose state we do not follow: anchor it before the draw changes it."""
        info = self._node_met(node)
        if info.orphan:
            track = self.track(info.rng, value=rng)
            track.token = self._known_or_anchor(track, rng)
            info.track = track

    def _drop_unfinished(self, expected):
        """Forget the draws of a call that raised (its "after" never came); the new draw count."""
        done = self._draws_done
        extra = len(self.draw_token) - done - expected
        if extra > 0:
            for column in (self.draw_token, self._values):
                del column[done:done + extra]
            for row in [r for r in self.draw_digest_of if r >= done]:
                del self.draw_digest_of[row]
            for row in [r for r in self.after_of if r >= done]:
                del self.after_of[row]
        return len(self.draw_token)

    def _site_of(self, frame):
        """The site id of the innermost frame of the script from ``frame`` outwards, or -1."""
        filename = self.script_filename
        while frame is not None and frame.f_code.co_filename != filename:
            frame = frame.f_back
        if frame is None:
            return -1
        code, lasti = frame.f_code, frame.f_lasti
        key = (id(code) << 32) | lasti
        site = self._site_ids.get(key)
        if site is None:
            site = self._site_ids[key] = len(self.sites)
            self.sites.append(_position(frame))
            self._keep.append(code)
        self._last_site = (code, lasti, site)
        return site

    # -- states set other than by draws ---------------------------------------------------

    def _known_or_anchor(self, track, value):
        """The token of a state set from outside: a known one if its fingerprint is known."""
        states = self.states
        full = track.ops.snapshot(value)
        fp = fingerprint(full)
        known = states.known(fp)
        if known is not None:
            return known
        token = states.anchor(track, full=full)
        track.newest = token
        states.fp[token] = fp
        states.by_fp[fp] = token
        self._pending.append(token)
        return token

    def on_warning(self, library, category, message, note, frame):
        site = -1
        if frame is not None and self.script_filename is not None:
            site = self._site_of(frame)
        self.warnings.append(WarningRecord(self.n_calls, library, category, message, note, site))

    def on_write(self, shared, before_value, source, frame):
        track = self._by_shared.get(id(shared))
        if track is None:
            if not self._is_stream(shared):
                return
            intact = before_value is not None and before_value is not backends.states_of(shared).read(shared)
            track = self.track(shared, value=before_value if intact else None)
        site = -1
        if frame is not None and self.script_filename is not None:
            site = self._site_of(frame)
        self._written(track, source, site)

    def write(self, track, value, source, site=-1):
        """Set a stream on the replay's behalf (``restore-after``, ``load-state``) and record it;
        ``site`` is the site id the timeline shows for it."""
        track.ops.write(track.shared, value)
        self._written(track, source, site)

    def _written(self, track, source, site):
        before = track.token
        track.token = after = self._known_or_anchor(track, track.value())
        self.writes.append(Write(self.n_calls, track.index, site, source, before, after))

    def capture(self):
        """Full copies of every stream's current state, which also become cheap anchors."""
        captured = []
        for track in self.tracks:
            full = track.ops.snapshot(track.value())
            self.states.make_anchor(track.token, full, track)
            captured.append((track, full))
        return captured

    # -- the end --------------------------------------------------------------------------

    def finish(self) -> Recording:
        """Uninstall and return the ``Recording``: each call's entries located, draws hashed
        and numbered, unexplained writes explained (``recording.build``)."""
        self.uninstall()
        if self._recording is not None:
            return self._recording
        if len(self.draw_token) != self._draws_done:  # the last call raised
            self._draws_done += self._drop_unfinished(0) - self._draws_done
        self.draws_at = array("q", [0])
        for call in range(len(self.call_fn)):
            self.draws_at.append(self.draws_at[-1] + self._call_size(call))
        self._hash_values()
        self._recording = build(self)
        return self._recording

    def take_pending(self):
        """The written tokens still to compare with earlier states (once, for ``build``)."""
        pending, self._pending = self._pending, []
        return pending

    def _hash_values(self):
        """``draw_hash``: the kept bytes of small draws hashed (and salted by their node) in one
        pass; values a backend did not hand over are replayed from their state first."""
        values, hashes = self._values, array("q")
        for call in range(len(self.call_fn)):
            nodes = self.row_nodes(call)
            for i, row in enumerate(range(self.draws_at[call], self.draws_at[call + 1])):
                value = values[row]
                if value is None:  # replayed once: its digest is kept for printing too
                    drawn = self.states.draw(self.draw_token[row], nodes[i].step)
                    value = value_hash(drawn)
                    self.draw_digest_of[row] = value_digest(drawn)
                hashes.append(value if value.__class__ is int else hash(value) ^ nodes[i].salt)
        self.draw_hash = hashes
        self._values = None

    # -- while recording: where calls were made, how draws replay ------------------------

    def call_site(self, call):
        """The site id a call was made from, or -1."""
        i = bisect_right(self.site_changes, call) - 1
        return self.site_values[i] if i >= 0 else -1

    def _call_size(self, call):
        """How many draws a finished call made."""
        ids = self.call_rows.get(call)
        return len(ids) if ids is not None else self.functions[self.call_fn[call]].n_nodes

    def row_nodes(self, call):
        """The NodeInfo of each draw of a finished call, in order."""
        ids = self.call_rows.get(call)
        if ids is not None:
            return [self.nodes[i] for i in ids]
        return self.functions[self.call_fn[call]].nodes

    def step_of(self, row):
        """The replay step of draw ``row`` (of a finished call): its node's."""
        at = self._rows_at
        while len(at) <= len(self.call_fn) and at[-1] <= row:
            at.append(at[-1] + self._call_size(len(at) - 1))
        call = bisect_right(at, row) - 1
        ids = self.call_rows.get(call)
        if ids is not None:
            return self.nodes[ids[row - at[call]]].step
        return self.functions[self.call_fn[call]].nodes[row - at[call]].step



def _position(frame):
    """(line, column, end line, end column) of the frame's current instruction; columns on 3.11+."""
    positions = getattr(frame.f_code, "co_positions", None)
    if positions is not None:
        pos = next(islice(positions(), frame.f_lasti // 2, None), None)
        if pos is not None and None not in pos:
            line, end_line, col, end_col = pos
            return (line, col, end_line, end_col)
    return (frame.f_lineno, None, None, None)
