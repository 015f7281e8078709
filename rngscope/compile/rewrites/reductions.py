"""Reductions: a Sum/Prod/Reduce rewritten from what it reduces (broadcastable axes, axes
that name every dimension, a sum of a sum, a division or a scalar factor moved out).

Each rule is one function with its equation as docstring; it returns the new outputs or None.
"""
from __future__ import annotations

import numpy as np

from rngscope.compile.vocabulary import is_elemwise, scalar_cls, tracks
from rngscope.tensor import basic as T
from rngscope.tensor.elemwise import DimShuffle, Prod, Reduce, Sum, make_prod, make_sum
from rngscope.tensor.alloc import Alloc
from rngscope.tensor.variable import TensorConstant, constant

__all__ = [
    "reduce_broadcastable", "useless_reduce", "reduce_of_alloc", "sum_all_to_none", "sum_div_dimshuffle", "sum_of_sum", "sum_prod_mul_by_scalar",
]


@tracks(Sum, Reduce)
def useless_reduce(node, ctx):
    """Sum(a, axis=[]) -> a: a reduction whose output has its input's type reduces nothing
    (a 0-d mean's Sum; Theano's local_useless_reduce, in its 'useless' pass and in
    canonicalize). Its name passes to ``a`` when ``a`` has none, as any replacement's does."""
    x = node.inputs[0]
    return [x] if x.type == node.outputs[0].type else None


@tracks(Sum, Reduce)
def reduce_broadcastable(node, ctx):
    """A reduction over broadcastable (length-1) axes drops them: the input is dimshuffled
    without them, and a reduction left with no axis is gone (Theano's
    local_reduce_broadcastable; like Theano's, a rebuilt Sum/Prod takes default dtypes)."""
    x = node.inputs[0]
    out = node.outputs[0]
    axis = node.op.axis
    if axis is None:
        if not all(x.broadcastable):
            return None
        new = DimShuffle(x.broadcastable, ())(x) if x.ndim else x
        return [new if new.dtype == out.dtype else T.cast(new, out.dtype)]
    cut = [a for a in axis if x.broadcastable[a]]
    if not cut:
        return None
    new_axis, pattern = [], []
    for p in range(x.ndim):
        if p not in cut:
            if p in axis:
                new_axis.append(len(pattern))
            pattern.append(p)
    reduced = DimShuffle(x.broadcastable, tuple(pattern))(x)
    if not new_axis:
        return [reduced if reduced.dtype == out.dtype else T.cast(reduced, out.dtype)]
    if isinstance(node.op, Reduce):
        return [Reduce(node.op.scalar_op, tuple(new_axis))(reduced)]
    defaults = make_sum(reduced, tuple(new_axis))
    return [type(node.op)(tuple(new_axis), defaults.acc_dtype, defaults.dtype)(reduced)]


@tracks(Sum)
def sum_all_to_none(node, ctx):
    """Sum/Prod over every axis named -> over None (Theano's local_sum_prod_all_to_none:
    the accumulator back to its default)."""
    x = node.inputs[0]
    if node.op.axis is None or tuple(node.op.axis) != tuple(range(x.ndim)):
        return None
    maker = make_prod if isinstance(node.op, Prod) else make_sum
    return [maker(x, None, dtype=node.op.dtype)(x)]


@tracks(Sum)
def sum_div_dimshuffle(node, ctx):
    """sum(a / dimshuffle(b), axis) -> sum(a, axis) / b over the axes b is broadcast on;
    prod likewise, dividing by b ** (their size) (Theano's local_sum_prod_div_dimshuffle)."""
    x = node.inputs[0]
    if not is_elemwise(x.owner, "TrueDiv"):
        return None
    numerator, denominator = x.owner.inputs
    if denominator.owner is None or not isinstance(denominator.owner.op, DimShuffle):
        return None
    source = denominator.owner.inputs[0]
    order = denominator.owner.op.new_order
    axes = list(range(x.ndim)) if node.op.axis is None else list(node.op.axis)
    compatible = [a for a in axes if a < len(order) and order[a] == "x"]
    if not compatible:
        return None
    others = [a - sum(1 for c in compatible if c < a) for a in axes if a not in compatible]
    kept = [a for k, a in enumerate(order) if k not in axes or a != "x"]
    while kept and kept[0] == "x":
        del kept[0]
    if all(k == a for k, a in enumerate(kept)):
        shuffled = source
    else:
        shuffled = DimShuffle(source.broadcastable, tuple(kept))(source)
    if isinstance(node.op, Prod):
        count = T.prod(T.stack([T.cast(T.shape(numerator)[a], numerator.dtype) for a in compatible]))
        out = T.true_div(T.prod(numerator, axis=compatible), T.pow(shuffled, count))
        if others:
            out = T.prod(out, axis=others)
    else:
        out = T.true_div(T.sum(numerator, axis=compatible), shuffled)
        if others:
            out = T.sum(out, axis=others)
    return [out] if out.type == node.outputs[0].type else None


