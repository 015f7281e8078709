"""Stabilisation, specialisation and uncanonicalisation rewrites (BLAS is in ``blas``, the
reduction rules in ``reductions``)."""
from __future__ import annotations

import numpy as np

from rngscope.compile.rewrites import canonical, reductions
from rngscope.compile.rewrites.algebra import broadcast_like, func_inv, zero_div
from rngscope.compile.rewrites.nnet import skip_mul_1
from rngscope.compile.vocabulary import is_elemwise, scalar_cls, tracks
from rngscope.tensor import basic as T
from rngscope.tensor import scalar as scal
from rngscope.tensor.elemwise import DimShuffle, Elemwise, Reduce, Sum
from rngscope.tensor.scalar import Composite
from rngscope.tensor.alloc import Alloc
from rngscope.tensor.static import constant_value
from rngscope.tensor.variable import TensorConstant, constant

__all__ = [
    "add_specialize", "alloc_dimshuffle", "div_to_inv", "func_inv", "log1p_rewrite", "log_sigmoid_rewrite",
    "log_sum_exp", "max_to_min", "mul_specialize", "mul_to_sqr", "neg_div_neg", "pow_specialize",
    "pow_specialize_device", "softplus_rewrite", "sub_zeros", "SPECIALIZE", "SPECIALIZE_DEVICE", "STABILIZE", "UNCANONICALIZE",
]


def _const_is(v, value):
    """Whether ``v`` is a constant holding ``value`` (Theano's local_log1p reads constants
    only)."""
    c = constant_value(v, only_process_constants=True)
    return c is not None and np.all(c == value)


@tracks(Elemwise, families=("Log",))
def log1p_rewrite(node, ctx):
    """log(1 + x) -> log1p(x); log(1 - x) -> log1p(-x)."""
    if not is_elemwise(node, "Log"):
        return None
    inner = node.inputs[0].owner
    if is_elemwise(inner, "Sub") and _const_is(inner.inputs[0], 1):
        other = inner.inputs[1]
        if other.dtype != inner.outputs[0].dtype:
            other = T.cast(other, inner.outputs[0].dtype)
        out = T.log1p(T.neg(other))
        return [out] if out.type == node.outputs[0].type else None
    if not is_elemwise(inner, "Add"):
        return None
    ones = [i for i in inner.inputs if _const_is(i, 1)]
    if not ones:
        return None
    rest = list(inner.inputs)
    rest.remove(ones[0])
    if not rest:
        return None
    x = rest[0] if len(rest) == 1 else T.add(*rest)
    out = T.log1p(x)
    return [out] if out.type == node.outputs[0].type else None


@tracks(Elemwise, families=("Log1p",))
def softplus_rewrite(node, ctx):
    """log1p(exp(x)) -> softplus(x)."""
    if not is_elemwise(node, "Log1p"):
        return None
    inner = node.inputs[0].owner
    if not is_elemwise(inner, "Exp"):
        return None
    out = T.softplus(inner.inputs[0])
    return [out] if out.type == node.outputs[0].type else None


@tracks(Elemwise, families=("Log",))
def log_sigmoid_rewrite(node, ctx):
    """log(sigmoid(x)) -> -softplus(-x) (a product by 1 is looked through)."""
    if not is_elemwise(node, "Log"):
        return None
    inner = skip_mul_1(node.inputs[0]).owner
    if scalar_cls(inner) != "ScalarSigmoid":
        return None
    out = T.neg(T.softplus(T.neg(inner.inputs[0])))
    return [out] if out.type == node.outputs[0].type else None


STABILIZE = (log1p_rewrite, softplus_rewrite, log_sigmoid_rewrite)


