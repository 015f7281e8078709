"""The check NanGuardMode (compile/modes.py) adds: its compiled functions check every
node's outputs as they are computed and stop at the first NaN, Inf or big value
(|x| > 1e10), as Theano's does.

The error is an AssertionError whose first line says what was found ("NaN detected", then
"Inf detected", then "Big value detected" when several apply), followed by the node.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["NanGuard"]

_BIG = 1e10


@dataclass(frozen=True)
class NanGuard:
    """What the guard treats as an error."""

    nan_is_error: bool = True
    inf_is_error: bool = True
    big_is_error: bool = True

    def problems(self, value):
        """The lines naming what is wrong with ``value`` (empty when nothing is)."""
        if not isinstance(value, np.ndarray) or value.dtype.kind not in "fc" or value.size == 0:
            return []
        found = []
        if self.nan_is_error and np.isnan(value).any():
            found.append("NaN detected")
        if self.inf_is_error and np.isinf(value).any():
            found.append("Inf detected")
        if self.big_is_error and np.abs(value).max() > _BIG:
            found.append("Big value detected")
        return found

    def wrap(self, node, outs, thunk, ins=(), index=0):
        """``thunk``, followed by a check of the node's outputs."""

        def guarded(store):
            thunk(store)
            for slot in outs:
                found = self.problems(store[slot])
                if found:
                    raise AssertionError("\n".join(found) + "\nNanGuardMode found an error in the "
                                         "output of a node in this variable:\n%s" % (node.op,))

        return guarded
