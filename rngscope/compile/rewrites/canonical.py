"""Canonicalisation: constant folding, fills, dimshuffle lifting, reductions, algebra
(the shape and reshape rules it also runs are in ``shape``).

Each rule is one function with its equation as docstring; it returns the new
outputs or None for "no change".
"""
from __future__ import annotations

from functools import reduce

import numpy as np

from rngscope.compile.rewrites import shape
from rngscope.compile.vocabulary import (
    ADD_FAMILY, MUL_FAMILY, UPCASTING, WRITE_INPUT_0, is_elemwise, is_fill, is_random,
    scalar_cls, tracks,
)
from rngscope.graph.basic import Constant
from rngscope.graph.types import upcast
from rngscope.tensor.blas import Dot
from rngscope.tensor import basic as T
from rngscope.tensor.elemwise import DimShuffle, Elemwise, Prod, Reduce, Sum, make_prod, make_sum
from rngscope.tensor.shape_ops import (
    Alloc, AllocEmpty, MakeVector, ScalarConstant, ScalarType, Subtensor,
)
from rngscope.tensor.static import constant_value
from rngscope.tensor.variable import TensorConstant, constant

__all__ = [
    "add_calculate", "add_canonizer", "CANONICALIZE", "CANONICALIZE_FAST_COMPILE", "Canonizer",
    "constant_folding", "dimshuffle_lift", "elemwise_alloc", "expm1_rewrite", "fill_sink", "fill_to_alloc", "greedy_distributor",
    "leaf_constant", "mul_calculate", "mul_canonizer", "mul_zero", "neg_to_mul", "pow_canonicalize", "reduce_broadcastable",
    "subtensor_make_vector", "sum_all_to_none", "sum_div_dimshuffle", "sum_of_sum", "transpose_through_dot", "upcast_constant_inputs", "useless_elemwise", "useless_fill",
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
        if isinstance(o.type, ScalarType):
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
        value = constant_value(i) if isinstance(i, TensorConstant) or _dimshuffled_constant(i) else None
        if value is not None and all(i.broadcastable):
            # the folded form of DimShuffle{x,...}(cast(c)), built directly
            new_inputs.append(constant(np.asarray(value).astype(out_dtype).reshape((1,) * i.ndim)))
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


def _dimshuffled_constant(v):
    while v.owner is not None and isinstance(v.owner.op, DimShuffle):
        v = v.owner.inputs[0]
    return isinstance(v, TensorConstant)


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


@tracks(Elemwise)
def elemwise_alloc(node, ctx):
    """elemwise(alloc(x, shape), y) -> elemwise(x, y) when y has the output's pattern and,
    provably, the alloc's size (Theano's local_elemwise_alloc; where Theano cannot prove
    the sizes equal it adds an Assert, which rngscope does not: such an alloc is left)."""
    out = node.outputs[0]
    if len(node.outputs) != 1 or not any(_alloc_under(i) for i in node.inputs):
        return None
    same = [k for k, i in enumerate(node.inputs) if i.broadcastable == out.broadcastable]
    if not same:
        return None
    base = next((k for k in same if _alloc_under(node.inputs[k]) is None), None)
    if base is None:
        if sum(1 for i in node.inputs if _alloc_under(i)) < 2:
            return None
        base = same[0]
    ref = node.inputs[base]
    new = []
    for k, i in enumerate(node.inputs):
        alloc = _alloc_under(i)
        if alloc is None or (i.owner is alloc and alloc.inputs[0].type == i.type):
            new.append(i)
            continue
        if k != base and not _same_sizes(ctx, i, ref):
            return None
        value = alloc.inputs[0]
        if i.owner is alloc:
            new.append(value)
            continue
        if value.ndim != alloc.outputs[0].ndim:
            value = T.dimshuffle(value, ("x",) * (alloc.outputs[0].ndim - value.ndim)
                                 + tuple(range(value.ndim)))
        new.append(i.owner.op(value))
    result = node.op(*new)
    return [result] if result.type == out.type else None


def _same_sizes(ctx, a, b):
    """Whether ``a`` and ``b`` have provably the same size on every axis ``a`` is not
    broadcast on (the same shape graph)."""
    sa, sb = ctx.shape_of(a), ctx.shape_of(b)
    return all(a.broadcastable[d] or ctx.same_dim(sa[d], sb[d]) for d in range(a.ndim))


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


@tracks(Elemwise, families=("Neg",))
def neg_to_mul(node, ctx):
    """neg(x) -> mul(-1, x), so the canonizer can merge the sign with other constants
    (Theano's local_neg_to_mul; specialize turns a lone mul(-1, x) back into neg)."""
    x = node.inputs[0]
    return [T.mul(np.array(-1, dtype=x.dtype), x)]


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


@tracks(Elemwise, families=("Add", "Mul", "EQ", "NEQ"), every_elemwise=True)
def useless_elemwise(node, ctx):
    """add(x) -> x;  mul(x) -> x;  eq(x, x) -> ones_like(x);  neq(x, x) -> zeros_like(x)."""
    if is_elemwise(node, "Add", "Mul") and len(node.inputs) == 1:
        x = node.inputs[0]
        if x.type == node.outputs[0].type:
            return [x]
    if is_elemwise(node, "EQ", "NEQ") and len(node.inputs) == 2 and node.inputs[0] is node.inputs[1]:
        out = node.outputs[0]
        value = constant(1 if scalar_cls(node) == "EQ" else 0, dtype=out.dtype)
        new = value if value.type == out.type else T.fill(node.inputs[0], value)
        return [new] if new.type == out.type else None
    return None


@tracks(Elemwise, families=("Second",))
def useless_fill(node, ctx):
    """fill(s, v) -> v when v already has the output's type (Theano's local_useless_fill)."""
    value = node.inputs[1]
    return [value] if value.type == node.outputs[0].type else None


# ---------------------------------------------------------------- algebra


class Canonizer:
    """Theano's AlgebraicCanonizer for one family (main, inverse, reciprocal)."""

    ops = (Elemwise,)

    def __init__(self, family, main, inverse, reciprocal, calculate, use_reciprocal, neutral):
        self.neutral = neutral
        self.family = family
        self.families = frozenset(family)  # the driver offers only these nodes
        self.main, self.inverse, self.reciprocal = main, inverse, reciprocal
        self.calculate = calculate
        self.use_reciprocal = use_reciprocal

    def __call__(self, node, ctx):
        if scalar_cls(node) not in self.family:
            return None
        out = node.outputs[0]
        if self._feeds_family(out, ctx):
            return None  # the topmost node of the family rewrites the whole tree
        orig_num, orig_denum = self.num_denum(out)
        if self._canonical(orig_num, orig_denum, out.type.dtype):
            return None
        num, denum = self.simplify(list(orig_num), list(orig_denum), out.type)
        if _same(orig_num, num) and _same(orig_denum, denum):
            return None
        new = self.merge(num, denum)
        if new.dtype != out.dtype:
            new = T.cast(new, out.dtype)
        if new.type != out.type:
            for i in node.inputs:
                new = T.fill(i, new)
        if new.type != out.type:
            return None
        return [new]

    def _feeds_family(self, out, ctx):
        """Whether a reader of ``out`` (through DimShuffles read once) is in the family."""
        for client, _i in ctx.clients(out):
            if client == "output":
                continue
            while isinstance(client.op, DimShuffle) and ctx.n_clients(client.outputs[0]) <= 1:
                nxt = ctx.clients(client.outputs[0])
                if not nxt or nxt[0][0] == "output":
                    break
                client = nxt[0][0]
            if type(client.op) is Elemwise and client.op.family in self.families:
                return True
        return False

    def _canonical(self, num, denum, dtype):
        """Whether ``simplify`` would return (num, denum) unchanged: no factor on both sides,
        and no constant leaf, or a single one already first, of the output dtype and not
        the neutral element (Theano's "already simplified" case)."""
        for v in num:
            for d in denum:
                if v is d:
                    return False
        for v in denum:
            if isinstance(v, TensorConstant) and v.scalar_value() is not None:
                return False
        for v in num[1:]:
            if isinstance(v, TensorConstant) and v.scalar_value() is not None:
                return False
        first = num[0].scalar_value() if num and isinstance(num[0], TensorConstant) else None
        return first is None or (first.dtype == dtype and not bool(first == self.neutral))

    def num_denum(self, var):
        """(numerator, denominator) leaves, walking the family iteratively."""
        # Each frame: (variable, flipped); leaves go to num (or denum when flipped).
        num, denum = [], []
        main, inverse = self.family[0], self.family[1]
        family = self.families
        stack = [(var, False)]
        pop, push = stack.pop, stack.append
        while stack:
            v, flip = pop()
            node = v.owner
            if node is not None:
                op = node.op
                if type(op) is Elemwise:
                    cls = op.family
                    if cls in family:
                        inputs = node.inputs
                        if cls == main:
                            for i in reversed(inputs):
                                push((i, flip))
                        elif cls == inverse:
                            push((inputs[1], not flip))
                            push((inputs[0], flip))
                        else:
                            push((inputs[0], not flip))
                        continue
                elif isinstance(op, DimShuffle) and op.pads_left:
                    push((node.inputs[0], flip))
                    continue
            (denum if flip else num).append(v)
        return num, denum

    def simplify(self, num, denum, out_type):
        if denum:
            for v in list(num):
                if any(v is d for d in denum):
                    num.remove(v)
                    denum.remove(v)
        return self.simplify_constants(num, denum, out_type)

    def simplify_constants(self, orig_num, orig_denum, out_type):
        num, numct = _split_constants(orig_num)
        denum, denumct = _split_constants(orig_denum)
        dtype = out_type.dtype
        first = leaf_constant(orig_num[0]) if orig_num else None
        if len(numct) == 1 and not denumct and first is not None and (
                first.dtype == dtype and not bool(first == self.neutral)):
            return orig_num, orig_denum  # the lone constant is already first: no change
        if self.use_reciprocal or num:
            raw = self.calculate(numct, denumct, True, dtype)
        else:
            raw = [self.calculate(numct, denumct, False, dtype)]
        if num and out_type.ndim:
            # What Elemwise's DimShuffle{x,...} plus constant folding would make of it, directly.
            ones = (1,) * out_type.ndim
            return [constant(np.asarray(c, dtype=dtype).reshape(ones)) for c in raw] + num, denum
        return [constant(np.asarray(c), dtype=dtype) for c in raw] + num, denum

    def merge(self, num, denum):
        if not num and not denum:
            return T.as_tensor_variable(self.calculate([], [], False, None))
        if not num:
            if self.use_reciprocal:
                return self.reciprocal(self.merge(denum, []))
            num = [T.as_tensor_variable(self.calculate([], [], False, None))]
        if not denum:
            return num[0] if len(num) == 1 else self.main(*num)
        return self.inverse(self.merge(num, []), self.merge(denum, []))


def leaf_constant(v):
    """The canonizer's constants: only actual constants (0-d, or all elements equal), as in
    Theano's AlgebraicCanonizer.get_constant -- not casts, fills or allocs of them."""
    return v.scalar_value() if isinstance(v, TensorConstant) else None


def _split_constants(leaves):
    """(the non-constant leaves, the values of the constant ones), each in order."""
    rest, values = [], []
    for v in leaves:
        ct = v.scalar_value() if isinstance(v, TensorConstant) else None
        if ct is None:
            rest.append(v)
        else:
            values.append(ct)
    return rest, values


def _same(a, b):
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))