def log_sum_exp(fg):
    """log(sum(exp(x), axis)) -> max(x, axis) + log(sum(exp(x - max), axis)), once per
    log of the graph as it stands, inputs first (Theano's local_log_sum_exp pass: new
    trees are not revisited, so the stable form is not rewritten again)."""
    for node in list(fg.toposort()):
        if not fg.contains(node) or not is_elemwise(node, "Log"):
            continue
        sum_node = node.inputs[0].owner
        shuffle = None
        if sum_node is not None and isinstance(sum_node.op, DimShuffle):
            shuffle, sum_node = sum_node.op, sum_node.inputs[0].owner
        if sum_node is None or not isinstance(sum_node.op, Sum):
            continue
        exp_node = sum_node.inputs[0].owner
        if exp_node is None or type(exp_node.op) is not Elemwise or getattr(
                exp_node.op.scalar_op, "cls", None) != "Exp":
            continue
        axis = sum_node.op.axis
        pre = exp_node.inputs[0]
        top = T.max(pre, axis=axis)
        kept = T.keep_dims(pre, top, axis)
        new = top + T.log(T.sum(T.exp(pre - kept), axis=axis))
        if shuffle is not None:
            new = shuffle(new)
        if new.type == node.outputs[0].type:
            fg.replace(node.outputs[0], new)


# ---------------------------------------------------------------- specialize


@tracks(Elemwise, families=("Mul",))
def mul_to_sqr(node, ctx):
    """mul(x, x) -> sqr(x)."""
    if is_elemwise(node, "Mul") and len(node.inputs) == 2 and node.inputs[0] is node.inputs[1]:
        return [T.sqr(node.inputs[0])]
    return None


@tracks(Elemwise, families=("Pow",))
def pow_specialize(node, ctx):
    """x ** 2 -> sqr(x);  x ** 1 -> x;  x ** 0 -> fill(x, 1);  x ** 0.5 -> sqrt(x);
    x ** -0.5 -> inv(sqrt(x));  x ** -1 -> inv(x);  x ** -2 -> inv(sqr(x))."""
    if not is_elemwise(node, "Pow"):
        return None
    x, y = node.inputs
    c = constant_value(y, only_process_constants=True)  # the canonizer's get_constant
    if c is None or not _encompasses(x.broadcastable, y.broadcastable):
        return None
    out = node.outputs[0]
    new = None
    if bool(c == 2):
        new = T.sqr(x)
    elif bool(c == 1):
        new = x
    elif bool(c == 0):
        new = T.fill(x, constant(np.asarray(1, dtype=out.dtype)))
    elif bool(c == 0.5):
        new = T.sqrt(x)
    elif bool(c == -0.5):
        new = T.inv(T.sqrt(x))
    elif bool(c == -1):
        new = T.inv(x)
    elif bool(c == -2):
        new = T.inv(T.sqr(x))
    if new is None:
        return None
    if new.dtype != out.dtype:
        new = T.cast(new, out.dtype)
    return [new] if new.type == out.type else None


def _encompasses(big, small):
    """Whether an elementwise result of ``big`` and ``small`` has ``big``'s pattern (no
    dimension broadcastable in ``big`` and not in ``small``)."""
    if len(big) < len(small):
        return False
    return not any(b and not s for b, s in zip(big[len(big) - len(small):], small))


@tracks(Elemwise, families=("Mul",))
def mul_specialize(node, ctx):
    """Theano's local_mul_specialize: neg inputs and constant 1/-1 leave a mul, their signs
    kept as one neg (a lone input) or a leading -1 -- never mul(-1, x, y) -> neg(mul(x, y)),
    which would add a node; a 0 makes the whole product a zero of its shape."""
    out = node.outputs[0]
    neg, rest, n_neg_nodes, n_constants = False, [], 0, 0
    for i in node.inputs:
        while scalar_cls(i.owner) == "Neg":
            neg = not neg
            i = i.owner.inputs[0]
            n_neg_nodes += 1
        value = i.scalar_value() if isinstance(i, TensorConstant) else None
        if value is not None and bool(value == 1):
            n_constants += 1
        elif value is not None and bool(value == -1):
            n_constants += 1
            neg = not neg
        elif value is not None and bool(value == 0):
            zero = broadcast_like(0, out, ctx)  # any zero makes the product zero
            return [zero] if zero.type == out.type else None
        else:
            rest.append(i)
    if len(rest) == len(node.inputs) and all(a is b for a, b in zip(rest, node.inputs)):
        return None
    if not rest:
        new = T.as_tensor_variable(-1 if neg else 1)
    elif len(rest) == 1:
        if neg and rest[0].dtype in ("bool", "uint8", "uint16", "uint32", "uint64"):
            return None
        new = T.neg(rest[0]) if neg else rest[0]
    else:
        if neg and n_neg_nodes == 0 and n_constants == 1:
            return None  # the same mul again
        if neg:
            rest = [np.asarray(-1, dtype=out.dtype)] + rest
        new = T.mul(*rest)
    new = broadcast_like(new, out, ctx)
    return [new] if new is not None and new.type == out.type else None


