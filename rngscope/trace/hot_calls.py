"""Recording hot calls in bulk: a function called again and again, followed afterwards.

A function is *hot* when every draw it makes is replayable from a stream the recorder
follows, is small, and is one of its outputs (``FnInfo.hot``, decided after its first
call).  While only the recorder hears calls and draws (``on_installed``), its calls
run quiet (``observe.QUIET``, then ``observe.quiet``: the engine tells no draw and one
``on_quiet_call`` per call): the recorder keeps each output's bytes and a count, nothing
else.  ``_flush`` follows the streams through those calls afterwards, for all of them at
once when their states are new (the common case), one by one after a revisit; every
``checkpoint_every`` draws a stream's full state is kept (``_checkpoint``) and anchored
at the token the flush gives it.  Any other event flushes first.
``HotCalls`` is the part of the ``Recorder`` that does this.
"""
from __future__ import annotations

import numpy as np

from rngscope import observe
from rngscope.trace.states import AFTER

__all__ = ["HotCalls"]

_QUIET = observe.QUIET


class HotCalls:
    """The Recorder's bulk recording of hot calls (a mixin on the recorder's own state)."""

    def on_installed(self, alone):
        self._alone = alone
        self._mode_fn = None  # on_call decides the mode again
        if not alone:
            self._unquiet()

    def _unquiet(self):
        """Hear every function's calls through on_call/on_return again."""
        self._flush()
        for fn in self._quiet_fns:
            observe.quiet(fn, None)
        self._quiet_fns = []

    def on_quiet_call(self, fn, outputs, frame):
        """A call of a hot function, told once after it (``observe.quiet``): as ``on_call``
        and ``on_return`` of a QUIET call together."""
        if frame is not self._frame or frame.f_lasti != self._lasti:
            self._new_site(frame)
        # Only the function of the current mode is quiet, and only with one draw, an output.
        self._keep_bytes(outputs[self._hot_out].tobytes())
        self._hot_left -= 1
        if not self._hot_left:
            self._checkpoint()

    def _enter(self, fn):
        """Calls of ``fn`` follow: in hot mode if it is hot, else one by one."""
        self._stop_lines()
        self._unquiet()  # only the current function is quiet: on_quiet_call need not check
        self._mode_fn = fn
        info = self._fns.get(id(fn))
        self._hot = (self._alone and info is not None and info.hot is True
                     and observe.can_be_quiet(fn)
                     and (self.lines is None or self.lines.can_stream_hot(info)))
        self._hot_info = info if self._hot else None
        self._token = _QUIET if self._hot else fn
        if self._hot:
            self._hot_outs = tuple(info.out_nodes.index(k) for k in range(info.n_nodes))
            self._hot_out = self._hot_outs[0] if len(self._hot_outs) == 1 else -1
            if self._hot_out >= 0:  # its next calls come as on_quiet_call
                observe.quiet(fn, self)
                self._quiet_fns.append(fn)
            self._keep_bytes = self._values.append
            if self.lines is not None:  # its lines are written as its calls come
                self._keep_bytes = self.lines.hot(info, self._values)
            self._hot_left = self._hot_planned = self._calls_before_checkpoint(info)

    def _stop_lines(self):
        """The hot function's bytes stop being kept here, and its streamed lines (their
        stream's state is handed back)."""
        stop = getattr(self._keep_bytes, "stop", None)
        if stop is not None:
            stop()
        self._keep_bytes = None  # (it holds the kept bytes, which ``finish`` hashes and lets go)

    def _calls_before_checkpoint(self, info):
        """How many hot calls of ``info`` may pass before a stream's checkpoint is due (a full
        state is kept every ``checkpoint_every`` draws), keeping one now if it is due now."""
        left = min(((track.budget - 2) // n for track, n in info.per_track), default=1 << 30)
        if left > 0:
            return left
        for track, n in info.per_track:  # the live states are those of the tokens: keep them
            if track.budget - 2 < n:
                self.states.anchor(track, track.value(), token=track.token)
        return min(((track.budget - 2) // n for track, n in info.per_track), default=1 << 30)

    def _checkpoint(self):
        """A checkpoint of the hot function's streams is due: keep their full states now;
        ``_flush`` makes each the anchor of the token its stream has after this call."""
        info = self._hot_info
        self._pending_anchors.append((self._hot_planned, [
            (track, track.ops.snapshot(track.value())) for track, _ in info.per_track]))
        interval = (self.states.checkpoint_every - 2) // max(n for _, n in info.per_track)
        self._hot_left = interval
        self._hot_planned += interval

    def _flush(self):
        """Follow the streams through the hot calls recorded in bulk: each draw's state before
        and after it, as ``on_draw`` would have one by one.  Calls that draw from states never
        seen before (the common case) are followed for all their draws at once."""
        info = self._hot_info
        pending = self._hot_planned - self._hot_left
        if info is None or pending <= 0:
            return
        self._hot_planned = self._hot_left
        self.call_fn.frombytes(np.full(pending, info.index, np.int32).tobytes())
        done = 0
        for at, kept in self._pending_anchors:  # follow up to each checkpoint, anchor it there
            self._follow(info, at - done)
            done = at
            for track, full in kept:
                self.states.anchor(track, full=full, token=track.token)
        self._pending_anchors = []
        self._follow(info, pending - done)
        self._draws_done = len(self.draw_token)

    def _follow(self, info, calls):
        nodes, done = info.nodes, 0
        while done < calls and not (info.bulk and all(
                not n.keep_after or n.track.newest == n.track.token for n in nodes)):
            self._follow_call(nodes)  # a revisited state: its successors are looked up
            done += 1
        if done < calls:
            self._follow_fresh(nodes, calls - done)

    def _follow_call(self, nodes):
        """One hot call's draws, one by one (``on_draw``'s bookkeeping)."""
        tokens = self.draw_token
        for node in nodes:
            track = node.track
            token = track.token
            row = len(tokens)
            tokens.append(token)
            if node.keep_after:
                if track.newest == token and track.budget > 1:  # a state never seen before
                    after = track.newest = AFTER + row
                    track.budget -= 1
                else:
                    after = self._after_slow(track, token, node.step, None, row)
                node.after = after
                if node.updates is not None:
                    track.token = after

    def _follow_fresh(self, nodes, calls):
        """``calls`` hot calls whose every draw is from a state never seen before: each node's
        draw is made where its previous one left its stream (one stream per node)."""
        n = len(nodes)
        row0 = len(self.draw_token)
        rows = row0 + np.arange(calls * n, dtype=np.int64).reshape(calls, n)
        block = np.empty((calls, n), np.int64)
        for j, node in enumerate(nodes):
            track = node.track
            block[0, j] = track.token
            if not node.keep_after:
                block[1:, j] = track.token
                continue
            block[1:, j] = AFTER + rows[:-1, j]
            last = AFTER + int(rows[-1, j])
            track.newest = track.token = node.after = last
            track.budget -= calls
        self.draw_token.frombytes(block.astype("<i8", copy=False).tobytes())

    def _may_be_hot(self, info):
        """After a function's first call: can its calls be recorded in bulk?  Every node must
        be on the fast path (a replayable draw from a followed stream) with small draws."""
        if all(self._fast.get(n.node) is n and n.small for n in info.nodes) and all(
                k in info.out_nodes for k in range(info.n_nodes)):
            counts = {}
            for n in info.nodes:
                counts[n.track] = counts.get(n.track, 0) + 1
            info.per_track = tuple(counts.items())
            info.bulk = all(c == 1 for c in counts.values()) and all(
                n.updates is n.track for n in info.nodes if n.keep_after)
            info.hot = True
            self._mode_fn = None  # its next call enters hot mode
        else:
            info.hot = False