def mul_calculate(num, denum, aslist, dtype):
    if not num and not denum:
        return [] if aslist else np.int8(1)
    if dtype is None:
        dtype = upcast(*[np.asarray(v).dtype for v in num + denum])
    one = np.asarray(1, dtype=dtype)
    v = reduce(np.multiply, num, one) / reduce(np.multiply, denum, one)
    if aslist:
        return [] if bool(v == 1) else [v]  # v is 0-d: constants are single values
    return v


def add_calculate(num, denum, aslist, dtype):
    zero = 0.0 if dtype is None else np.asarray(0, dtype=dtype)
    v = reduce(np.add, num, zero) - reduce(np.add, denum, zero)
    if aslist:
        return [] if bool(v == 0) else [v]
    return v


mul_canonizer = Canonizer(MUL_FAMILY, T.mul, T.true_div, T.inv, mul_calculate, False, 1)
add_canonizer = Canonizer(ADD_FAMILY, T.add, T.sub, T.neg, add_calculate, True, 0)


DIV_COST = 1.5  # a division counts as this many multiplications (Theano's weighting)


def _distribute_greedy(pos_pairs, neg_pairs, num, denum, out_type):
    """Multiply ``num`` / divide ``denum`` into every term of a sum, given as (num, denum)
    pairs, when that saves operations: (applied, new positive pairs, new negative pairs)."""
    score = len(num) + DIV_COST * len(denum)
    new_pos = [mul_canonizer.simplify(n + num, d + denum, out_type) for n, d in pos_pairs]
    new_neg = [mul_canonizer.simplify(n + num, d + denum, out_type) for n, d in neg_pairs]
    for (n, d), (nn, dd) in zip(pos_pairs + neg_pairs, new_pos + new_neg):
        score += len(n) + DIV_COST * len(d) - len(nn) - DIV_COST * len(dd)
    if score <= 0:
        return False, pos_pairs, neg_pairs
    return True, new_pos, new_neg


