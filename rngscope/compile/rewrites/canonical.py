"""Canonicalisation: constant folding, fills, dimshuffle lifting, algebra (the shape and
reshape rules it also runs are in ``shape``, the reduction rules in ``reductions``).

Each rule is one function with its equation as docstring; it returns the new
outputs or None for "no change".
"""
from __future__ import annotations

import numpy as np

from rngscope.compile.rewrites import reductions, shape
from rngscope.compile.rewrites.algebra import (
    add_canonizer, greedy_distributor, inv_canon, mul_canonizer, mul_zero, pow_canonicalize, zero_div, func_inv,
)
from rngscope.compile.vocabulary import (
    UPCASTING, WRITE_INPUT_0, is_elemwise, is_fill, is_random,
    scalar_cls, tracks,
)
from rngscope.graph.basic import Constant
from rngscope.tensor.blas import Dot
from rngscope.tensor import basic as T
from rngscope.tensor.assert_op import Assert, assert_op
from rngscope.tensor.elemwise import DimShuffle, Elemwise
from rngscope.tensor.alloc import Alloc, AllocEmpty
from rngscope.tensor.shape_ops import MakeVector, Reshape, ScalarConstant, ScalarType, Subtensor
from rngscope.tensor.index_types import SliceType, slice_constant
from rngscope.tensor.static import constant_value
from rngscope.tensor.variable import TensorConstant, constant

__all__ = [
    "CANONICALIZE", "CANONICALIZE_FAST_COMPILE", "canonicalize_alloc", "constant_folding", "dimshuffle_lift", "elemwise_alloc",
    "expm1_rewrite", "fill_sink", "fill_to_alloc", "neg_to_mul", "reshape_lift", "subtensor_make_vector",
    "transpose_through_dot", "upcast_constant_inputs", "useless_alloc", "useless_elemwise",
    "useless_fill",
]


def constant_folding(node, ctx):
    """op(constants...) -> constant, except random ops, AllocEmpty, and an Alloc that is an
    output or that an op will overwrite in place (Theano's Alloc.do_constant_folding)."""
    for i in node.inputs:
        if not isinstance(i, Constant):
            return None
    if is_random(node.op) or isinstance(node.op, AllocEmpty):
        return None
    if isinstance(node.op, Alloc) and any(
            c == "output" or (i == 0 and isinstance(c.op, WRITE_INPUT_0))
            for c, i in ctx.clients(node.outputs[0])):
        return None
    values = node.op.perform(node, [i.data for i in node.inputs])
    outs = []
    for o, v in zip(node.outputs, values):
        if isinstance(o.type, SliceType):
            outs.append(slice_constant(v))
            if outs[-1] is None:  # Theano cannot make this one a SliceConstant
                return None
        elif isinstance(o.type, ScalarType):
            outs.append(ScalarConstant(o.type, np.asarray(v, dtype=o.type.dtype)[()]))
        else:
            outs.append(TensorConstant(o.type, np.asarray(v, dtype=o.type.dtype)))
    return outs


constant_folding.final = True  # Theano's topo_constant_folding, a final optimizer


@tracks(Subtensor)
def subtensor_make_vector(node, ctx):
    """MakeVector(a, b, ...)[k] -> the k-th item (Theano's local_subtensor_make_vector).
    Canonicalize reads Shape(x)[k] in two steps, as Theano does: Shape(x) becomes a
    MakeVector first, so a sum such as n_steps + 1 is reordered while n_steps is still
    that item (1 + n_steps keeps n_steps whole)."""
    src = node.inputs[0].owner
    if src is None or not isinstance(src.op, MakeVector):
        return None
    return shape.subtensor_of_vector(node, ctx)