@tracks(Elemwise, families=("Add",))
def add_specialize(node, ctx):
    """add(0, x) -> x, wrapped in fills of the original inputs so the shape is kept."""
    if not is_elemwise(node, "Add"):
        return None
    out = node.outputs[0]
    rest = []
    for i in node.inputs:
        value = constant_value(i)
        if value is not None and bool(value == 0):
            continue
        rest.append(i)
    if len(rest) == len(node.inputs):
        return None
    if not rest:
        new = constant(np.zeros((1,) * out.ndim, dtype=out.dtype))
    else:
        new = rest[0] if len(rest) == 1 else T.add(*rest)
    for i in node.inputs:
        new = T.fill(i, new)
    if new.dtype != out.dtype:
        new = T.cast(new, out.dtype)
    return [new] if new.type == out.type else None


@tracks(Elemwise, families=("Mul", "TrueDiv"))
def abs_merge(node, ctx):
    """abs(x) * abs(y) -> abs(x * y) (constants >= 0 join in);  abs(x) / abs(y) ->
    abs(x / y) (Theano's local_abs_merge: what abs_lift split, once the canonizer is done)."""
    absolute = [i for i in node.inputs if scalar_cls(i.owner) == "Abs"]
    if scalar_cls(node) == "TrueDiv":
        if len(absolute) != 2:
            return None
        return [T.abs_(T.true_div(*[i.owner.inputs[0] for i in node.inputs]))]
    if len(absolute) < 2:
        return None
    inputs = []
    for i in node.inputs:
        if scalar_cls(i.owner) == "Abs":
            inputs.append(i.owner.inputs[0])
        elif isinstance(i, TensorConstant):
            value = i.scalar_value()
            if value is None or not bool((value >= 0).all()):
                return None
            inputs.append(i)
        else:
            return None
    return [T.abs_(T.mul(*inputs))]


@tracks(Elemwise, families=("Pow",))
def pow_specialize_device(node, ctx):
    """x ** n (integer |n| <= 512) -> products of repeated squares, fused when n > 2."""
    if not is_elemwise(node, "Pow"):
        return None
    x, y = node.inputs
    c = constant_value(y, only_process_constants=True)  # the canonizer's get_constant
    if c is None or not all(y.broadcastable) or c.ndim or c != int(c) or abs(c) > 512:
        return None
    n = abs(int(c))
    if n == 0:
        return None
    out = node.outputs[0]
    terms = [k for k in reversed(range(n.bit_length())) if n >> k & 1]
    if n <= 2:
        new = x if n == 1 else T.sqr(x)
    else:
        # refs[k] holds x ** (2 ** k); the product takes the set bits of n, highest first
        program, refs = [], {0: ("i", 0)}
        for k in range(1, n.bit_length()):
            program.append((scal.sqr, (refs[k - 1],)))
            refs[k] = ("t", len(program) - 1)
        acc = refs[terms[0]]
        for k in terms[1:]:
            program.append((scal.mul, (acc, refs[k])))
            acc = ("t", len(program) - 1)
        new = Elemwise(Composite(tuple(program), 1, x.dtype))(x)
    if c < 0:
        new = T.inv(new)
    if new.dtype != out.dtype:
        new = T.cast(new, out.dtype)
    return [new] if new.type == out.type else None


