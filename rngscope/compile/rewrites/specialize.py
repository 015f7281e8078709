"""Stabilisation, BLAS and specialisation rewrites."""
from __future__ import annotations

import numpy as np

from rngscope.compile.rewrites import canonical
from rngscope.compile.rewrites.nnet import skip_mul_1
from rngscope.compile.vocabulary import is_elemwise, scalar_cls, tracks
from rngscope.graph.types import upcast
from rngscope.tensor import basic as T
from rngscope.tensor.blas import Dot, Dot22, Dot22Scalar, Gemm, Gemv, ScipyGer
from rngscope.tensor import scalar as scal
from rngscope.tensor.elemwise import DimShuffle, Elemwise, Prod, Reduce, Sum
from rngscope.tensor.scalar import Composite
from rngscope.tensor.shape_ops import Alloc, AllocEmpty
from rngscope.tensor.static import constant_value
from rngscope.tensor.variable import TensorConstant, constant

__all__ = [
    "add_specialize", "alloc_dimshuffle", "BLAS", "div_to_inv", "DOT22SCALAR", "dot22_to_dot22scalar",
    "dot_to_blas", "dot_to_dot22",
    "func_inv", "GEMM", "gemm_rewrite", "log1p_rewrite", "log_sigmoid_rewrite", "log_sum_exp", "max_to_min",
    "mul_specialize", "mul_to_sqr", "neg_div_neg", "ONE", "pow_specialize", "pow_specialize_device",
    "softplus_rewrite", "SPECIALIZE", "SPECIALIZE_DEVICE", "STABILIZE", "sum_prod_mul_by_scalar",
    "UNCANONICALIZE", "ZERO",
]


def _const_is(v, value):
    c = constant_value(v)
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


_FLOATS = ("float16", "float32", "float64", "complex64", "complex128")


@tracks(Elemwise, families=("Add", "Sub", "Neg", "Mul"), needs=(Dot22, Gemv))
def gemm_rewrite(node, ctx):
    """Theano's GemmOptimizer: read the node as a sum of scaled terms; the first pair
    (beta, L) + (alpha, M) of one type where M is a dot read only here becomes
    gemm(L, alpha, ..., beta) -- a gemv when M is a matrix-vector product -- and the
    other terms are added back."""
    out = node.outputs[0]
    if out.ndim not in (1, 2) or out.dtype not in _FLOATS:
        return None
    terms = _factor(_gemm_terms(out, ctx))
    if len(terms) <= 1:
        return None
    if not all(_castable(s, m.dtype) for s, m in terms):
        return None  # (Theano would drop such a term from the sum; rngscope leaves the node)
    terms = [(_scale_var(s, m.dtype), m) for s, m in terms]
    for i in range(len(terms) - 1):
        s_i, m_i = terms[i]
        for j in range(i + 1, len(terms)):
            s_j, m_j = terms[j]
            if m_i.type != m_j.type:
                continue
            made = _beta_l_plus_alpha_m(s_i, m_i, s_j, m_j)
            if made is None:
                made = _beta_l_plus_alpha_m(s_j, m_j, s_i, m_i)
            if made is None:
                continue
            blas, old_dot = made
            if ctx.n_clients(old_dot) != 1:
                return None  # Theano's replacement must remove the dot: it gives up here
            rest = [_term_var(t) for k, t in enumerate(terms) if k not in (i, j)]
            new = T.add(*(rest + [blas])) if rest else blas
            return [new] if new.type == out.type else None
    return None


def _scaled(thing, scale):
    if isinstance(scale, (int, float)):
        if scale == 1:
            return thing
        if scale == -1 and thing.dtype != "bool":
            return T.neg(thing)
    return T.mul(scale, thing)


def _neg_scale(scale):
    return -scale if isinstance(scale, (int, float)) else T.neg(scale)


def _gemm_terms(out, ctx):
    """Theano's _gemm_canonicalize, iteratively: [(scale, term)] with scale a number or a
    scalar variable; below the top, a term read elsewhere stays whole."""
    terms = []
    stack = [(out, 1.0, 0)]
    while stack:
        r, scale, max_clients = stack.pop()
        if r.ndim not in (1, 2) or r.dtype not in _FLOATS:
            terms.append((scale, r))
            continue
        if max_clients and ctx.n_clients(r) > max_clients:
            terms.append((scale, r))
            continue
        cls = scalar_cls(r.owner)
        if cls == "Sub":
            a, b = r.owner.inputs
            stack.append((b, _neg_scale(scale), 1))
            stack.append((a, scale, 1))
        elif cls == "Add":
            stack.extend((i, scale, 1) for i in reversed(r.owner.inputs))
        elif cls == "Neg":
            stack.append((r.owner.inputs[0], _neg_scale(scale), 1))
        elif cls == "Mul":
            scalars, vectors, matrices = [], [], []
            for i in r.owner.inputs:
                if all(i.broadcastable):
                    while i.owner is not None and isinstance(i.owner.op, DimShuffle):
                        i = i.owner.inputs[0]
                    scalars.append(_as_0d(i))
                elif _real(i, 1):
                    vectors.append(i)
                elif _real(i, 2):
                    matrices.append(i)
                else:
                    scalars = None
                    break
            if scalars is None or len(matrices) + len(vectors) != 1:
                terms.append((scale, r))
                continue
            inner = (matrices or vectors)[0]
            if not scalars:
                stack.append((inner, scale, 1))
            elif len(scalars) == 1:
                stack.append((inner, _scaled(scalars[0], scale), 1))
            else:
                stack.append((inner, T.mul(_scaled(scalars[0], scale), *scalars[1:]), 1))
        else:
            terms.append((scale, r))
    return terms