@tracks(Elemwise, families=UPCASTING, every_elemwise=True)
def upcast_constant_inputs(node, ctx):
    """op(x, c) -> op(x, cast(c)) when op upcasts anyway (Theano's local_upcast_elemwise_constant_inputs)."""
    if scalar_cls(node) not in UPCASTING:
        return None
    out_dtype = node.outputs[0].type.dtype
    for i in node.inputs:
        if i.type.dtype != out_dtype:
            break
    else:
        return None
    new_inputs, changed = [], False
    for i in node.inputs:
        if i.dtype == out_dtype:
            new_inputs.append(i)
            continue
        # a bare constant only (Theano reads it with only_process_constants): a DimShuffle
        # of one waits for constant folding, and the canonizer meets its own dtype
        value = constant_value(i, only_process_constants=True)
        if value is not None and all(i.broadcastable):
            # Theano's shape_padleft(cast(c)): a Cast of a new constant of c's dtype (its
            # constant cache is off while it optimizes), which constant folding folds later
            cast = T.cast(constant(np.asarray(value, dtype=i.dtype)), out_dtype)
            new_inputs.append(DimShuffle((), ("x",) * i.ndim)(cast))
            changed = True
        elif isinstance(i, TensorConstant) and value is None:
            new_inputs.append(T.cast(i, out_dtype))
            changed = True
        else:
            new_inputs.append(i)
    if not changed:
        return None
    out = node.op(*new_inputs)
    if out.type != node.outputs[0].type:
        return None
    return [out]


@tracks(Elemwise)
def fill_sink(node, ctx):
    """f(fill(a, b), c) -> fill(a, f(b, c)) (the fill kept only when types differ)."""
    for i in node.inputs:
        if is_fill(i.owner):
            break
    else:
        return None
    if not isinstance(node.op, Elemwise) or is_fill(node) or node.op.inplace:
        return None
    models, inputs = [], []
    for i in node.inputs:
        if i.owner is not None and is_fill(i.owner):
            models.append(i.owner.inputs[0])
            inputs.append(i.owner.inputs[1])
        else:
            inputs.append(i)
    if not models:
        return None
    out = node.op(*inputs)
    for model in models:
        if model.type != out.type:
            out = T.fill(model, out)
    return [out]


@tracks(Elemwise, families=("Second",))
def fill_to_alloc(node, ctx):
    """fill(s, v) -> v (same type) | cast(v) | alloc(v, *shape(s))."""
    if not is_fill(node):
        return None
    r, v = node.inputs
    out = node.outputs[0]
    if v.type == out.type:
        return [v]
    if v.broadcastable == out.broadcastable:
        return [T.cast(v, out.dtype)]
    if r.broadcastable == out.broadcastable:
        dims = ctx.shape_of(r)
        alloc = Alloc()(T.cast(v, v.dtype), *dims)
        if alloc.dtype == out.dtype and alloc.broadcastable != out.broadcastable:
            # a size 1 the template's type does not know: unbroadcast (Theano's broadcast_like)
            alloc = T.unbroadcast(alloc, *[d for d, (a, o) in enumerate(
                zip(alloc.broadcastable, out.broadcastable)) if a and not o])
        if alloc.type != out.type:
            return None
        return [alloc]
    return None


def _alloc_under(v):
    """The Alloc behind ``v`` (an Alloc or a dimshuffled one), or None."""
    owner = v.owner
    if owner is not None and isinstance(owner.op, DimShuffle):
        owner = owner.inputs[0].owner
    return owner if owner is not None and isinstance(owner.op, Alloc) else None


@tracks(Elemwise, families=("Abs",))
def abs_lift(node, ctx):
    """abs(x * y) -> abs(x) * abs(y);  abs(x / y) -> abs(x) / abs(y) (Theano's
    local_abs_lift, so that the canonizer meets x / abs(x))."""
    inner = node.inputs[0].owner
    if is_elemwise(inner, "Mul"):
        return [T.mul(*[T.abs_(i) for i in inner.inputs])]
    if is_elemwise(inner, "TrueDiv"):
        return [T.true_div(T.abs_(inner.inputs[0]), T.abs_(inner.inputs[1]))]
    return None


_SHAPE_ERROR = ("You have a shape error in your graph. To see a better error message and a "
                "stack trace of where in your code the error is created, use the Theano flags "
                "optimizer=None or optimizer=fast_compile.")


@tracks(Alloc)
def useless_alloc(node, ctx):
    """alloc(x, *shape) -> x when x has the output's type, its sizes unchecked (Theano's
    local_useless_alloc)."""
    x = node.inputs[0]
    return [x] if x.type == node.outputs[0].type else None


