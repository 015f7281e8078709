"""Stabilisation, BLAS and specialisation rewrites."""
from __future__ import annotations

import numpy as np

from rngscope.compile.vocabulary import constant_value, is_elemwise, scalar_cls, tracks
from rngscope.tensor import basic as T
from rngscope.tensor.blas import Dot, Dot22, Gemm, Gemv
from rngscope.tensor import scalar as scal
from rngscope.tensor.elemwise import DimShuffle, Elemwise
from rngscope.tensor.scalar import Composite
from rngscope.tensor.shape_ops import AllocEmpty
from rngscope.tensor.variable import constant


def _const_is(v, value):
    c = constant_value(v)
    return c is not None and np.all(c == value)


@tracks(Elemwise, families=("Log",))
def log1p_rewrite(node, ctx):
    """log(1 + x) -> log1p(x)."""
    if not is_elemwise(node, "Log"):
        return None
    inner = node.inputs[0].owner
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
    """log(sigmoid(x)) -> -softplus(-x)."""
    if not is_elemwise(node, "Log"):
        return None
    inner = node.inputs[0].owner
    if scalar_cls(inner) != "ScalarSigmoid":
        return None
    out = T.neg(T.softplus(T.neg(inner.inputs[0])))
    return [out] if out.type == node.outputs[0].type else None


STABILIZE = (log1p_rewrite, softplus_rewrite, log_sigmoid_rewrite)


# ---------------------------------------------------------------- BLAS

ONE = lambda dtype: constant(np.asarray(1.0, dtype=dtype))  # noqa: E731
ZERO = lambda dtype: constant(np.asarray(0.0, dtype=dtype))  # noqa: E731


@tracks(Dot)
def dot_to_blas(node, ctx):
    """dot(matrix, matrix) -> Dot22;  dot with a vector -> Gemv on fresh memory."""
    if not isinstance(node.op, Dot):
        return None
    a, b = node.inputs
    out = node.outputs[0]
    if out.dtype not in ("float32", "float64") or a.dtype != b.dtype:
        return None
    dtype = out.dtype
    if a.ndim == 2 and b.ndim == 2:
        return [Dot22()(a, b)]
    if a.ndim == 2 and b.ndim == 1:
        y = AllocEmpty(dtype)(ctx.shape_of(a)[0])
        return [Gemv()(y, ONE(dtype), a, b, ZERO(dtype))]
    if a.ndim == 1 and b.ndim == 2:
        y = AllocEmpty(dtype)(ctx.shape_of(b)[1])
        return [Gemv()(y, ONE(dtype), T.transpose(b), a, ZERO(dtype))]
    if a.ndim == 1 and b.ndim == 1:
        y = AllocEmpty(dtype)(constant(1, dtype="int64"))
        # Theano's route (dot22 of a row and a column, then gemv) ends with the second
        # operand as the one-row matrix and the first as the vector.
        g = Gemv()(y, ONE(dtype), T.dimshuffle(b, ("x", 0)), a, ZERO(dtype))
        return [DimShuffle(g.broadcastable, ())(g)]
    return None


def _scaled_dot22(v, ctx):
    """(alpha, x, y) when ``v`` is dot22(x, y) or c * dot22(x, y) read only once, else None."""
    if v.owner is None or ctx.n_clients(v) != 1:
        return None
    if isinstance(v.owner.op, Dot22):
        return 1.0, v.owner.inputs
    if is_elemwise(v.owner, "Mul") and len(v.owner.inputs) == 2:
        for c, d in (v.owner.inputs, reversed(v.owner.inputs)):
            value = constant_value(c)
            if (value is not None and all(c.broadcastable) and d.owner is not None
                    and isinstance(d.owner.op, Dot22) and ctx.n_clients(d) == 1):
                return float(value), d.owner.inputs
    return None


@tracks(Elemwise, families=("Add", "Sub"), needs=(Dot22,))
def gemm_rewrite(node, ctx):
    """z + a * dot22(x, y) -> gemm(z, a, x, y, 1);  z - dot22 -> alpha -1;  dot22 - z -> beta -1."""
    cls = scalar_cls(node)
    if cls not in ("Add", "Sub") or len(node.inputs) != 2:
        return None
    out = node.outputs[0]
    a, b = node.inputs
    dtype = out.dtype

    def scalar(value):
        return constant(np.asarray(value, dtype=dtype))

    if cls == "Add":
        for d, z in ((a, b), (b, a)):
            found = _scaled_dot22(d, ctx)
            if found is not None and z.type == out.type:
                alpha, (x, y) = found
                return [Gemm()(z, scalar(alpha), x, y, scalar(1.0))]
        return None
    found = _scaled_dot22(b, ctx)
    if found is not None and a.type == out.type:
        alpha, (x, y) = found
        return [Gemm()(a, scalar(-alpha), x, y, scalar(1.0))]
    found = _scaled_dot22(a, ctx)
    if found is not None and b.type == out.type:
        alpha, (x, y) = found
        return [Gemm()(b, scalar(alpha), x, y, scalar(-1.0))]
    return None


BLAS = (dot_to_blas,)
GEMM = (gemm_rewrite,)


# ---------------------------------------------------------------- specialize


@tracks(Elemwise, families=("Mul",))
def mul_to_sqr(node, ctx):
    """mul(x, x) -> sqr(x)."""
    if is_elemwise(node, "Mul") and len(node.inputs) == 2 and node.inputs[0] is node.inputs[1]:
        return [T.sqr(node.inputs[0])]
    return None


@tracks(Elemwise, families=("Pow",))
def pow_specialize(node, ctx):
    """x ** 2 -> sqr(x);  x ** 1 -> x;  x ** 0.5 -> sqrt(x)."""
    if not is_elemwise(node, "Pow"):
        return None
    x, y = node.inputs
    c = constant_value(y)
    if c is None or not all(y.broadcastable):
        return None
    out = node.outputs[0]
    new = None
    if bool(c == 2):
        new = T.sqr(x)
    elif bool(c == 1):
        new = x
    elif bool(c == 0.5):
        new = T.sqrt(x)
    if new is None:
        return None
    if new.dtype != out.dtype:
        new = T.cast(new, out.dtype)
    return [new] if new.type == out.type else None


@tracks(Elemwise, families=("Mul",))
def mul_specialize(node, ctx):
    """mul(1, x) -> x;  mul(-1, x) -> neg(x)."""
    if not is_elemwise(node, "Mul"):
        return None
    out = node.outputs[0]
    rest, neg, changed = [], False, False
    for i in node.inputs:
        c = constant_value(i)
        if c is not None and all(i.broadcastable) and bool(c == 1):
            changed = True
        elif c is not None and all(i.broadcastable) and bool(c == -1):
            neg, changed = not neg, True
        else:
            rest.append(i)
    if not changed or not rest:
        return None
    new = rest[0] if len(rest) == 1 else T.mul(*rest)
    if neg:
        new = T.neg(new)
    if new.dtype != out.dtype:
        new = T.cast(new, out.dtype)
    return [new] if new.type == out.type else None


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


@tracks(Elemwise, families=("Pow",))
def pow_specialize_device(node, ctx):
    """x ** n (integer |n| <= 512) -> products of repeated squares, fused when n > 2."""
    if not is_elemwise(node, "Pow"):
        return None
    x, y = node.inputs
    c = constant_value(y)
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


SPECIALIZE = (mul_to_sqr, pow_specialize, mul_specialize, add_specialize, mul_zero, div_to_inv)
SPECIALIZE_DEVICE = (pow_specialize_device,)
