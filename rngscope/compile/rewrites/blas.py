"""BLAS: dot products as the BLAS ops Theano's FAST_RUN uses (Dot22, Gemv, Gemm, Ger,
Dot22Scalar), in the order Theano's BlasOpt runs them (modes.py): every dot a Dot22
(dot_to_dot22), then GEMM, DOT22SCALAR and GEMV.  A matrix-vector dot stays a
dimshuffled Dot22 until gemm has had its chance to absorb it: only one left alone
becomes a Gemv on fresh memory.

Each rule is one function with its equation as docstring; it returns the new outputs or None.
"""
from __future__ import annotations

import numpy as np

from rngscope.compile.vocabulary import scalar_cls, tracks
from rngscope.graph.types import upcast
from rngscope.tensor import basic as T
from rngscope.tensor.blas import GER_DTYPES, Dot, Dot22, Dot22Scalar, Gemm, Gemv, ScipyGer
from rngscope.tensor.elemwise import DimShuffle, Elemwise
from rngscope.tensor.alloc import AllocEmpty
from rngscope.tensor.static import constant_value
from rngscope.tensor.variable import constant

__all__ = [
    "DOT22SCALAR", "dot22_to_dot22scalar", "dot22_to_ger", "dot_to_dot22", "GEMM",
    "gemm_rewrite", "gemm_to_gemv", "gemm_to_ger", "GEMV", "GerRefused", "ONE", "ZERO",
]

class GerRefused(Exception):
    """An outer product of a dtype Theano's Ger refuses (float16): Theano's Ger.make_node
    raises inside the local_gemm_to_gemv equilibrium, which then stops where it is (the
    SeqOptimizer logs the error): the pass running GER catches this and stops too."""


ONE = lambda dtype: constant(np.asarray(1.0, dtype=dtype))  # noqa: E731
ZERO = lambda dtype: constant(np.asarray(0.0, dtype=dtype))  # noqa: E731


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
            blas, old_dot, term = made
            if ctx.n_clients(old_dot) != 1 or ctx.n_clients(term) != 1:
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
                    # Theano's i.dimshuffle(): a constant too, folded in specialize
                    scalars.append(DimShuffle(i.broadcastable, ())(i) if i.ndim else i)
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
    value = constant_value(scale, only_process_constants=True)
    if value is not None and bool(value == 1):
        return m
    if value is not None and bool(value == -1):
        return T.neg(m)
    return T.mul(scale, m)


def _beta_l_plus_alpha_m(beta, l_var, alpha, m_var):
    """beta * L + alpha * M as one gemm when M is a dot22, or a dot22 made a vector by a
    dimshuffle (as dot_to_dot22 leaves a matrix-vector product): (new output, the dot22,
    M)."""
    owner = m_var.owner
    if owner is None:
        return None
    if type(owner.op) is Dot22:
        left, right = owner.inputs
        return Gemm()(l_var, alpha, left, right, beta), m_var, m_var
    if not isinstance(owner.op, DimShuffle):
        return None
    inner = owner.inputs[0]
    if inner.owner is None or not isinstance(inner.owner.op, Dot22):
        return None
    # the vector made a row or column again for z, the gemm's matrix made the vector
    lift = {(0,): (0, "x"), (1,): ("x", 0), (): ("x", "x")}.get(owner.op.new_order)
    if lift is None:
        return None
    gemm = Gemm()(T.dimshuffle(l_var, lift), alpha, *inner.owner.inputs, beta)
    return T.dimshuffle(gemm, owner.op.new_order), inner, m_var


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
    """dot22(column, row) -> ScipyGer(zeros(n, m), 1, column, row): an outer product;
    dot22(row, column), dot22(row, matrix) and dot22(matrix, column) -> Gemv on fresh
    memory, a row or column again (Theano's local_dot22_to_ger_or_gemv, then its scipy
    Ger)."""
    if type(node.op) is not Dot22:
        return None
    x, y = node.inputs
    dtype = node.outputs[0].dtype
    (xr, xc), (yr, yc) = x.broadcastable, y.broadcastable
    if xc and yr:
        if dtype not in GER_DTYPES:
            raise GerRefused(dtype)
        # Theano sizes it by x.shape[0] and y.shape[1], read later (specialize's
        # shape rewrites and folding) rather than now
        zeros = T.alloc(constant(np.asarray(0, dtype=dtype)), T.shape(x)[0], T.shape(y)[1])
        out = ScipyGer()(zeros, ONE(dtype), DimShuffle(x.broadcastable, (0,))(x),
                         DimShuffle(y.broadcastable, (1,))(y))
        return [out] if out.type == node.outputs[0].type else None
    if xr and (yc or not yr):
        # a row times a column or a matrix: the product's one row
        size = constant(1) if yc else T.shape(y)[1]
        out = Gemv()(AllocEmpty(dtype)(size), ONE(dtype), T.transpose(y),
                     DimShuffle(x.broadcastable, (1,))(x), ZERO(dtype))
        return [T.dimshuffle(out, ("x", 0))]
    if not xr and not xc and yc:
        out = Gemv()(AllocEmpty(dtype)(T.shape(x)[0]), ONE(dtype), x,
                     DimShuffle(y.broadcastable, (0,))(y), ZERO(dtype))
        return [T.dimshuffle(out, (0, "x"))]
    return None


