"""What a graph says about values before it runs.

``constant_value(v)`` is the one value ``v`` always holds when the graph makes
that plain (Theano's ``get_scalar_constant_value``), ``size_entries(size)`` the
scalar entries of a size vector when they are visible.  The compiler's rewrites
and shape inference ask these, and so does a random op choosing its output's
broadcastable pattern.
"""
from __future__ import annotations

import numpy as np

from rngscope.graph.basic import Constant
from rngscope.tensor.elemwise import DimShuffle, Elemwise
from rngscope.tensor.scalar import Cast
from rngscope.tensor.shape_ops import Alloc, MakeVector
from rngscope.tensor.variable import TensorConstant, constant

__all__ = ["constant_value", "size_entries"]


def constant_value(v):
    """The single value a variable always holds (Theano's get_scalar_constant_value), or None."""
    while True:
        if isinstance(v, TensorConstant):
            return v.scalar_value()
        if isinstance(v, Constant):
            return None
        node = v.owner
        if node is None:
            return None
        op = node.op
        if isinstance(op, DimShuffle):
            v = node.inputs[0]
            continue
        if isinstance(op, Elemwise) and isinstance(op.scalar_op, Cast):
            inner = constant_value(node.inputs[0])
            return None if inner is None else np.asarray(inner).astype(op.scalar_op.dtype)
        if type(op) is Elemwise and op.family == "Second":  # fill(x, value): every element
            v = node.inputs[1]
            continue
        if isinstance(op, Alloc):  # every element is the allocated value
            v = node.inputs[0]
            continue
        return None


def size_entries(size):
    """The scalar entries of a size vector when they are visible (constant or MakeVector)."""
    while size.owner is not None and isinstance(size.owner.op, Elemwise) and len(
        size.owner.inputs
    ) == 1:
        size = size.owner.inputs[0]
    if isinstance(size, TensorConstant):
        return [constant(int(s), dtype="int64") for s in size.data.reshape(-1)]
    if size.owner is not None and isinstance(size.owner.op, MakeVector):
        return list(size.owner.inputs)
    return None
