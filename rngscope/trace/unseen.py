"""Draws a backend did not hand over: what stands for their values, replaying only where needed.

A compiled PyTensor graph keeps no intermediate value, so a draw that is not one of a call's
outputs comes without values (``on_draw(node, state, None)``).  The same step (distribution and
constant parameters) from the same state draws the same values, so such a draw's values matter
only where they meet a draw of *another* step made at the same state.  ``plan`` decides per row:

- a draw of the same step at the same state handed its values over: it stands for them;
- a draw of another step was made at that state: the row is replayed (its values decide);
- else a hash of (state, step) stands for them: equal for draws of one step from one state,
  unequal to any other draw's (as their values would be, up to a hash collision).

Equal tokens are equal states, and distinct tokens distinct states, except for written states
not yet compared with the rest (``Recorder.take_pending``): while there are any, the caller
replays every such row, as numbering finds equal states through equal values.
"""
from __future__ import annotations

import numpy as np

__all__ = ["Plan", "plan"]

_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x5DEECE66D))


class Plan:
    """What stands for the values of unseen rows (arrays of rows)."""

    def __init__(self, replay, matched, sources, standing, stand_ins):
        self.replay = replay  # rows to replay
        self.matched, self.sources = matched, sources  # rows taking the hash of a seen row
        self.standing, self.stand_ins = standing, stand_ins  # rows and their (state, step) hash


def stand_in(tokens, steps):
    """A hash of (state token, step) per row (odd multipliers: distinct tokens of one step
    never collide)."""
    with np.errstate(over="ignore"):
        mixed = (tokens.astype(np.uint64) * _MIX[0]
                 + (steps.astype(np.uint64) + np.uint64(1)) * _MIX[1]) ^ _MIX[2]
    return mixed.view(np.int64)


def plan(tokens, steps, unseen) -> Plan:
    """The plan for the rows flagged ``unseen``, given every row's canonical state token and
    step (one numpy pass; Python only for states more than one draw was made at)."""
    rows = np.flatnonzero(unseen)
    shared = np.flatnonzero(np.isin(tokens, tokens[rows]))  # rows at an unseen draw's state
    order = shared[np.lexsort((shared, tokens[shared]))]
    t = tokens[order]
    starts = np.flatnonzero(np.concatenate(([True], t[1:] != t[:-1]))) if len(t) else t
    ends = np.concatenate((starts[1:], [len(order)])).astype(np.int64)
    alone = order[starts[ends - starts == 1]]  # the only draw made at its state: unseen
    standing, replay, matched, sources = [alone], [], [], []
    for lo, hi in zip(starts[ends - starts > 1].tolist(), ends[ends - starts > 1].tolist()):
        group = order[lo:hi]
        group_steps = steps[group]
        for row in group[unseen[group]].tolist():
            same = (group_steps == steps[row])
            seen = group[same & ~unseen[group]]
            if len(seen):
                matched.append(row)
                sources.append(int(seen[0]))
            elif not same.all():
                replay.append(row)
            else:
                standing.append(np.array([row], np.int64))
    standing = np.concatenate(standing).astype(np.int64)
    return Plan(np.array(replay, np.int64), np.array(matched, np.int64),
                np.array(sources, np.int64), standing,
                stand_in(tokens[standing], steps[standing]))