@tracks(Gemm)
def gemm_to_gemv(node, ctx):
    """Gemm(row z, a, row x, y, b) -> Gemv(z[0], a, y.T, x[0], b) as a row;
    Gemm(column z, a, x, column y, b) -> Gemv(z[:, 0], a, x, y[:, 0], b) as a column
    (Theano's local_gemm_to_gemv)."""
    if node.op.inplace:
        return None
    z, a, x, y, b = node.inputs
    if z.broadcastable == x.broadcastable == (True, False):
        out = Gemv()(T.dimshuffle(z, (1,)), a, T.transpose(y), T.dimshuffle(x, (1,)), b)
        return [T.dimshuffle(out, ("x", 0))]
    if z.broadcastable == y.broadcastable == (False, True):
        out = Gemv()(T.dimshuffle(z, (0,)), a, x, T.dimshuffle(y, (0,)), b)
        return [T.dimshuffle(out, (0, "x"))]
    return None


@tracks(Gemm)
def gemm_to_ger(node, ctx):
    """Gemm(z, a, column, row, 1) -> ScipyGer(z, a, x, y): an outer product added to z
    (Theano's local_gemm_to_ger; with b = 0, dot22_to_ger's zeros take z's place)."""
    if node.op.inplace:
        return None
    z, a, x, y, b = node.inputs
    if not (x.broadcastable[1] and y.broadcastable[0]):
        return None
    scale = constant_value(b)
    if scale is None or scale not in (0, 1):
        return None
    if x.dtype not in GER_DTYPES:
        raise GerRefused(x.dtype)
    if scale == 0:
        z = T.zeros([x.shape[0], y.shape[1]], x.dtype)
    out = ScipyGer()(z, a, DimShuffle(x.broadcastable, (0,))(x),
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
    # a constant too stays a DimShuffle{} node here: specialize's constant folding makes
    # it a fresh constant later, and the merges meet it then (as Theano's _as_scalar)
    v = DimShuffle(v.broadcastable, ())(v) if v.ndim else v
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


# Theano's GemmOptimizer leaves the node it builds no stack trace (recorded: a Gemm raising
# at run time prints the hint, where Dot22 and the Gemv made of a dot print the backtrace)
gemm_rewrite.keeps_site = False
GEMM = (gemm_rewrite,)
DOT22SCALAR = (dot22_to_dot22scalar,)
# Theano's local_gemm_to_gemv equilibrium, without its local_dimshuffle_lift (canonical.py)
GEMV = (gemm_to_gemv, gemm_to_ger, dot22_to_ger)
