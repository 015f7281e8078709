"""In-place increments of indexed parts (Theano's local_inplace_setsubtensor and
local_inplace_incsubtensor1): an IncSubtensor writes into its first input when the
destroy rules of ``inplace.DestroyChecker`` allow it (a fresh zeros Alloc in a gradient)."""
from __future__ import annotations

import dataclasses

from rngscope.compile.rewrites.inplace import DestroyChecker
from rngscope.tensor.grad_ops import AdvancedIncSubtensor1, IncSubtensor


def subtensor_inplace(fg):
    """IncSubtensor{Inc} / AdvancedIncSubtensor1{no_inplace} -> in place where allowed."""
    checker = DestroyChecker(fg)
    for node in checker.nodes:
        op = node.op
        if isinstance(op, (IncSubtensor, AdvancedIncSubtensor1)) and not op.inplace:
            checker.attempt(node, node.inputs[0], dataclasses.replace(op, inplace=True))


__all__ = ["subtensor_inplace"]