def _as_0d(v):
    """A broadcastable value as a 0-d one (Theano's ``v.dimshuffle()``; a constant is folded
    at once, as constant folding would)."""
    if v.ndim == 0:
        return v
    if isinstance(v, TensorConstant):
        return constant(v.data.reshape(()))
    return DimShuffle(v.broadcastable, ())(v)


def _real(v, ndim):
    return v.ndim == ndim and v.dtype in _FLOATS and not any(v.broadcastable)


def _factor(terms):
    """Terms of one variable merged, their scales summed (Theano's _factor_canonicalized)."""
    terms = list(terms)
    i = 0
    while i < len(terms) - 1:
        s_i, m_i = terms[i]
        j = i + 1
        while j < len(terms):
            s_j, m_j = terms[j]
            if m_i is m_j:
                s_i = s_i + s_j if isinstance(s_i, (int, float)) and isinstance(
                    s_j, (int, float)) else T.add(s_i, s_j)
                terms[i] = (s_i, m_i)
                del terms[j]
            else:
                j += 1
        i += 1
    return terms


def _castable(scale, dtype):
    s_dtype = scale.dtype if not isinstance(scale, (int, float)) else (
        T.as_tensor_variable(scale).dtype)
    return upcast(s_dtype, dtype) == dtype


def _scale_var(scale, dtype):
    """A scale as gemm takes it: a number becomes the 0-d constant its cast folds to."""
    if isinstance(scale, (int, float)):
        return constant(np.asarray(float(scale), dtype=dtype))
    return T.cast(scale, dtype) if scale.dtype != dtype else scale


def _term_var(term):
    scale, m = term
    value = constant_value(scale) if isinstance(scale, TensorConstant) else None
    if value is not None and bool(value == 1):
        return m
    if value is not None and bool(value == -1):
        return T.neg(m)
    return T.mul(scale, m)


def _beta_l_plus_alpha_m(beta, l_var, alpha, m_var):
    """beta * L + alpha * M as one gemm/gemv when M is a dot: (new output, the dot)."""
    owner = m_var.owner
    if owner is None:
        return None
    if isinstance(owner.op, Dot22):
        left, right = owner.inputs
        return Gemm()(l_var, alpha, left, right, beta), m_var
    if _fresh_gemv(owner):
        return Gemv()(l_var, alpha, owner.inputs[2], owner.inputs[3], beta), m_var
    return None


def _fresh_gemv(node):
    """The Gemv dot_to_blas makes for a matrix-vector dot (Theano's dimshuffled dot22)."""
    if not isinstance(node.op, Gemv) or node.op.inplace:
        return False
    y, alpha, _a, _x, beta = node.inputs
    one, zero = constant_value(alpha), constant_value(beta)
    return (y.owner is not None and isinstance(y.owner.op, AllocEmpty)
            and one is not None and bool(one == 1) and zero is not None and bool(zero == 0))


@tracks(Dot)
def dot_to_dot22(node, ctx):
    """dot -> Dot22, vectors made rows/columns around it (Theano's local_dot_to_dot22, all
    FAST_COMPILE does of BLAS)."""
    x, y = node.inputs
    if x.dtype != y.dtype or y.dtype not in _FLOATS:
        return None
    dot22 = Dot22()
    if x.ndim == 2 and y.ndim == 2:
        return [dot22(x, y)]
    if x.ndim == 2 and y.ndim == 1:
        return [T.dimshuffle(dot22(x, T.dimshuffle(y, (0, "x"))), (0,))]
    if x.ndim == 1 and y.ndim == 2:
        return [T.dimshuffle(dot22(T.dimshuffle(x, ("x", 0)), y), (1,))]
    if x.ndim == 1 and y.ndim == 1:
        return [T.dimshuffle(dot22(T.dimshuffle(x, ("x", 0)), T.dimshuffle(y, (0, "x"))), ())]
    return None


@tracks(Dot22)
def dot22_to_ger(node, ctx):
    """dot22(column, row) -> ScipyGer(zeros(n, m), 1, column, row): an outer product
    (Theano's local_dot22_to_ger_or_gemv, then its scipy Ger)."""
    x, y = node.inputs
    if not (x.broadcastable[1] and y.broadcastable[0]):
        return None
    dtype = node.outputs[0].dtype
    zeros = T.alloc(constant(np.asarray(0, dtype=dtype)), ctx.shape_of(x)[0], ctx.shape_of(y)[1])
    out = ScipyGer()(zeros, ONE(dtype), DimShuffle(x.broadcastable, (0,))(x),
                     DimShuffle(y.broadcastable, (1,))(y))
    return [out] if out.type == node.outputs[0].type else None