@tracks(Alloc)
def canonicalize_alloc(node, ctx):
    """alloc(x, *shape) -> x as useless_alloc; alloc(x, 1, 1, *shape) ->
    alloc(x, *shape).dimshuffle('x', 'x', ...): leading constant sizes 1 beyond x's axes
    become broadcast axes, the alloc itself dropped when x already has the rest's pattern
    (Theano's local_canonicalize_alloc). An Alloc read by another Alloc is left to
    merge_alloc."""
    copy = useless_alloc(node, ctx)
    if copy is not None:
        return copy
    x, out = node.inputs[0], node.outputs[0]
    if any(c != "output" and isinstance(c.op, Alloc) for c, _i in ctx.clients(out)):
        return None
    sizes = node.inputs[1:]
    ones = 0
    for size in sizes[:len(sizes) - x.ndim]:
        if not (isinstance(size, Constant) and np.asarray(size.data).tolist() == 1):
            break
        ones += 1
    rest = sizes[ones:]
    if ones == 0 or len(rest) < x.ndim:
        return None
    inner = x if out.broadcastable[ones:] == x.broadcastable else Alloc()(x, *rest)
    return [DimShuffle(inner.broadcastable, ("x",) * ones + tuple(range(len(rest))))(inner)]


@tracks(Alloc)
def merge_alloc(node, ctx):
    """alloc(alloc(m, y, 1), x, y) -> alloc(m, x, y): the inner sizes, matched from the
    right, are the outer ones or 1; another size is checked equal by an Assert (Theano's
    local_merge_alloc)."""
    inner = node.inputs[0].owner
    if inner is None or not isinstance(inner.op, Alloc):
        return None
    dims = list(node.inputs[1:])
    for k, (d_in, d_out) in enumerate(zip(reversed(inner.inputs[1:]), reversed(node.inputs[1:]))):
        if d_in is d_out or (isinstance(d_in, Constant) and d_in.data == 1):
            continue
        at = len(dims) - 1 - k
        dims[at] = Assert(_SHAPE_ERROR)(d_out, T.eq(d_out, d_in))
    return [T.alloc(inner.inputs[0], *dims)]


@tracks(Elemwise)
def elemwise_alloc(node, ctx):
    """elemwise(alloc(x, shape), y) -> elemwise(x, assert(y, shape == y.shape)) when y has
    the output's pattern (Theano's local_elemwise_alloc): the alloc's sizes that are not
    provably y's become the conditions of an Assert on y, one Assert per alloc removed."""
    out = node.outputs[0]
    if not any(i.broadcastable == out.broadcastable for i in node.inputs):
        return None
    if not any(_alloc_under(i) for i in node.inputs):
        return None
    same = [k for k, i in enumerate(node.inputs) if i.broadcastable == out.broadcastable]
    base = next((k for k in same if _alloc_under(node.inputs[k]) is None), None)
    if base is None:  # only allocs: all but the first of the output's pattern go
        if sum(1 for i in node.inputs if _alloc_under(i)) < 2:
            return None
        base = same[0]
    ref = guarded = node.inputs[base]
    new = []
    for i in node.inputs:
        alloc = _alloc_under(i)
        if alloc is not None and i.owner is alloc:
            if alloc.inputs[0].type == i.type:  # local_useless_alloc's
                new.append(i)
                continue
            conds = _size_conditions(ctx, i, ref)
            if conds:
                guarded = assert_op(guarded, *conds)
            new.append(alloc.inputs[0])
        elif alloc is not None:
            conds = _size_conditions(ctx, i, ref)
            if conds:
                guarded = assert_op(guarded, *conds)
            value = alloc.inputs[0]
            if value.ndim != alloc.outputs[0].ndim:
                value = T.dimshuffle(value, ("x",) * (alloc.outputs[0].ndim - value.ndim)
                                     + tuple(range(value.ndim)))
            new.append(i.owner.op(value))
        else:
            new.append(i)
    new[base] = guarded
    result = node.op(*new)
    return [result] if result.type == out.type else None


# the Assert guarding the sizes keeps no stack trace in Theano (recorded: it raises with
# the hint, not a backtrace)
elemwise_alloc.keeps_site = False


def _size_conditions(ctx, v, ref):
    """``eq(v's size, ref's size)`` for each axis ``v`` is not broadcast on whose sizes are
    not provably equal (Theano's ShapeFeature.same_shape)."""
    sv, sr = ctx.shape_of(v), ctx.shape_of(ref)
    return [T.eq(sv[d], sr[d]) for d in range(v.ndim)
            if not v.broadcastable[d] and not shape.same_size(sv[d], sr[d])]


