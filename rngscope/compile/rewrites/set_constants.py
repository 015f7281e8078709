"""A set of a constant into a tensor of that same constant is the tensor itself (Theano's
local_setsubtensor_of_constants, in canonicalize and stabilize): ``set_subtensor(
alloc(0, n)[:k], zeros)`` is ``alloc(0, n)``.  This is what a loop's R-operator makes of
the buffer of an evaluation point that is zero (an initial state not differentiated),
before the loop rewrites size that buffer."""
from __future__ import annotations

import numpy as np

from rngscope.compile.vocabulary import tracks
from rngscope.graph.basic import Constant
from rngscope.tensor.assert_op import Assert
from rngscope.tensor.elemwise import DimShuffle, Elemwise
from rngscope.tensor.grad_ops import IncSubtensor
from rngscope.tensor.shape_ops import Alloc, DeepCopyOp, Rebroadcast, ScalarFromTensor, Shape_i
from rngscope.tensor.variable import TensorConstant

__all__ = ["setsubtensor_of_constants"]

_VIEWS = (Alloc, DimShuffle, Rebroadcast, DeepCopyOp, ScalarFromTensor)


def scalar_constant(v, depth=10):
    """The one value ``v`` holds when its graph shows it without computing anything (Theano's
    get_scalar_constant_value with elemwise=False: through allocs, dimshuffles, fills,
    rebroadcasts, copies and asserts whose conditions are constant and true), else None."""
    while depth > 0:
        if isinstance(v, TensorConstant):
            return v.scalar_value()
        if isinstance(v, Constant):
            data = np.asarray(v.data)
            return data if data.ndim == 0 and data.dtype.kind in "biuf" else None
        node = v.owner
        if node is None:
            return None
        depth -= 1
        op = node.op
        if isinstance(op, _VIEWS):
            v = node.inputs[0]
        elif isinstance(op, Shape_i):
            inp = node.inputs[0]
            if isinstance(inp, TensorConstant):
                return np.asarray(inp.data.shape[op.i])
            return np.asarray(1) if inp.type.broadcastable[op.i] else None
        elif isinstance(op, Assert):
            conds = [scalar_constant(c, depth) for c in node.inputs[1:]]
            if not all(c is not None and np.ndim(c) == 0 and c != 0 for c in conds):
                return None
            v = node.inputs[0]
        elif type(op) is Elemwise and op.family == "Second":
            v = node.inputs[1]
        else:
            return None
    return None


@tracks(IncSubtensor)
def setsubtensor_of_constants(node, ctx):
    """set_subtensor(x, y) -> x when x and y both hold one and the same constant value."""
    if not node.op.set_instead_of_inc:
        return None
    x, y = node.inputs[:2]
    value_x = scalar_constant(x)
    if value_x is None:
        return None
    value_y = scalar_constant(y)
    if value_y is None or value_x != value_y:
        return None
    return [x]
