"""``--goto N``: call N revisited, its streams' states and its draws rebuilt from checkpoints.

Nothing is re-run: each stream's state before the call is rebuilt from its
nearest full state (an anchor or a checkpoint) by replaying the recorded draw
steps, and each draw is made again from its state and compared with the
recorded values (``reproduced``).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.trace.errors import ReplayError
from rngscope.trace.fingerprint import value_hash

__all__ = ["DrawAt", "Goto", "StreamAt", "goto"]


@dataclass(frozen=True)
class StreamAt:
    stream: str
    state: str
    detail: str  # "MT19937 position 8, no cached gaussian"
    checkpoint: str  # where its rebuild started
    replayed: int  # draws replayed from there


@dataclass(frozen=True)
class DrawAt:
    draw: int
    stream: str
    state: str
    digest: str
    values: object  # the array, or None when its parameters were not constants
    reproduced: bool | None  # None: the call did not hand the values over, nothing to compare
    loop: str | None = None  # the loop whose step made it
    step: int | None = None  # that step (from 0)


@dataclass(frozen=True)
class Goto:
    call: object  # events.Call
    streams: tuple
    draws: tuple

    def to_json(self):
        return {"event": "goto", "call": self.call.to_json(),
                "streams": [{"stream": s.stream, "state": s.state, "detail": s.detail,
                             "checkpoint": s.checkpoint, "replayed": s.replayed}
                            for s in self.streams],
                "draws": [{"draw": d.draw, "stream": d.stream, "state": d.state, "digest": d.digest,
                           "values": None if d.values is None else np.asarray(d.values).tolist(),
                           "reproduced": d.reproduced, "loop": d.loop, "step": d.step}
                          for d in self.draws]}


def goto(result, call):
    """Call ``call`` revisited: the streams' states before it and its draws, rebuilt from checkpoints."""
    timeline, recording = result.timeline, result.recording
    if not 0 <= call < recording.n_calls:
        raise ReplayError(f"--goto {call}: the replay made {recording.n_calls} call"
                          f"{'' if recording.n_calls == 1 else 's'} (numbered from 0).")
    states = recording.states
    streams = []
    for track, token in zip(recording.streams, recording.tokens_before(call)):
        anchor, steps = states.anchor_of(token)
        point = timeline.point_of(anchor)
        streams.append(StreamAt(timeline.names.streams[track.index], states.fingerprint(token),
                                states.tracks[track.index].ops.detail(states.state(token)), point,
                                steps))
    draws = []
    for d in recording.draws(call):
        if d.discarded:  # drawn only to advance its stream: not one of the call's draws
            continue
        node = recording.nodes[d.node]
        values, reproduced = None, False
        if d.step >= 0:
            _, values = states.steps[d.step].apply(states.state(d.token, copy=True))
            values = np.asarray(values)
            reproduced = bool(value_hash(values) == recording.draw_hash[d.row]) if node.observed else None
        draws.append(DrawAt(d.number, timeline.names.streams[d.stream], states.fingerprint(d.token),
                            recording.draw_digest(d.row).hex(), values, reproduced,
                            None if d.loop is None else recording.loops[d.loop].name, d.loop_step))
    return Goto(timeline.call(call), tuple(streams), tuple(draws))