@tracks(Sum)
def sum_of_sum(node, ctx):
    """sum(sum(x, axis=a), axis=b) -> sum(x, axis=a + b) when the inner sum is read only here."""
    x = node.inputs[0]
    inner = x.owner
    if inner is None or not isinstance(inner.op, Sum) or ctx.n_clients(x) != 1:
        return None
    source = inner.inputs[0]
    if inner.op.axis is None or node.op.axis is None:
        axes = None
    else:
        axes = list(inner.op.axis)
        for i in node.op.axis:
            for ii in inner.op.axis:
                if i >= ii:
                    i += 1
            axes.append(i)
    return [make_sum(source, None if axes is None else tuple(axes), dtype=node.op.dtype)(source)]


@tracks(Sum)
def sum_prod_mul_by_scalar(node, ctx):
    """sum(s * x) -> s * sum(x);  prod(s * x) -> s ** size(x) * prod(x);  sum(-x) -> -sum(x)
    (Theano's local_sum_prod_mul_by_scalar; Prod is a Sum subclass here)."""
    x = node.inputs[0]
    cls = scalar_cls(x.owner)
    if cls == "Neg":
        return [T.neg(node.op(x.owner.inputs[0]))]
    if cls != "Mul":
        return None
    terms = x.owner.inputs
    # t.dimshuffle() as Theano writes it, a constant's too: constant folding folds it
    # later, and the constant it makes is one the merges meet (compile/merge_constants.py)
    scalars = [t if t.ndim == 0 else DimShuffle(t.broadcastable, ())(t)
               for t in terms if all(t.broadcastable)]
    if not scalars:
        return None
    rest = [t for t in terms if not all(t.broadcastable)]
    if not rest:
        return [T.mul(*scalars)] if len(scalars) > 1 else scalars
    inner = rest[0] if len(rest) == 1 else T.mul(*rest)
    reduced = node.op(inner)
    if isinstance(node.op, Prod):
        size = T.prod(T.shape(inner))
        scalars = [T.pow(sc, size) for sc in scalars]
    out = T.mul(*(scalars + [reduced]))
    return [out] if out.type == node.outputs[0].type else None


@tracks(Sum)  # and Prod, a Sum
def reduce_of_alloc(node, ctx):
    """sum(alloc(c, n, m)) -> c * (n * m);  prod(alloc(c, n, m)) -> c ** (n * m);  over some
    axes, an alloc of that over the others (Theano's local_opt_alloc: c a constant of one
    element, the sizes in float32 for a float16/32 c)."""
    alloc = node.inputs[0].owner
    if alloc is None or not isinstance(alloc.op, Alloc):
        return None
    value, shapes = alloc.inputs[0], alloc.inputs[1:]
    if not isinstance(value, TensorConstant) or value.data.size != 1:
        return None
    c = constant(np.asarray(value.data.reshape(1)[0]))
    axis = node.op.axis
    reduced = shapes if axis is None else [s for k, s in enumerate(shapes) if k in axis]
    new = c
    if reduced:
        size = reduced[0] if len(reduced) == 1 else T.mul(*reduced)
        if value.dtype in ("float16", "float32"):
            size = T.cast(size, "float32")  # no float64 upcast of a float32 sum
        new = T.pow(c, size) if isinstance(node.op, Prod) else T.mul(c, size)
    new = T.cast(new, node.outputs[0].dtype)
    if len(reduced) == len(shapes):
        return [new]
    return [T.alloc(new, *[s for k, s in enumerate(shapes) if k not in axis])]
