"""The identities that only shape a gradient leave the compiled graph."""
from __future__ import annotations

from rngscope.compile.vocabulary import tracks
from rngscope.tensor.grad_ops import GRAD_IDENTITIES

__all__ = ["gradient_identity"]


@tracks(*GRAD_IDENTITIES)
def gradient_identity(node, ctx):
    """zero_grad(x), disconnected_grad(x), grad_clip(x, ...) ... -> x (Theano's
    local_view_op, in the 'useless', canonicalize and fast_compile passes)."""
    return [node.inputs[0]]