def _attempt_distribution(factor, num, denum, out_type):
    """Distribute the factors of ``num`` / ``denum`` into the sum ``factor`` where it pays:
    (changed, the new factor, the factors left in num, those left in denum)."""
    pos, neg = add_canonizer.num_denum(factor)
    if len(pos) == 1 and not neg:
        return False, factor, num, denum
    pos_pairs = [mul_canonizer.num_denum(t) for t in pos]
    neg_pairs = [mul_canonizer.num_denum(t) for t in neg]
    change = False
    for n in list(num):
        ok, pos_pairs, neg_pairs = _distribute_greedy(pos_pairs, neg_pairs, [n], [], out_type)
        if ok:
            change = True
            _remove(num, n)
    for d in list(denum):
        ok, pos_pairs, neg_pairs = _distribute_greedy(pos_pairs, neg_pairs, [], [d], out_type)
        if ok:
            change = True
            _remove(denum, d)
    if not change:
        return False, factor, num, denum
    new = add_canonizer.merge([mul_canonizer.merge(n, d) for n, d in pos_pairs],
                              [mul_canonizer.merge(n, d) for n, d in neg_pairs])
    return True, new, num, denum


def _remove(items, v):
    del items[next(k for k, e in enumerate(items) if e is v)]


@tracks(Elemwise, families=MUL_FAMILY)
def greedy_distributor(node, ctx):
    """(a/x + b/y) * x * y -> a*y + b*x; (a/x + b) * x -> a + b*x: a product distributed
    into a sum when that saves multiplications (a division counting 1.5)."""
    out = node.outputs[0]
    num, denum = mul_canonizer.num_denum(out)
    if len(num) == 1 and not denum:
        return None
    new_num, new_denum, change = [], [], False
    for candidate in list(num):
        if not any(candidate is v for v in num):
            continue
        _remove(num, candidate)
        changed, candidate, num, denum = _attempt_distribution(candidate, num, denum, out.type)
        change |= changed
        new_num.append(candidate)
    for candidate in list(denum):
        if not any(candidate is v for v in denum):
            continue
        _remove(denum, candidate)
        changed, candidate, denum, num = _attempt_distribution(candidate, denum, num, out.type)
        change |= changed
        new_denum.append(candidate)
    if not change:
        return None
    new = mul_canonizer.merge(new_num + num, new_denum + denum)
    return [new] if new.type == out.type else None