def _blas_scale(v, dtype):
    """``v`` as the 0-d scale of a ``dtype`` product, or None (Theano's _as_scalar: a
    broadcastable value seen through its dimshuffles; an integer one cast when that
    loses nothing)."""
    if not all(v.broadcastable):
        return None
    while v.owner is not None and isinstance(v.owner.op, DimShuffle):
        v = v.owner.inputs[0]
    v = _as_0d(v)
    if v.dtype in _FLOATS:
        return v
    return T.cast(v, dtype) if upcast(v.dtype, dtype) == dtype else None


def _is_dot22(v):
    return v.owner is not None and type(v.owner.op) is Dot22


@tracks(Elemwise, families=("Mul",), needs=(Dot22,))
def dot22_to_dot22scalar(node, ctx):
    """mul(c, dot22(x, y), ...) -> mul(Dot22Scalar(x, y, c), ...), also taking the scale
    from a product one level down (Theano's local_dot22_to_dot22scalar, run after gemm)."""
    if scalar_cls(node) != "Mul":
        return None
    inputs = list(node.inputs)
    where = next((k for k, v in enumerate(inputs) if _is_dot22(v)), None)
    if where is None:
        return None
    d = inputs[where]
    dtype = d.dtype
    scales = [_blas_scale(v, dtype) for v in inputs]
    if not any(s is not None for s in scales):
        # a scale one product down: mul(dot22, mul(c, e)) -> mul(Dot22Scalar(c), e)
        inner = next((k for k, v in enumerate(inputs)
                      if scalar_cls(v.owner) == "Mul"
                      and any(_blas_scale(i, dtype) is not None for i in v.owner.inputs)), None)
        if inner is None:
            return None
        m_inputs = list(inputs[inner].owner.inputs)
        pick = next((k for k, v in enumerate(m_inputs)
                     if _blas_scale(v, dtype) is not None and upcast(v.dtype, dtype) == dtype), None)
        if pick is None:
            return None
        a = _blas_scale(m_inputs[pick], dtype)
        dot = Dot22Scalar()(*d.owner.inputs, T.cast(a, dtype) if a.dtype != dtype else a)
        rest = [v for k, v in enumerate(inputs) if k not in (where, inner)]
        rest += [v for k, v in enumerate(m_inputs) if k != pick]
        return [T.mul(dot, *rest)]
    pick = next((k for k, v in enumerate(inputs)
                 if k != where and scales[k] is not None and upcast(v.dtype, dtype) == dtype), None)
    if pick is None:
        return None
    a = scales[pick]
    dot = Dot22Scalar()(*d.owner.inputs, T.cast(a, dtype) if a.dtype != dtype else a)
    rest = [v for k, v in enumerate(inputs) if k not in (where, pick)]
    out = T.mul(dot, *rest) if rest else dot
    return [out] if out.type == node.outputs[0].type else None


BLAS = (dot_to_blas,)
GEMM = (gemm_rewrite,)
DOT22SCALAR = (dot22_to_dot22scalar,)
GER = (dot22_to_ger,)


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
    """Theano's local_mul_specialize: neg inputs and constant 1/-1 leave a mul, their signs
    kept as one neg (a lone input) or a leading -1 -- never mul(-1, x, y) -> neg(mul(x, y)),
    which would add a node.  (A 0 is local_mul_zero's.)"""
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
            return None
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
    new = _broadcast_like(new, out, ctx)
    return [new] if new is not None and new.type == out.type else None


def _broadcast_like(value, template, ctx):
    """``value`` with ``template``'s type: cast, then allocated to its shape (Theano's
    broadcast_like)."""
    value = T.as_tensor_variable(value)
    if value.type == template.type:
        return value
    if value.dtype != template.dtype:
        value = T.cast(value, template.dtype)
    if value.type == template.type:
        return value
    new = T.alloc(value, *ctx.shape_of(template))
    loose = [k for k, b in enumerate(new.broadcastable) if b and not template.broadcastable[k]]
    if loose:
        new = T.unbroadcast(new, *loose)
    return new


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
    scalars = [_as_0d(t) for t in terms if all(t.broadcastable)]
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


@tracks(Elemwise, families=("Neg", "Inv"), every_elemwise=True)
def func_inv(node, ctx):
    """neg(neg(x)) -> x; inv(inv(x)) -> x (Theano's local_func_inv)."""
    inner = node.inputs[0].owner
    if scalar_cls(inner) != scalar_cls(node):
        return None
    return [inner.inputs[0]] if inner.inputs[0].type == node.outputs[0].type else None


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


SPECIALIZE = (mul_to_sqr, pow_specialize, mul_specialize, add_specialize, div_to_inv,
              sum_prod_mul_by_scalar, canonical.sum_div_dimshuffle, canonical.reduce_broadcastable, func_inv, neg_div_neg)
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


UNCANONICALIZE = (max_to_min, alloc_dimshuffle, canonical.reduce_broadcastable,
                  canonical.constant_folding)
