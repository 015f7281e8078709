"""Simplifications of index arithmetic: switches whose branch is known, comparisons whose
answer is known because a shape is never negative (Theano's local_useless_switch and
local_useless_elemwise_comparison).  The slice arithmetic of merged subtensors and of
shrunk loop buffers is made of such switches and comparisons."""
from __future__ import annotations

import numpy as np

from rngscope.compile.vocabulary import scalar_cls, tracks
from rngscope.tensor import basic as T
from rngscope.tensor.elemwise import Elemwise
from rngscope.tensor.shape_ops import Join, MakeVector, Shape, Shape_i, Subtensor
from rngscope.tensor.variable import TensorConstant, constant

__all__ = ["CANONICAL_INTEGER", "INTEGER", "intdiv_by_one", "useless_comparison",
           "useless_switch"]


def _constant(v):
    """The value of a constant scalar itself (Theano's only_process_constants), else None."""
    if isinstance(v, TensorConstant) and np.ndim(v.data) == 0:
        return v.data[()]
    return None


def _is_shape(v):
    return v.owner is not None and isinstance(v.owner.op, Shape_i)


def _filled(model, value, dtype):
    """``value`` in ``model``'s type, or broadcast over it (Theano's zeros_like(opt=True))."""
    c = constant(value, dtype=dtype)
    return c if c.type == model.type else T.fill(model, c)


@tracks(Elemwise, families=("Switch",))
def useless_switch(node, ctx):
    """switch(constant c, a, b) -> a or b;  switch(c, a, a) -> a;
    switch(le(Shape_i(x), 0), 0, Shape_i(x)) -> Shape_i(x)."""
    cond, left, right = node.inputs
    out = node.outputs[0]
    c = _constant(cond)
    if c is not None:
        chosen = left if c else right
        if chosen.ndim != out.ndim:
            return None
        if chosen.dtype != out.dtype:
            chosen = T.cast(chosen, out.dtype)
        if chosen.broadcastable != out.broadcastable:
            return None
        return [chosen]
    if left is right:
        return [left] if cond.type == left.type else [T.fill(cond, left)]
    owner = cond.owner
    if scalar_cls(owner) == "LE" and _is_shape(owner.inputs[0]) \
            and _constant(owner.inputs[1]) == 0 and _constant(left) == 0 \
            and right is owner.inputs[0]:
        return [right]
    return None


def _only_shapes(v):
    """Whether ``v`` is made of shapes alone, so never negative: a Shape or Shape_i, or a
    Subtensor, Join or MakeVector of such (Theano's ``investigate``)."""
    stack = [v]
    while stack:
        node = stack.pop().owner
        if node is None:
            return False
        if isinstance(node.op, (Shape, Shape_i)):
            continue
        if isinstance(node.op, Subtensor):
            stack.append(node.inputs[0])
        elif isinstance(node.op, Join):
            stack.extend(node.inputs[1:])
        elif isinstance(node.op, MakeVector):
            stack.extend(node.inputs)
        else:
            return False
    return True


@tracks(Elemwise, families=("LT", "GT", "LE", "GE", "Minimum", "Maximum", "EQ"))
def useless_comparison(node, ctx):
    """lt(x, x) -> 0, le(x, x) -> 1, min(x, x) -> x;  a shape is never negative:
    lt(Shape_i, 0) -> 0, ge(Shape_i, 0) -> 1, max(Shape_i, 0) -> Shape_i,
    min(Shape_i, 0) -> 0, the same for a sum of shapes compared with 0, and
    eq(shape, -n) -> 0 (Reshape's inferred sizes compare its entries with -1)."""
    family = scalar_cls(node)
    a, b = node.inputs
    dtype = node.outputs[0].dtype
    if family == "EQ":
        c = _constant(b)
        if c is not None and c < 0 and _only_shapes(a):
            return [_filled(a, 0, dtype)]
        return None
    if a is b:
        if family in ("LT", "GT"):
            return [_filled(a, 0, dtype)]
        if family in ("LE", "GE"):
            return [_filled(a, 1, dtype)]
        return [a]
    zero_b = _constant(b) == 0
    if family == "LT" and _is_shape(a) and zero_b:
        return [_filled(a, 0, dtype)]
    if family == "GE" and _is_shape(a) and zero_b:
        return [_filled(a, 1, dtype)]
    if family == "Maximum":
        if _is_shape(a) and zero_b:
            return [a]
        if _constant(a) == 0 and _is_shape(b):
            return [b]
    if family == "Minimum":
        if _is_shape(a) and zero_b:
            return [_filled(a, 0, dtype)]
        if _constant(a) == 0 and _is_shape(b):
            return [_filled(b, 0, dtype)]
    if family in ("LT", "GE") and zero_b and scalar_cls(a.owner) == "Add" \
            and all(_is_shape(v) for v in a.owner.inputs):
        return [_filled(a, 0 if family == "LT" else 1, dtype)]
    return None


@tracks(Elemwise, families=("IntDiv",))
def intdiv_by_one(node, ctx):
    """x // 1 -> x (Theano's local_intdiv_by_one)."""
    x, d = node.inputs
    if not isinstance(d, TensorConstant) or not np.all(d.data == 1):
        return None
    out = node.outputs[0]
    return [x if x.dtype == out.dtype else T.cast(x, out.dtype)]


INTEGER = (useless_switch, useless_comparison)  # canonicalize and specialize
CANONICAL_INTEGER = INTEGER + (intdiv_by_one,)  # canonicalize only
