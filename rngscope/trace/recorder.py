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

The recording path appends ints to ``array`` columns and allocates no objects
the garbage collector traces (per-call objects doubled the cost of a small
call); values are kept as bytes and hashed all at once in ``finish`` (Python's
``hash``, process-local), and the stable digests that get printed are computed
when printed, by replaying the draw.  Its parts: ``followed`` (what is followed),
``hot_calls`` (a function called again and again recorded in bulk, then followed
all at once), ``loop_draws`` (draws inside a ``scan``), ``sites`` (where calls are
made), ``writes`` (states set other than by draws), ``draw_rows`` (each finished
draw row's node, step and hash), ``outputs`` (results that are not draws),
``unseen`` (draws a backend did not hand over) and ``pcg_state`` (PCG64 states
read as the calls return).  Recording must stay within 1.25 times a plain call
(``scripts/bench_replay.py``).
"""
from __future__ import annotations

from array import array

import numpy as np

from rngscope import backends, observe
from rngscope.trace import pcg_state
from rngscope.trace.fingerprint import SMALL, fingerprint, kept, value_digest
from rngscope.trace.followed import FnInfo, NodeInfo, Track
from rngscope.trace.draw_rows import DrawRows
from rngscope.trace.hot_calls import HotCalls
from rngscope.trace.loop_draws import LoopDraws
from rngscope.trace.outputs import KeptOutputs
from rngscope.trace.sites import CallSites
from rngscope.trace.writes import StateWrites
from rngscope.trace.recording import Recording, build
from rngscope.trace.states import AFTER, CHECKPOINT_EVERY, NO_STEP, States

_QUIET = observe.QUIET


_kept = kept  # what is kept of a draw's bytes until ``hash_values``

# Draws of at most this many bytes are kept whole by the hot path and hashed by ``finish``
# (bytes are not tracked by the garbage collector); larger ones are hashed as they come.
SMALL_DRAW = SMALL
UNSEEN = "unseen"  # salts the hash that stands for values a backend did not hand over
UNSEEN_DIGEST = bytes(8)  # the digest of such values when they cannot be replayed either


class Recorder(HotCalls, LoopDraws, CallSites, StateWrites, DrawRows, observe.Observer):
    """Records calls, draws and stream writes while installed (``with recorder:``)."""

    def __init__(self, script_filename=None, checkpoint_every=CHECKPOINT_EVERY):
        self.script_filename = script_filename
        self.draw_token = array("q")  # per draw: the token of the state it was made at
        # ... its values: the bytes of a small draw from the hot path (hashed in bulk by
        # ``finish`` into ``draw_hash``), else already the hash, salted with dtype and shape
        self._values = []
        self._rows_at = array("q", [0])  # first draw row of each call, as far as computed
        self.kept = pcg_state.Kept()  # PCG64 states after draws, read as they happen
        self.states = States(self.draw_token, self.step_of, lambda: self._draws_done,
                             checkpoint_every, self.kept)
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
        self.outputs = KeptOutputs()  # outputs that are not draws (``trace.outputs``)
        self.draw_digest_of = {}  # draw row -> value_digest, for draws that cannot be replayed
        self._replayed = {}  # (token, step, hash) -> value_digest of a replayed draw
        self._draws_done = 0
        self.lines = None  # a ``stream.LiveLines`` written as calls are recorded, or None
        self.nodes = []  # NodeInfo by id
        self.loops = []  # LoopInfo by index
        self.call_rows = {}  # call of a function with loops -> array of the NodeInfo id per draw row
        self.loop_runs = array("q")  # per loop run: call, loop index, steps (flattened)
        self._row_ids = []  # the NodeInfo ids of the draws of functions with loops, as they come
        # Hot mode: a function whose draws are all replayable from followed streams, small,
        # and whose outputs are its draws (``FnInfo.hot``) is recorded in bulk while it is
        # called again and again and nothing else observes: its calls run QUIET (no draw
        # events), ``on_return`` keeps the bytes of the outputs that are its draws, and
        # ``_flush`` follows its streams' states later, for all those calls at once.
        self._hot = False
        self._hot_info = None
        self._hot_outs = ()  # per node of the hot function: the output that is its draw
        self._hot_out = -1  # ... when it has one node
        self._keep_bytes = None  # appends the bytes of a hot draw
        self._hot_left = 0  # calls before a checkpoint is due
        self._hot_planned = 0  # hot calls since the last flush, and those left before a checkpoint
        self._pending_anchors = []  # (hot calls since the last flush, [(track, full state)])
        self._token = None  # what on_call returns for the current function (QUIET when hot)
        self._alone = False  # no other observer is installed (only then may calls be QUIET)
        self._mode_fn = None  # the function on_call last set the mode for
        self._quiet_fns = []  # functions whose calls come as on_quiet_call
        self._frame = self._code = None  # a loop calls from one place: the last caller's ...
        self._lasti, self._site = -1, -1  # ... position and call site
        self._by_shared = {}
        self._fns = {}
        self._nodes = {}
        self._carries = {}
        self._loops = {}
        self._fast = {}  # node -> NodeInfo of nodes the hot path handles (nodes hash by identity)
        self._step_ids = {}
        self._site_ids = {}
        self._keep = []  # the code objects and functions whose ids key the dicts above
        self._last_fn = (None, None)  # (function, its FnInfo) of the last call
        self._pending = []  # written tokens whose state may equal an unfingerprinted earlier one
        self._installed = False
        self._recording = None  # what finish() returned
        self.wants_state_before = False  # only once a node draws from a stream we do not follow

    def stream_to(self, lines):
        """Tell ``lines`` (``stream.LiveLines``) of every call and write as it is recorded."""
        self.lines = lines
        lines.recorder = self

    @property
    def n_calls(self):
        return len(self.call_fn) + (self._hot_planned - self._hot_left)  # hot calls pending


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


    # -- the hot path: calls and draws --------------------------------------------------

    def _need_before_draw(self):
        """From now on, hear about draws before they happen (for an unfollowed stream)."""
        if not self.wants_state_before:
            self.wants_state_before = True
            observe.refresh()

    def on_call(self, fn, args, frame):
        """Before a call: where it is made (a loop calls from one place: compared, not looked
        up), and for another function than the last, how its calls are recorded."""
        if frame is not self._frame or frame.f_lasti != self._lasti:
            self._new_site(frame)
        if fn is not self._mode_fn:
            self._enter(fn)
        return self._token

    def on_fail(self, fn):
        """A call raised: forget the draws it made; its streams are where its draws left them."""
        if fn is _QUIET:  # a hot call: nothing of it was kept
            fn = self._mode_fn
            self._flush()
        else:
            extra = len(self.draw_token) - self._draws_done
            if extra > 0 and self._row_ids:
                del self._row_ids[max(0, len(self._row_ids) - extra):]
            done = self._draws_done
            for track in self.tracks:  # a token after a forgotten draw: the state it was made at
                while track.token >= AFTER and track.token - AFTER >= done:
                    track.token = self.draw_token[track.token - AFTER]
                if track.newest >= AFTER + done:
                    track.newest = track.token
            self._drop_unfinished(0)
            self.states.forget_rows_from(done)
        info = self._fns.get(id(fn))
        for track in (info.reads if info is not None else ()):
            self._raised(track)
        self._mode_fn = None  # its plan (checkpoints) is made again at its next call

    def _raised(self, track):
        """After a call that raised: a draw that moved ``track`` in place (PyTensor's Numba
        draws so, before the update would have run) is a write of source ``raise``, made
        between the call before and the call after, at the failed call's line."""
        value = track.value()
        if fingerprint(track.ops.snapshot(value)) != self.states.fingerprint(track.token):
            self._written(track, "raise", self._site)
        else:  # it raised before drawing from it, or drew from a copy: no event
            track.token = self._known_or_anchor(track, value)

    def on_return(self, fn, outputs):
        """After each call: nothing changes during a call but the draws, so all is read here."""
        if fn is _QUIET:  # a hot call: its draws are among its outputs
            k = self._hot_out
            if k >= 0:
                self._keep_bytes(outputs[k].tobytes())
            else:
                for k in self._hot_outs:
                    self._keep_bytes(outputs[k].tobytes())
            self._hot_left -= 1
            if not self._hot_left:
                self._checkpoint()
            return
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
        start, self._draws_done = self._draws_done, n_draws
        if not info.simple:
            self._call_extras(info, outputs)
        self.call_fn.append(info.index)
        if self.lines is not None:
            self.lines.call(info, start, n_draws, outputs)
        if info.hot is None and info.simple:
            self._may_be_hot(info)


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
        # (None: values not handed over, replayed or matched by ``finish``, ``hash_values``)
        self._values.append(None if draw is None else draw.tobytes() if info.small
                            else _kept(draw.tobytes()))
        if info.keep_after:
            if track.newest == token and track.budget > 1:
                after = track.newest = AFTER + row  # a state never seen before
                track.budget -= 1
            else:
                after = self._after_slow(track, token, info.step, new_rng, row)
            info.after = after
            if info.updates is not None:
                track.token = after
                reader = track.reader
                if reader is not None and new_rng is not None:  # the state after this draw
                    if new_rng is not reader.generator:
                        reader = track.reader = pcg_state.reader(new_rng)
                    if reader.words is not None:
                        self.kept.keep(row, reader)

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
            value = None if step != NO_STEP else hash((UNSEEN, len(self.draw_token))) % (1 << 61)
            if value is None and self._fast_path(info) and not info.observed:
                self._fast[node] = info  # from now on the hot path takes it (values: None)
        else:
            if not isinstance(draw, np.ndarray):  # a scalar draw may come as a Python number
                draw = np.asarray(draw)
            elif self._fast_path(info):
                self._fast[node] = info  # from now on the hot path takes it
            # Constant parameters mean a constant shape: the salt is fixed after the first draw.
            info.salt = hash((draw.dtype.str, draw.shape))
            info.shape_key = (draw.dtype.str, draw.shape)
            info.small = draw.nbytes <= SMALL_DRAW
            value = _kept(draw.tobytes())
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

    @staticmethod
    def _fast_path(info):
        """Can ``on_draw``'s hot path take this node's draws: replayable, from a followed
        stream, not chained, not in a loop?"""
        return (info.source is None and info.step != NO_STEP and not info.orphan
                and not info.in_loop_fn and info.loop is None)

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
            self.outputs.keep(call, k, outputs[k])
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

    # -- the end --------------------------------------------------------------------------

    def finish(self) -> Recording:
        """Uninstall and return the ``Recording``: each call's entries located, draws hashed
        and numbered, unexplained writes explained (``recording.build``)."""
        self.uninstall()
        if self._recording is not None:
            return self._recording
        self._stop_lines()
        self._unquiet()
        self._frame = None
        self._hot, self._hot_info = False, None
        if len(self.draw_token) != self._draws_done:  # the last call raised
            self._draws_done += self._drop_unfinished(0) - self._draws_done
        self._rows_to(len(self.call_fn))
        self.draws_at = array("q", self._rows_at)
        self._recording = build(self)
        return self._recording

    def take_pending(self):
        """The written tokens still to compare with earlier states (once, for ``build``)."""
        pending, self._pending = self._pending, []
        return pending