@tracks(DimShuffle)
def transpose_through_dot(node, ctx):
    """dot(x, y).T -> dot(y.T, x.T) for matrices (Theano's local_lift_transpose_through_dot:
    the transposed product of a tied weight's gradient can then join a gemm)."""
    if node.op.new_order != (1, 0):
        return None
    owner = node.inputs[0].owner
    if owner is None or type(owner.op) is not Dot:
        return None
    x, y = owner.inputs
    if not x.ndim == y.ndim == 2:
        return None
    return [T.dot(T.transpose(y), T.transpose(x))]


@tracks(DimShuffle)
def dimshuffle_lift(node, ctx):
    """DimShuffle(f(x, y)) -> f(DimShuffle(x), DimShuffle(y)), down through every
    elementwise node read only there;  merged/identity shuffles vanish (Theano's
    local_dimshuffle_lift, which lifts the new shuffles again at once)."""
    if not isinstance(node.op, DimShuffle):
        return None
    x = node.inputs[0]
    inode = x.owner
    if not (_liftable(x, ctx) or (inode is not None and isinstance(inode.op, DimShuffle))
            or _useless(node.op.new_order, x)):
        return None
    return [_lift(x, node.op.new_order, ctx)]


def _liftable(x, ctx):
    """Whether a shuffle of ``x`` moves below its elementwise node (its only reader)."""
    inode = x.owner
    return (inode is not None and isinstance(inode.op, Elemwise) and not inode.op.inplace
            and len(ctx.clients(x)) == 1)


def _lift(x, order, ctx):
    """DimShuffle{order}(x) with the shuffle lifted as far as it goes (iterative: a
    stack of visits and of elementwise nodes to rebuild on the lifted inputs)."""
    tasks = [("visit", x, order)]
    values = []
    while tasks:
        task = tasks.pop()
        if task[0] == "build":
            _kind, op, n = task
            args = values[len(values) - n:]
            del values[len(values) - n:]
            values.append(op(*args))
            continue
        _kind, x, order = task
        inode = x.owner
        if _liftable(x, ctx):
            tasks.append(("build", inode.op, len(inode.inputs)))
            tasks.extend(("visit", i, order) for i in reversed(inode.inputs))
            continue
        if inode is not None and isinstance(inode.op, DimShuffle):
            order = tuple("x" if d == "x" else inode.op.new_order[d] for d in order)
            x = inode.inputs[0]
            if not _useless(order, x):
                tasks.append(("visit", x, order))
                continue
        if _useless(order, x):
            values.append(x)
        else:
            values.append(DimShuffle(x.broadcastable, tuple(order))(x))
    return values[0]


def _useless(order, x):
    """Theano's is_dimshuffle_useless: the same rank, every axis kept in place or a
    broadcastable axis swapped for a new one ('x') or another broadcastable one."""
    if len(order) != x.ndim:
        return False
    loose = {i for i, b in enumerate(x.broadcastable) if b} | {"x"}
    return all(d == i or (i in loose and d in loose) for i, d in enumerate(order))


@tracks(Elemwise, families=("Sub",), every_elemwise=True)
def expm1_rewrite(node, ctx):
    """exp(x) - 1 -> expm1(x) (Theano's local_expm1, which meets sub before the canonizer does)."""
    if scalar_cls(node) != "Sub":
        return None
    a, b = node.inputs
    if scalar_cls(a.owner) != "Exp":
        return None
    one = constant_value(b)
    if one is None or not (np.asarray(one) == 1).all():
        return None
    new = T.expm1(a.owner.inputs[0])
    out = node.outputs[0]
    if new.dtype != out.dtype:
        new = T.cast(new, out.dtype)
    return [new] if new.type == out.type else None


@tracks(Reshape)
def reshape_lift(node, ctx):
    """Reshape(f(x)) -> f(Reshape(x)) for a one-input elementwise f (Theano's
    local_reshape_lift, so that sigmoid(z).flatten() meets log and 1 - as a sigmoid)."""
    inner = node.inputs[0].owner
    if inner is None or not isinstance(inner.op, Elemwise) or len(inner.inputs) != 1:
        return None
    new = inner.op(node.op(inner.inputs[0], node.inputs[1]))
    out = node.outputs[0]
    if new.type != out.type:
        new = T.patternbroadcast(new, out.broadcastable)
    return [new] if new.type == out.type else None


