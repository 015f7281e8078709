"""Loops with draws in their step, as the printers show them.

``loop_views(description, names, describe)`` turns a function's ``backends.FunctionDesc``
into one ``LoopView`` per loop (a ``scan`` whose step draws): its name, its
number of steps as the graph gives it, each random node of the step named with
the *stream* it draws from (the loop carries a copy of it; the copy is not a
stream of its own), and for each such stream what the function does with it:

- ``EVERY_STEP``: the loop's final state is the stream's update (``updates=upd``),
  so each call advances the stream by every step;
- ``ONE_STEP``: compiled without the loop's updates; the stream's own default
  update, outside the loop, advances it by one step's draw per call (each call
  draws its steps from a copy of the same state the last call slid from);
- ``FROZEN``: no update at all (``no_default_updates``): every call draws the same steps;
- ``EXPLICIT``: an update the script wrote, of another value.
"""
from __future__ import annotations

from dataclasses import dataclass


EVERY_STEP, ONE_STEP, FROZEN, EXPLICIT = "every step", "one step per call", "frozen", "explicit"

MODE_TEXT = {
    EVERY_STEP: "advanced once per step (n_steps={steps})",
    ONE_STEP: "advanced once per step (n_steps={steps}) on a copy of the stream",
    FROZEN: "advanced once per step (n_steps={steps}) on a copy of the stream",
    EXPLICIT: "advanced once per step (n_steps={steps}) on a copy of the stream",
}


@dataclass(frozen=True)
class LoopStream:
    """A stream a loop draws from, and what the function does with it after a call."""

    stream: str
    mode: str  # EVERY_STEP, ONE_STEP, FROZEN or EXPLICIT
    loop: str | None = None  # a merged loop's own loop of the stream (LoopDesc.label)


@dataclass(frozen=True)
class LoopView:
    """A loop whose step draws: its node, name, steps and the step's random nodes."""

    node: object
    name: str
    steps: str
    random: tuple  # RandomNode per random node of the step (the stream is the outer one)
    streams: tuple  # LoopStream
    updates_name: str | None = None  # what the script calls the updates scan returned

    def name_of(self, stream: str) -> str:
        """The loop's name for ``stream``: of a merged loop, the loop the stream's draws came
        from (``walk_a (1st of walk_a&walk_b)``)."""
        return next((s.loop for s in self.streams if s.stream == stream and s.loop), self.name)

    def mode_of(self, stream: str) -> str | None:
        return next((s.mode for s in self.streams if s.stream == stream), None)

    def step_text(self, r) -> str:
        """``advanced once per step (n_steps=3): ...`` for a random node of the step."""
        mode = self.mode_of(r.stream)
        text = MODE_TEXT.get(mode, "advanced once per step (n_steps={steps})")
        return text.format(steps=self.steps)


def loop_views(description, names: dict, describe, updates_names=None) -> dict:
    """id(loop node) -> LoopView for every loop of a function that draws (enclosing first).

    ``names`` is ``tree.stream_names``; ``describe(node, names)`` gives the tree's
    ``RandomNode`` of a random node; ``updates_names``: {id(op): name of its updates}.
    """
    views = {}
    for loop in description.all_loops():
        inner_names = dict(names)
        streams = []
        for carry in loop.carries:
            known = names.get(id(carry.stream)) if carry.stream is not None else None
            if known is None:
                continue
            for r in loop.random:
                if r.carry is carry:
                    inner_names[id(r.rng)] = known  # the copy is named as its stream
            streams.append(LoopStream(known.name, carry_mode(description, carry),
                                      loop.label(carry) if loop.parts else None))
        for r in loop.random:
            known = names.get(id(r.stream)) if r.stream is not None else None
            if known is not None:
                inner_names[id(r.rng)] = known
        random = tuple(describe(r.node, inner_names) for r in loop.random)
        name = (updates_names or {}).get(id(loop.node.op))
        views[id(loop.node)] = LoopView(loop.node, loop.name, loop.steps, random,
                                        tuple(streams), name)
    return views


def carry_mode(description, carry):
    """What a function does with the stream a loop's ``carry`` copies (EVERY_STEP, ...)."""
    update = next((u for u in description.updates if u.shared is carry.stream), None)
    if update is None:
        return FROZEN
    if update.carry is carry:
        return EVERY_STEP
    if update.node is not None:
        return ONE_STEP
    return EXPLICIT


def by_op(views: dict) -> dict:
    """id(loop op) -> LoopView: the same loop in a graph as written (its node is another)."""
    return {id(v.node.op): v for v in views.values()}


__all__ = ["EVERY_STEP", "EXPLICIT", "FROZEN", "LoopStream", "LoopView", "ONE_STEP", "by_op",
           "carry_mode", "loop_views"]
