"""Identities that exist only for the gradient (zero_grad, disconnected_grad, grad_clip,
grad_scale) are removed from compiled graphs, as Theano's local_view_op removes its ViewOps."""
from __future__ import annotations

from rngscope.compile.vocabulary import tracks
from rngscope.tensor.grad_ops import GRADIENT_ONLY

__all__ = ["GRADIENT_ONLY_RULES", "gradient_only_identity"]


@tracks(*GRADIENT_ONLY)
def gradient_only_identity(node, ctx):
    """zero_grad(x), grad_clip(x, lo, hi), ... -> x"""
    return [node.inputs[0]]


GRADIENT_ONLY_RULES = (gradient_only_identity,)
