"""More of Theano's elementwise vocabulary: logs and exps in bases 2 and 10, the
trigonometric and hyperbolic functions numpy has, trunc, and the NaN/Inf tests; plus
the any/all reductions and the small functions Theano defines on top of others
(power, where, largest/smallest, floor_div, flatten, squeeze, shape_pad*).

Each scalar op prints with Theano's names (``Elemwise{log2,no_inplace}``,
``log2(i0)`` inside a Composite); float64 runs element by element through the C
library (as ``scalar.py`` does for exp and log) so the bits do not depend on numpy's
SIMD kernels; gradients are Theano's closed forms.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op
from rngscope.graph.types import DISCRETE_DTYPES, floatx
from rngscope.tensor import basic as T
from rngscope.tensor import scalar as scal
from rngscope.tensor.elemwise import Elemwise, scalar_elemwise
from rngscope.tensor.shape_ops import Split
from rngscope.tensor.variable import TensorType, register_methods

__all__ = [
    "All", "Any", "all", "allclose", "any", "arccos", "arccosh", "arcsin", "arcsinh", "arctan", "arctan2", "arctanh", "cosh", "exp2", "flatten", "floor_div",
    "isclose", "isinf", "isnan", "largest", "log10", "log2", "power", "register_scalar_gradients",
    "shape_padaxis", "shape_padleft", "shape_padright", "sinh", "smallest", "squeeze", "tan",
    "trunc", "where", "xlogx", "xlogy0",
]


def _per_element(scalar_fn, array_fn):
    """float64 through the C library (``math``) one element at a time, numpy's answer where
    the C library refuses (a domain error, an overflow); other dtypes through numpy."""

    def safe(v):
        try:
            return scalar_fn(v)
        except (ValueError, OverflowError):
            with np.errstate(all="ignore"):
                return float(array_fn(np.float64(v)))

    return scal.on_float64_elements(safe, array_fn)


def _unary(name, cls, scalar_fn, array_fn, rule="float", named=True):
    """The elementwise op ``name`` of scalar op ``cls``; ``named=False`` for a scalar op
    Theano makes without a name (IsNan, IsInf), which a Composite prints by its class."""
    scal.IMPLS[cls] = _per_element(scalar_fn, array_fn) if scalar_fn else array_fn
    op = scal.ScalarOp(name=name if named else "", cls=cls, nin=1, rule=rule)
    return scalar_elemwise(op, name)


_exp2 = getattr(math, "exp2", lambda v: 2.0 ** v)  # math.exp2 from Python 3.11


log2 = _unary("log2", "Log2", math.log2, np.log2)
log10 = _unary("log10", "Log10", math.log10, np.log10)
exp2 = _unary("exp2", "Exp2", _exp2, np.exp2)
tan = _unary("tan", "Tan", math.tan, np.tan)
sinh = _unary("sinh", "Sinh", math.sinh, np.sinh)
cosh = _unary("cosh", "Cosh", math.cosh, np.cosh)
arcsin = _unary("arcsin", "ArcSin", math.asin, np.arcsin)
arccos = _unary("arccos", "ArcCos", math.acos, np.arccos)
arctan = _unary("arctan", "ArcTan", math.atan, np.arctan)
arcsinh = _unary("arcsinh", "ArcSinh", math.asinh, np.arcsinh)
arccosh = _unary("arccosh", "ArcCosh", math.acosh, np.arccosh)
arctanh = _unary("arctanh", "ArcTanh", math.atanh, np.arctanh)
trunc = _unary("trunc", "Trunc", None, np.trunc)
_ATAN2 = np.frompyfunc(math.atan2, 2, 1)


def _arctan2_impl(y, x):
    """Theano's ArcTan2.impl: numpy's arctan2 in numpy's float dtype for the inputs, float32
    when ``x`` is int8/uint8 (Theano tests only x's dtype); float64 and float32 through the
    C library's atan2 (numpy 2's float32 kernel is not correctly rounded, libm's atan2f is)."""
    y, x = np.asarray(y), np.asarray(x)
    dtype = np.float32 if x.dtype in (np.int8, np.uint8) else np.result_type(y, x, np.float16)
    if dtype in (np.float64, np.float32):
        exact = _ATAN2(y.astype(np.float64), x.astype(np.float64))
        return np.asarray(exact, dtype=np.float64).astype(dtype)
    return np.arctan2(y, x)


scal.IMPLS["ArcTan2"] = _arctan2_impl
arctan2 = scalar_elemwise(scal.ScalarOp(name="arctan2", cls="ArcTan2", nin=2, rule="float"), "arctan2")
_isnan = _unary("isnan", "IsNan", None, np.isnan, rule="bool", named=False)
_isinf = _unary("isinf", "IsInf", None, np.isinf, rule="bool", named=False)


def _log(v):
    return math.log(v) if v > 0 else (float("-inf") if v == 0 else float("nan"))


def _xlogx_scalar(x):
    return 0.0 if x == 0.0 else x * _log(x)


def _xlogy0_scalar(x, y):
    return 0.0 if x == 0.0 else x * _log(y)


scal.IMPLS["XlogX"] = scal.on_float64_elements(_xlogx_scalar, lambda x: np.asarray(
    np.frompyfunc(_xlogx_scalar, 1, 1)(np.asarray(x, dtype=np.float64)), dtype=np.float64))
_XLOGY0 = np.frompyfunc(_xlogy0_scalar, 2, 1)
scal.IMPLS["XlogY0"] = lambda x, y: np.asarray(_XLOGY0(np.asarray(x, dtype=np.float64),
                                                       np.asarray(y, dtype=np.float64)), dtype=np.float64)
XLOGX = scal.ScalarOp(name="scalar_xlogx", cls="XlogX", nin=1, rule="float")
XLOGY0 = scal.ScalarOp(name="scalar_xlogy0", cls="XlogY0", nin=2, rule="float")


def xlogx(x):
    """``x * log(x)``, 0 where x is 0 (Theano's theano.tensor.xlogx)."""
    return Elemwise(XLOGX, name="xlogx")(T.as_tensor_variable(x))


def xlogy0(x, y):
    """``x * log(y)``, 0 where x is 0."""
    return Elemwise(XLOGY0, name="xlogy0")(T.as_tensor_variable(x), T.as_tensor_variable(y))


def _never(a):
    """Theano's isnan/isinf of an integer tensor: an all-False alloc of its shape."""
    return T.alloc(np.asarray(False, dtype="bool"), *[a.shape[i] for i in range(a.ndim)])


def isnan(a):
    """Elementwise ``a != a`` as bool."""
    a = T.as_tensor_variable(a)
    return _never(a) if a.dtype in DISCRETE_DTYPES else _isnan(a)


def isinf(a):
    """Elementwise ``|a| == inf`` as bool."""
    a = T.as_tensor_variable(a)
    return _never(a) if a.dtype in DISCRETE_DTYPES else _isinf(a)


def isclose(a, b, rtol=1.e-5, atol=1.e-8, equal_nan=False):
    """int8/bool ``|a - b| <= atol + rtol * |b|`` elementwise, nan and inf handled as numpy
    does (``equal_nan`` makes two nans close), built from the same ops as Theano's."""
    diff = abs(a - b)
    tolerance = atol + rtol * abs(b)
    close_prelim = T.le(diff, tolerance)
    a_nan, b_nan = isnan(a), isnan(b)
    nans = T.bitwise_or(a_nan, b_nan)
    a_inf, b_inf = isinf(a), isinf(b)
    infs = T.bitwise_or(a_inf, b_inf)
    nans_or_infs = T.bitwise_or(nans, infs)
    close = T.bitwise_and(close_prelim, T.bitwise_not(nans_or_infs))
    both_infs = T.bitwise_and(a_inf, b_inf)
    inf_signs_eq = T.eq(a_inf * T.sgn(a), b_inf * T.sgn(b))
    inf_eq = T.bitwise_and(both_infs, inf_signs_eq)
    close_with_infs = T.bitwise_or(close, inf_eq)
    if equal_nan:
        return T.bitwise_or(close_with_infs, T.bitwise_and(a_nan, b_nan))
    return close_with_infs


def allclose(a, b, rtol=1.e-5, atol=1.e-8, equal_nan=False):
    """Whether every element of ``a`` is close to ``b`` (``all(isclose(...))``)."""
    return all(isclose(a, b, rtol, atol, equal_nan))


def power(x, y):
    return x ** y


where = T.switch
floor_div = T.int_div


def largest(*args):
    """The elementwise largest of the arguments (Python's max)."""
    if len(args) == 2:
        a, b = args
        return T.switch(a > b, a, b)
    return T.max(T.stack(args), axis=0)


def smallest(*args):
    """The elementwise smallest of the arguments (Python's min)."""
    if len(args) == 2:
        a, b = args
        return T.switch(a < b, a, b)
    return T.min(T.stack(args), axis=0)


# ------------------------------------------------------------------ any / all


@dataclass(frozen=True)
class Any(Op):
    """Whether any element is non-zero over ``axis`` (None: all of them); bool."""

    axis: tuple | None = None
    numpy_fn = staticmethod(np.any)

    def __str__(self):
        if self.axis is None:
            return type(self).__name__
        return "%s{%s}" % (type(self).__name__, ", ".join(map(str, self.axis)))

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        if x.dtype != "bool":
            x = T.neq(x, 0)
        axes = range(x.ndim) if self.axis is None else self.axis
        bcast = tuple(b for d, b in enumerate(x.broadcastable) if d not in axes)
        return Apply(self, [x], [TensorType("bool", bcast)])

    def infer_shape(self, node, shapes):
        """The sizes of the axes kept (Theano's CAReduce.infer_shape)."""
        if self.axis is None:
            return [()]
        return [tuple(s for d, s in enumerate(shapes[0]) if d not in self.axis)]

    def perform(self, node, inputs):
        return [np.asarray(self.numpy_fn(inputs[0], axis=self.axis))]


@dataclass(frozen=True)
class All(Any):
    """Whether every element is non-zero over ``axis`` (None: all of them); bool."""

    numpy_fn = staticmethod(np.all)


def _reduction(op_class, x, axis, keepdims):
    x = T.as_tensor_variable(x)
    axes = None if axis is None else tuple(
        a % x.ndim for a in ((axis,) if isinstance(axis, (int, np.integer)) else axis))
    out = op_class(axes)(x)
    return T.keep_dims(x, out, axes) if keepdims else out


def any(x, axis=None, keepdims=False):
    return _reduction(Any, x, axis, keepdims)


def all(x, axis=None, keepdims=False):
    return _reduction(All, x, axis, keepdims)


# ------------------------------------------------------------------ shapes


def flatten(x, ndim=None, outdim=None):
    """``x`` with its first ``ndim - 1`` axes kept and the rest folded into one."""
    if outdim is None and ndim is None:
        ndim = 1
    elif outdim is not None and ndim is not None:
        raise ValueError("You should only specify ndim")
    elif outdim is not None:
        ndim = outdim
    return T.as_tensor_variable(x).flatten(ndim)  # (the method checks ndim)


def squeeze(x):
    """``x`` without its broadcastable axes."""
    x = T.as_tensor_variable(x)
    return T.dimshuffle(x, [i for i in range(x.ndim) if not x.broadcastable[i]])


def shape_padleft(t, n_ones=1):
    """``t`` with ``n_ones`` broadcastable axes in front."""
    t = T.as_tensor_variable(t)
    return T.dimshuffle(t, ["x"] * n_ones + list(range(t.ndim)))


def shape_padright(t, n_ones=1):
    """``t`` with ``n_ones`` broadcastable axes behind."""
    t = T.as_tensor_variable(t)
    return T.dimshuffle(t, list(range(t.ndim)) + ["x"] * n_ones)


def shape_padaxis(t, axis):
    """``t`` with a broadcastable axis inserted at ``axis``."""
    t = T.as_tensor_variable(t)
    ndim = t.ndim + 1
    if not -ndim <= axis < ndim:
        raise IndexError("axis {0} is out of bounds [-{1}, {1})".format(axis, ndim))
    if axis < 0:
        axis += ndim
    pattern = list(range(t.ndim))
    pattern.insert(axis, "x")
    return T.dimshuffle(t, pattern)


# ------------------------------------------------------------------ gradients


def _in_dtype(value, x):
    return T.constant(np.asarray(value, dtype=x.dtype))


def register_scalar_gradients(rules):
    """Add these scalar ops' gradient rules to ``rules`` (scalar class -> rule)."""
    rules.update({
        "Log2": lambda xs, z, gz: [gz / (xs[0] * _in_dtype(math.log(2.0), xs[0]))],
        "Log10": lambda xs, z, gz: [gz / (xs[0] * T.constant(np.log(10.0)))],
        "Exp2": lambda xs, z, gz: [gz * exp2(xs[0]) * T.log(_in_dtype(2, xs[0]))],
        "Tan": lambda xs, z, gz: [gz / T.sqr(T.cos(xs[0]))],
        "Sinh": lambda xs, z, gz: [gz * cosh(xs[0])],
        "Cosh": lambda xs, z, gz: [gz * sinh(xs[0])],
        "ArcSin": lambda xs, z, gz: [gz / T.sqrt(_in_dtype(1, xs[0]) - T.sqr(xs[0]))],
        "ArcCos": lambda xs, z, gz: [-gz / T.sqrt(_in_dtype(1, xs[0]) - T.sqr(xs[0]))],
        "ArcTan": lambda xs, z, gz: [gz / (_in_dtype(1, xs[0]) + T.sqr(xs[0]))],
        "ArcSinh": lambda xs, z, gz: [gz / T.sqrt(T.sqr(xs[0]) + _in_dtype(1, xs[0]))],
        "ArcCosh": lambda xs, z, gz: [gz / T.sqrt(T.sqr(xs[0]) - _in_dtype(1, xs[0]))],
        "ArcTanh": lambda xs, z, gz: [gz / (_in_dtype(1, xs[0]) - T.sqr(xs[0]))],
        # d/dy atan2(y, x) = x / (x^2 + y^2), d/dx = -y / (x^2 + y^2) (Theano's ArcTan2.L_op)
        "ArcTan2": lambda xs, z, gz: [gz * xs[1] / (T.sqr(xs[1]) + T.sqr(xs[0])),
                                      gz * -xs[0] / (T.sqr(xs[1]) + T.sqr(xs[0]))],
        "XlogX": lambda xs, z, gz: [gz * (T.constant(1) + T.log(xs[0]))],
        "XlogY0": lambda xs, z, gz: [gz * T.log(xs[1]), gz * xs[0] / xs[1]],
        "Trunc": lambda xs, z, gz: [T.cast(T.zeros_like(xs[0]), floatx())],
    })


register_methods(exp2=exp2, log2=log2, log10=log10, tan=tan, sinh=sinh, cosh=cosh, arcsin=arcsin,
                 arccos=arccos, arctan=arctan, trunc=trunc, any=any, all=all, squeeze=squeeze,
                 arcsinh=arcsinh, arccosh=arccosh, arctanh=arctanh)


# five-axis tensors, as the four-axis constructors of ``basic``
tensor5, dtensor5, ftensor5, itensor5, ltensor5, btensor5, wtensor5 = (
    T._constructor(dtype, (False,) * 5)
    for dtype in (None, "float64", "float32", "int32", "int64", "int8", "int16"))


def deg2rad(x):
    """``x * (pi / 180)``, the factor a floatX constant."""
    return x * np.asarray(np.pi / 180, floatx())


def rad2deg(x):
    """``x * (180 / pi)``, the factor a floatX constant."""
    return x * np.asarray(180.0 / np.pi, floatx())


def ptp(a, axis=None):  # max - min
    a = T.as_tensor_variable(a)
    return T.max(a, axis) - T.min(a, axis)


def split(x, splits_size, n_splits, axis=0):
    """``x`` cut along ``axis`` into ``n_splits`` pieces of the lengths ``splits_size``."""
    return Split(n_splits)(x, axis, splits_size)