@tracks(Elemwise, families=("Mul",))
def mul_zero(node, ctx):
    """mul(0, x) -> fill(x, 0) (Theano's local_mul_zero; the fill keeps the shape)."""
    if scalar_cls(node) != "Mul":
        return None
    out = node.outputs[0]
    for i in node.inputs:
        value = constant_value(i)
        if value is not None and value.ndim == 0 and value == 0:
            new = constant(np.asarray(0, dtype=out.dtype))
            for j in node.inputs:
                new = T.fill(j, new)
            return [new] if new.type == out.type else None
    return None


@tracks(Elemwise, families=("Pow",))
def pow_canonicalize(node, ctx):
    """x ** 0 -> 1; x ** 1 -> x (broadcast to the output's type)."""
    x, y = node.inputs
    c = constant_value(y)
    if c is None or not all(y.broadcastable) or not (bool(c == 0) or bool(c == 1)):
        return None
    out = node.outputs[0]
    new = x if bool(c == 1) else T.as_tensor_variable(np.asarray(1, dtype=out.dtype))
    if new.dtype != out.dtype:
        new = T.cast(new, out.dtype)
    if new.type != out.type:
        new = T.alloc(new, *ctx.shape_of(out))
        loose = [k for k, b in enumerate(new.broadcastable) if b and not out.broadcastable[k]]
        if loose:
            new = T.unbroadcast(new, *loose)
    return [new] if new.type == out.type else None


CANONICALIZE = (
    shape.shape_to_shape_i, shape.shape_i_lift, subtensor_make_vector,
    shape.subtensor_slice_of_vector, shape.subtensor_merge, shape.subtensor_lift, constant_folding,
    shape.subtensor_of_set_subtensor, expm1_rewrite, neg_to_mul, mul_canonizer, add_canonizer,
    greedy_distributor, mul_zero, pow_canonicalize,
    upcast_constant_inputs, fill_sink, useless_fill, transpose_through_dot, dimshuffle_lift, useless_elemwise,
    sum_div_dimshuffle, sum_all_to_none, sum_of_sum, shape.reshape_chain, shape.reshape_to_dimshuffle, shape.useless_reshape,
    shape.inc_subtensor_of_alloc, shape.join_make_vector, shape.join_one,
    reduce_broadcastable,
)

# What Theano's FAST_COMPILE keeps of canonicalize: the rules tagged 'fast_compile'.
CANONICALIZE_FAST_COMPILE = (
    constant_folding, shape.subtensor_lift, useless_fill, useless_elemwise,
)
