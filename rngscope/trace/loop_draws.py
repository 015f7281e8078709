"""Recording the draws a loop (``scan``) makes inside a call.

A loop's step draws from a *copy* of a stream that the loop carries from step to step
(``CarryDesc``): when the loop starts (``on_loop``) each carried copy takes its stream's
current state token, and each step's draw advances the copy, so the draws are numbered
as the stream's own.  A call of a function with loops makes a number of draws of its own
(a symbolic ``n_steps``), so the node that made each draw row is kept per call.
``LoopDraws`` is the part of the ``Recorder`` that does this.
"""
from __future__ import annotations

from array import array

from rngscope.backends.description import CarryDesc

__all__ = ["CarryInfo", "LoopDraws", "LoopInfo"]


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


class LoopDraws:
    """The Recorder's loop handling (a mixin: it works on the recorder's own state)."""

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

    def _loop_call_rows(self, n_draws):
        """A call of a function with loops made a number of draws of its own: keep which node
        made each (the draws of a call that raised before it are forgotten); the new count."""
        ids = self._row_ids[max(0, len(self._row_ids) - (n_draws - self._draws_done)):]
        self._row_ids = []
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