@tracks(Elemwise, families=("Neg",))
def neg_to_mul(node, ctx):
    """neg(x) -> mul(-1, x), so the canonizer can merge the sign with other constants
    (Theano's local_neg_to_mul; specialize turns a lone mul(-1, x) back into neg)."""
    x = node.inputs[0]
    return [T.mul(np.array(-1, dtype=x.dtype), x)]


@tracks(Elemwise, families=("Add", "Mul", "Identity", "EQ", "NEQ", "AND", "OR", "XOR"), every_elemwise=True)
def useless_elemwise(node, ctx):
    """add(x) -> x;  mul(x) -> x;  identity(x) -> x;  eq(x, x) -> ones_like(x);
    neq(x, x) -> zeros_like(x);  and(x, 0) -> zeros_like(x);  and(x, 1) -> x (bool);
    or(x, 0) -> x;  or(x, 1) -> ones_like(x) (bool);  xor(x, x) -> zeros_like(x)."""
    family = scalar_cls(node)
    out = node.outputs[0]
    if family in ("Add", "Mul", "Identity") and len(node.inputs) == 1:
        x = node.inputs[0]
        if x.type == out.type or family == "Identity":
            return [x]
    if family in ("EQ", "NEQ") and len(node.inputs) == 2 and node.inputs[0] is node.inputs[1]:
        value = constant(1 if family == "EQ" else 0, dtype=out.dtype)
        new = value if value.type == out.type else T.fill(node.inputs[0], value)
        return [new] if new.type == out.type else None
    if family in ("AND", "OR") and len(node.inputs) == 2:
        for k in (0, 1):
            value = _constant_operand(node.inputs[k])
            if value is None:
                continue
            other = node.inputs[1 - k]
            if (value == 0) == (family == "AND"):  # and(x, 0), or(x, 1)
                if value != 0 and out.dtype != "bool":
                    return None  # a bitwise or
                return [_like(other, int(value != 0), out.dtype)]
            if value != 0 and out.dtype != "bool":
                return None  # a bitwise and
            return [T.cast(other, out.dtype)]
    if family == "XOR" and len(node.inputs) == 2 and node.inputs[0] is node.inputs[1]:
        return [_like(node.inputs[0], 0, out.dtype)]
    return None


def _constant_operand(v):
    """A constant operand's one value (Theano's extract_constant of constants only)."""
    return v.scalar_value() if isinstance(v, TensorConstant) else None


def _like(model, value, dtype):
    """Theano's zeros_like / ones_like(model, dtype, opt=True): the constant when it has
    the model's type, else fill(model, constant)."""
    c = constant(value, dtype=dtype)
    return c if c.type == model.type else T.fill(model, c)


@tracks(Elemwise, families=("Second",))
def useless_fill(node, ctx):
    """fill(s, v) -> v when v already has the output's type (Theano's local_useless_fill)."""
    value = node.inputs[1]
    return [value] if value.type == node.outputs[0].type else None


CANONICALIZE = (
    shape.shape_to_shape_i, shape.shape_i_lift, subtensor_make_vector,
    shape.subtensor_slice_of_vector, shape.subtensor_merge, shape.subtensor_lift, constant_folding,
    shape.subtensor_of_set_subtensor, expm1_rewrite, neg_to_mul, mul_canonizer, inv_canon, add_canonizer,
    greedy_distributor, mul_zero, zero_div, pow_canonicalize, func_inv,
    upcast_constant_inputs, fill_sink, useless_fill, transpose_through_dot, dimshuffle_lift, useless_elemwise,
    reductions.sum_div_dimshuffle, reductions.sum_all_to_none, reductions.sum_of_sum, shape.reshape_chain, shape.reshape_to_dimshuffle, shape.useless_reshape,
    shape.inc_subtensor_of_alloc, shape.join_make_vector, shape.join_one,
    reductions.reduce_broadcastable, useless_alloc, canonicalize_alloc, merge_alloc, abs_lift,
)

# What Theano's FAST_COMPILE keeps of canonicalize: the rules tagged 'fast_compile'.
CANONICALIZE_FAST_COMPILE = (
    constant_folding, shape.subtensor_lift, useless_fill, useless_elemwise,
)