@tracks(Elemwise, families=("TrueDiv",))
def div_to_inv(node, ctx):
    """1 / x -> inv(x) (Theano's local_div_to_inv)."""
    if scalar_cls(node) != "TrueDiv":
        return None
    one = node.inputs[0]
    value = one.scalar_value() if hasattr(one, "scalar_value") else None
    if value is None or not (np.asarray(value) == 1.0).all():
        return None
    out = node.outputs[0]
    new = T.inv(node.inputs[1])
    if new.dtype != out.dtype:
        new = T.cast(new, out.dtype)
    if new.type != out.type:
        return None
    return [new]


@tracks(Elemwise, families=("Sub",), every_elemwise=True)
def sub_zeros(node, ctx):
    """x - x -> zeros_like(x), a fill of 0 (Theano's local_elemwise_sub_zeros); scan's
    save-memory pass leaves ``n - n`` in the bounds of the reads it shrinks."""
    if scalar_cls(node) != "Sub" or node.inputs[0] is not node.inputs[1]:
        return None
    return [T.zeros_like(node.inputs[0])]


@tracks(Elemwise, families=("Neg",))
def neg_div_neg(node, ctx):
    """-(-a / b) -> a / b; -(c / b) -> (-c) / b for a constant c (the division read once)."""
    frac = node.inputs[0]
    if not is_elemwise(frac.owner, "TrueDiv") or ctx.n_clients(frac) != 1:
        return None
    num, denom = frac.owner.inputs
    if is_elemwise(num.owner, "Neg"):
        new = T.true_div(num.owner.inputs[0], denom)
    elif isinstance(num, TensorConstant) and all(num.broadcastable):
        new = T.true_div(constant(-num.data), denom)
    else:
        return None
    return [new] if new.type == node.outputs[0].type else None


SPECIALIZE = (mul_to_sqr, pow_specialize, mul_specialize, add_specialize, div_to_inv, zero_div,
              reductions.sum_prod_mul_by_scalar, sub_zeros, reductions.sum_div_dimshuffle, reductions.reduce_broadcastable, func_inv, neg_div_neg, abs_merge)
SPECIALIZE_DEVICE = (pow_specialize_device,)


# ---------------------------------------------------------------- uncanonicalize


@tracks(Elemwise, families=("Neg",))
def max_to_min(node, ctx):
    """neg(max(neg(x))) -> min(x) (Theano's local_max_to_min: how T.min comes back)."""
    top = node.inputs[0].owner
    if top is None or not isinstance(top.op, Reduce) or top.op.scalar_op != scal.maximum:
        return None
    inner = top.inputs[0].owner
    if scalar_cls(inner) != "Neg":
        return None
    return [Reduce(scal.minimum, top.op.axis)(inner.inputs[0])]


@tracks(Alloc)
def alloc_dimshuffle(node, ctx):
    """Alloc(DimShuffle(x) adding axes on the left, ...) -> Alloc(x, ...)
    (Theano's local_alloc_dimshuffle)."""
    value = node.inputs[0]
    owner = value.owner
    if owner is None or not isinstance(owner.op, DimShuffle) or not owner.op.pads_left:
        return None
    return [Alloc()(owner.inputs[0], *node.inputs[1:])]


@tracks(DimShuffle)
def dimshuffle_alloc(node, ctx):
    """DimShuffle{x,...,0,1,...}(Alloc(v, *shape)) -> Alloc(v, 1, ..., *shape) (Theano's
    local_dimshuffle_alloc: a scan's initial state T.zeros(...) padded on the left)."""
    owner = node.inputs[0].owner
    if owner is None or not isinstance(owner.op, Alloc) or not node.op.pads_left:
        return None
    added = len(node.op.new_order) - node.inputs[0].ndim
    if added == 0:
        return None
    return [T.alloc(owner.inputs[0], *((1,) * added), *owner.inputs[1:])]


UNCANONICALIZE = (max_to_min, alloc_dimshuffle, dimshuffle_alloc, reductions.reduce_broadcastable,
                  canonical.constant_folding)
