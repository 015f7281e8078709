"""A set of a constant into a tensor of that same constant is the tensor itself (Theano's
local_setsubtensor_of_constants, in canonicalize and stabilize): ``set_subtensor(
alloc(0, n)[:k], zeros)`` is ``alloc(0, n)``.  This is what a loop's R-operator makes of
the buffer of an evaluation point that is zero (an initial state not differentiated),
before the loop rewrites size that buffer.

An increment of a constant of zeros is a set (Theano's local_incsubtensor_of_zeros_to_
setsubtensor): met where zeros were folded to a constant, as in a loop's step, whose
``alloc(0, n)`` constant folding makes a constant (a jacobian's row of ``grad(y[i], x)``)."""
from __future__ import annotations

from rngscope.compile.vocabulary import tracks
from rngscope.tensor.grad_ops import IncSubtensor
from rngscope.tensor.static import constant_value
from rngscope.tensor.variable import TensorConstant

__all__ = ["incsubtensor_of_zeros_to_set", "setsubtensor_of_constants"]


@tracks(IncSubtensor)
def setsubtensor_of_constants(node, ctx):
    """set_subtensor(x, y) -> x when x and y both hold one and the same constant value."""
    if not node.op.set_instead_of_inc:
        return None
    x, y = node.inputs[:2]
    # Theano reads both with get_scalar_constant_value(elemwise=False): through allocs,
    # views, fills and true asserts, computing nothing
    value_x = constant_value(x, elemwise=False)
    if value_x is None:
        return None
    value_y = constant_value(y, elemwise=False)
    if value_y is None or value_x != value_y:
        return None
    return [x]


@tracks(IncSubtensor)
def incsubtensor_of_zeros_to_set(node, ctx):
    """inc_subtensor(zeros[idx], y) -> set_subtensor(zeros[idx], y) for a constant of zeros
    (an alloc of zeros is not a constant: it stays an increment)."""
    x = node.inputs[0]
    if node.op.set_instead_of_inc or not isinstance(x, TensorConstant) or x.data.any():
        return None
    return [IncSubtensor(node.op.idx, set_instead_of_inc=True)(*node.inputs)]
