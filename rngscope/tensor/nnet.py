"""Neural-network ops as Theano 1.0.5 defines them: softmax and its gradient, the
categorical cross-entropy on integer targets, relu and binary_crossentropy (as the
elementwise expressions Theano builds), plus argmin, arange and advanced indexing by
several integer vectors (what the tutorials' ``log(p)[arange(n), y]`` needs).

Each ``perform`` computes as Theano's Python implementation does, with float64 exp and
log through the C library (as rngscope's elementwise ops), so values agree bit for bit.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op
from rngscope.graph.types import upcast
from rngscope.tensor.variable import TensorType, register_methods
from rngscope.tensor import basic as T
from rngscope.tensor import scalar as scal
from rngscope.tensor.elemwise import Elemwise
from rngscope.tensor.maxima import Argmax, MaxAndArgmax  # noqa: F401  (theano.tensor.nnet names)
from rngscope.tensor.scalar import IMPLS
from rngscope.tensor.static import constant_value

_exp, _log = IMPLS["Exp"], IMPLS["Log"]


@dataclass(frozen=True)
class Softmax(Op):
    """Row-wise softmax of a matrix."""

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        if x.ndim != 2:
            raise ValueError("x must be 2-d tensor of floats")
        return Apply(self, [x], [x.type])

    def infer_shape(self, node, shapes):
        return [shapes[0]]

    def perform(self, node, inputs):
        (x,) = inputs
        e_x = _exp(x - x.max(axis=1)[:, None])
        return [e_x / e_x.sum(axis=1)[:, None]]


@dataclass(frozen=True)
class SoftmaxWithBias(Op):
    """softmax(x + b) for a row-broadcast vector b, normalised by multiplying with the
    reciprocal of each row's sum (what the compiler makes of softmax(x + b))."""

    def make_node(self, x, b):
        x, b = T.as_tensor_variable(x), T.as_tensor_variable(b)
        if x.ndim != 2 or b.ndim != 1:
            raise ValueError("x must be a matrix and b a vector")
        return Apply(self, [x, b], [x.type])

    def infer_shape(self, node, shapes):
        return [shapes[0]]

    def perform(self, node, inputs):
        x, b = inputs
        if b.shape[0] != x.shape[1]:
            raise ValueError("b must have same number of columns as x")
        if x.size == 0:
            return [np.zeros(x.shape, dtype=x.dtype)]
        x_plus_b = x + b[None, :]
        e_x = _exp(x_plus_b - x_plus_b.max(axis=1)[:, None])
        e_x *= 1.0 / e_x.sum(axis=1)[:, None]
        return [e_x]


@dataclass(frozen=True)
class LogSoftmax(Op):
    """Row-wise log of the softmax, in the stable form ``xdev - log(sum(exp(xdev)))``."""

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        return Apply(self, [x], [x.type])

    def infer_shape(self, node, shapes):
        return [shapes[0]]

    def perform(self, node, inputs):
        (x,) = inputs
        xdev = x - x.max(axis=1)[:, None]
        return [xdev - _log(np.sum(_exp(xdev), axis=1, keepdims=True))]


@dataclass(frozen=True)
class SoftmaxGrad(Op):
    """The gradient of softmax: ``dy * sm - sm * sum(dy * sm, axis=1)``."""

    def make_node(self, dy, sm):
        return Apply(self, [T.as_tensor_variable(dy), T.as_tensor_variable(sm)], [sm.type])

    def infer_shape(self, node, shapes):
        return [shapes[1]]

    def perform(self, node, inputs):
        # Theano sums each row of dy * sm with Python's sum: left to right, in float64
        # (0 + a float32 is a float64 under numpy 1.x), then scales sm by that sum
        # rounded to sm's dtype
        dy, sm = inputs
        dx = dy * sm
        sum_dx = np.cumsum(dx.astype(np.float64), axis=1)[:, -1:] if dx.shape[1] else \
            np.zeros((dx.shape[0], 1))
        dx -= sm * sum_dx.astype(sm.dtype)
        return [dx]


@dataclass(frozen=True)
class CrossentropyCategorical1Hot(Op):
    """``-log(coding[i, y[i]])`` per row."""

    def make_node(self, coding, one_of_n):
        coding, one_of_n = T.as_tensor_variable(coding), T.as_tensor_variable(one_of_n)
        if coding.ndim != 2:
            raise TypeError("matrix required for argument: coding_dist")
        if one_of_n.type not in (TensorType("int64", (False,)), TensorType("int32", (False,))):
            raise TypeError("integer vector required for argument: true_one_of_n(got type: %s "
                            "instead of: %s)" % (one_of_n.type, TensorType("int64", (False,))))
        return Apply(self, [coding, one_of_n], [TensorType(coding.dtype, (False,))])

    def infer_shape(self, node, shapes):
        return [(shapes[0][0],)]

    def perform(self, node, inputs):
        coding, one_of_n = inputs
        y = np.zeros_like(coding[:, 0])
        for i in range(len(y)):
            y[i] = -_log(coding[i, one_of_n[i]])
        return [y]


@dataclass(frozen=True)
class CrossentropyCategorical1HotGrad(Op):
    """``g[i, y[i]] = -gy[i] / coding[i, y[i]]``, zero elsewhere."""

    def make_node(self, g_y, coding, one_of_n):
        return Apply(self, [g_y, coding, one_of_n], [coding.type])

    def infer_shape(self, node, shapes):
        return [shapes[1]]  # Theano's: the coding distribution's shape

    def perform(self, node, inputs):
        g_y, coding, one_of_n = inputs
        g = np.zeros_like(coding)
        for i in range(len(g_y)):
            g[i, one_of_n[i]] = -g_y[i] / coding[i, one_of_n[i]]
        return [g]


@dataclass(frozen=True)
class ARange(Op):
    """``numpy.arange(start, stop, step)``."""

    dtype: str

    def __str__(self):
        return f"ARange{{dtype='{self.dtype}'}}"

    def make_node(self, start, stop, step):
        ins = [T.as_tensor_variable(v) for v in (start, stop, step)]
        return Apply(self, ins, [TensorType(self.dtype, (False,))])

    def infer_shape(self, node, shapes):
        """Theano's length: ``stop`` when counting from 0 by 1, else the clipped count."""
        start, stop, step = node.inputs

        def upcast64(v):  # integers as int64 (not uint64, which int64 cannot hold)
            if v.dtype.startswith(("int", "uint")) and upcast(v.dtype, "int64") == "int64":
                return T.cast(v, "int64")
            return v

        if _is_constant(step, 1):
            if _is_constant(start, 0):
                return [(T.cast(stop, "int64"),)]
            return [(T.maximum(T.cast(upcast64(stop) - upcast64(start), "int64"), 0),)]
        count = T.ceil(T.cast(upcast64(stop) - upcast64(start), "float64") / step)
        return [(T.maximum(T.cast(count, "int64"), 0),)]

    def perform(self, node, inputs):
        start, stop, step = (np.asarray(v).item() for v in inputs)
        return [np.arange(start, stop, step, dtype=self.dtype)]


def _is_constant(v, value):
    known = constant_value(v)
    return known is not None and bool(np.all(known == value))


@dataclass(frozen=True)
class CrossentropySoftmaxArgmax1HotWithBias(Op):
    """Fused ``(nll, softmax(x + b), argmax)`` per row, for integer targets ``y``; what
    Theano's rewrites make of ``-log(softmax(x + b))[arange(n), y]``."""

    def make_node(self, x, b, y_idx):
        x, b, y_idx = (T.as_tensor_variable(v) for v in (x, b, y_idx))
        return Apply(self, [x, b, y_idx], [TensorType(x.dtype, (False,)), x.type,
                                           TensorType(y_idx.dtype, (False,))])

    def infer_shape(self, node, shapes):
        x_shape, _b_shape, y_shape = shapes
        return [(x_shape[0],), x_shape, y_shape]  # Theano: the nll has x's rows

    def perform(self, node, inputs):
        """Theano's checks first (recorded): the bias's length, the targets' count and, row
        by row, a negative target (a target past the last column is numpy's IndexError)."""
        x, b, y_idx = inputs
        if b.shape[0] != x.shape[1]:
            raise ValueError("b must have same number of columns as x")
        if y_idx.shape[0] != x.shape[0]:
            raise ValueError("y_idx must have same number of rows as x")
        sm = np.zeros_like(x)
        nll = np.zeros(x.shape[0], dtype=node.outputs[0].type.dtype)
        am = np.zeros_like(y_idx)
        for i in range(sm.shape[0]):
            row = x[i] + b
            am[i] = np.argmax(row)
            m = row[am[i]]
            sm[i] = _exp(row - m)
            sum_j = np.sum(sm[i])
            sm[i] *= 1.0 / sum_j
            if y_idx[i] < 0:
                raise ValueError("y_i value out of bounds")
            nll[i] = -row[y_idx[i]] + m + _log(sum_j)
        return [nll, sm, am]


@dataclass(frozen=True)
class CrossentropySoftmax1HotWithBiasDx(Op):
    """The gradient of the fused cross-entropy w.r.t. ``x``: ``dy[i] * sm[i]`` less
    ``dy[i]`` at the target."""

    def make_node(self, dy, sm, y_idx):
        dy, sm, y_idx = (T.as_tensor_variable(v) for v in (dy, sm, y_idx))
        return Apply(self, [dy, sm, y_idx], [sm.type])

    def infer_shape(self, node, shapes):
        return [shapes[1]]

    def perform(self, node, inputs):
        dy, sm, y_idx = inputs
        dx = np.zeros_like(sm)
        if np.ndim(dy) == 0:
            dy = np.asarray(dy)[None]
        incr = int(dy.shape[0] > 1)
        for i in range(sm.shape[0]):
            dy_i = dy[i * incr]
            dx[i] = dy_i * sm[i]
            if y_idx[i] < 0:  # Theano's check (recorded); past the last column: numpy's
                raise ValueError("y_i value out of bounds")
            dx[i, y_idx[i]] -= dy_i
        return [dx]


# ------------------------------------------------------------------ user functions


def _check_rows(x):
    """Theano's Softmax / LogSoftmax refuse what is not a vector or matrix of floats."""
    if x.ndim not in (1, 2) or not x.dtype.startswith("float"):
        raise ValueError("x must be 1-d or 2-d tensor of floats. Got %s" % x.type)


def softmax(c):
    """Row-wise softmax; a vector is treated as one row (the result is a 1 x n matrix)."""
    c = T.as_tensor_variable(c)
    if c.ndim == 0:  # Theano's softmax reads broadcastable[-1] (to warn) before its checks
        raise IndexError("tuple index out of range")
    _check_rows(c)
    if c.ndim == 1:
        c = T.dimshuffle(c, ("x", 0))
    return Softmax()(c)


crossentropy_softmax_argmax_1hot_with_bias = CrossentropySoftmaxArgmax1HotWithBias()
crossentropy_categorical_1hot = CrossentropyCategorical1Hot()
softmax_with_bias = SoftmaxWithBias()


def crossentropy_softmax_1hot_with_bias(x, b, y_idx):
    """(nll, softmax(x + b)) for integer targets, from the fused op."""
    return crossentropy_softmax_argmax_1hot_with_bias(x, b, y_idx)[0:2]


def crossentropy_softmax_1hot(x, y_idx):
    """(nll, softmax(x)) for integer targets, from the fused op with a zero bias."""
    x = T.as_tensor_variable(x)
    return crossentropy_softmax_1hot_with_bias(x, T.zeros_like(x[0, :]), y_idx)


def relu(x, alpha=0):
    """Theano 1.0.5's relu: ``0.5 * (x + abs(x))``, leaky as ``f1 * x + f2 * abs(x)``."""
    x = T.as_tensor_variable(x)
    if alpha == 0:
        return 0.5 * (x + abs(x))
    alpha = T.as_tensor_variable(alpha)
    f1 = 0.5 * (1 + alpha)
    f2 = 0.5 * (1 - alpha)
    return f1 * x + f2 * abs(x)


def logsoftmax(c):
    """Row-wise log of the softmax, as one LogSoftmax node (a vector is one row)."""
    c = T.as_tensor_variable(c)
    _check_rows(c)
    if c.ndim == 1:
        c = T.dimshuffle(c, ("x", 0))
    return LogSoftmax()(c)


def elu(x, alpha=1):
    """The exponential linear unit, as Theano builds it: ``switch(x > 0, x, alpha * expm1(x))``."""
    return T.switch(x > 0, x, alpha * T.expm1(x))


_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946


def selu(x):
    """The scaled exponential linear unit: ``scale * elu(x, alpha)`` with the paper's constants."""
    return _SELU_SCALE * elu(x, _SELU_ALPHA)


def _softsign_impl(x):
    wide = np.asarray(x, dtype=np.float64)  # Theano runs it on Python floats
    return wide / (1.0 + np.abs(wide))


scal.IMPLS["ScalarSoftsign"] = _softsign_impl
SOFTSIGN = scal.ScalarOp(name="scalar_softsign", cls="ScalarSoftsign", nin=1, rule="float")


def softsign(x):
    """``x / (1 + |x|)`` elementwise."""
    return Elemwise(SOFTSIGN, name="softsign")(T.as_tensor_variable(x))


def ultra_fast_sigmoid(x):
    """A piecewise approximation of the sigmoid (no gradient, as in Theano)."""
    return Elemwise(scal.ultra_fast_sigmoid, name="ultra_fast_sigmoid")(T.as_tensor_variable(x))


def hard_sigmoid(x):
    """``clip(0.2 * x + 0.5, 0, 1)`` in x's float dtype."""
    x = T.as_tensor_variable(x)
    dtype = scal.ultra_fast_sigmoid.out_dtype([x.dtype])
    return T.clip(x * T.constant(0.2, dtype=dtype) + T.constant(0.5, dtype=dtype), 0, 1)


def binary_crossentropy(output, target):
    """``-(target * log(output) + (1 - target) * log(1 - output))``."""
    return -(target * T.log(output) + (1.0 - target) * T.log(1.0 - output))


def categorical_crossentropy(coding_dist, true_dist):
    """Per-row cross-entropy against one-hot rows or integer class indices."""
    coding_dist = T.as_tensor_variable(coding_dist)
    true_dist = T.as_tensor_variable(true_dist)
    if true_dist.ndim == coding_dist.ndim:
        return -T.sum(true_dist * T.log(coding_dist), axis=coding_dist.ndim - 1)
    if true_dist.ndim == coding_dist.ndim - 1:
        return CrossentropyCategorical1Hot()(coding_dist, true_dist)
    raise TypeError("rank mismatch between coding and true distributions")


def argmin(x, axis=None, keepdims=False):
    """The index of the smallest element, as Theano finds it: the argmax of ``-x`` (of
    ``top - x`` for unsigned ints, ``~x`` for bools)."""
    x = T.as_tensor_variable(x)
    if x.dtype.startswith("float") or x.dtype in ("int8", "int16", "int32", "int64"):
        flipped = -x
    elif x.dtype.startswith("uint"):
        flipped = np.array(np.iinfo(x.dtype).max, dtype=x.dtype) - x
    elif x.dtype == "bool":
        flipped = ~x
    else:
        raise NotImplementedError()
    return T.argmax(flipped, axis=axis, keepdims=keepdims)


def arange(start, stop=None, step=1, dtype=None):
    """``numpy.arange`` as a graph: ``arange(n)`` or ``arange(start, stop, step)``."""
    if stop is None:
        start, stop = 0, start
    start, stop, step = (T.as_tensor_variable(v) for v in (start, stop, step))
    if dtype is None:
        # Theano widens every integer range to 64 bits (no byte-sized ranges)
        dtype = upcast(start.dtype, stop.dtype, step.dtype)
        if dtype in ("int8", "int16", "int32"):
            dtype = "int64"
        elif dtype in ("uint8", "uint16", "uint32"):
            dtype = "uint64"
    return ARange(dtype)(start, stop, step)


# ------------------------------------------------------------------ gradients


def _softmax_grad(node, out_grads):
    return [SoftmaxGrad()(out_grads[0], node.outputs[0])]


def _log_softmax_grad(node, out_grads):
    (g,) = out_grads
    return [g - T.sum(g, axis=1, keepdims=True) * Softmax()(node.inputs[0])]


def _crossentropy_grad(node, out_grads):
    coding, one_of_n = node.inputs
    return [CrossentropyCategorical1HotGrad()(out_grads[0], coding, one_of_n), None]


def _given(g):
    """Whether an output gradient was given (the walk fills a missing one with zeros)."""
    return g is not None and not (constant_value(g) is not None and constant_value(g) == 0)


def _crossentropy_softmax_grad(node, out_grads):
    """The fused op's gradient: the nll's through CrossentropySoftmax1HotWithBiasDx, the
    softmax output's through SoftmaxGrad; the bias gets each one summed over rows."""
    x, b, y_idx = node.inputs
    g_nll, g_sm, _g_am = out_grads
    dxs = []
    if _given(g_nll):
        dxs.append(CrossentropySoftmax1HotWithBiasDx()(g_nll, node.outputs[1], y_idx))
    if _given(g_sm):
        dxs.append(SoftmaxGrad()(g_sm, SoftmaxWithBias()(x, b)))
    if not dxs:
        return [T.zeros_like(x), T.zeros_like(b), None]
    dbs = [T.sum(dx, axis=[0]) for dx in dxs]
    return [dxs[0] if len(dxs) == 1 else T.add(*dxs), dbs[0] if len(dbs) == 1 else T.add(*dbs), None]


def _softmax_with_bias_grad(node, out_grads):
    dx = SoftmaxGrad()(out_grads[0], node.outputs[0])
    return [dx, T.sum(dx, axis=0)]


def _softsign_grad(xs, z, gz):
    d = T.constant(1.0) + abs(xs[0])
    return [gz / (d * d)]


def register_scalar_gradients(rules):
    """Add softsign's scalar gradient rule to ``rules`` (scalar class -> rule)."""
    rules["ScalarSoftsign"] = _softsign_grad


def register_gradients(rules):
    """Add the gradient rules of these ops to ``rules`` (op class -> rule)."""
    rules.update({
        Softmax: _softmax_grad,
        SoftmaxWithBias: _softmax_with_bias_grad,
        CrossentropySoftmaxArgmax1HotWithBias: _crossentropy_softmax_grad,
        LogSoftmax: _log_softmax_grad,
        CrossentropyCategorical1Hot: _crossentropy_grad,
    })


__all__ = [
    "ARange", "Argmax", "MaxAndArgmax", "argmin", "CrossentropyCategorical1Hot", "CrossentropyCategorical1HotGrad",
    "CrossentropySoftmax1HotWithBiasDx", "CrossentropySoftmaxArgmax1HotWithBias", "LogSoftmax",
    "Softmax", "SoftmaxGrad", "SoftmaxWithBias", "arange", "binary_crossentropy",
    "categorical_crossentropy", "crossentropy_categorical_1hot", "crossentropy_softmax_1hot",
    "crossentropy_softmax_1hot_with_bias", "crossentropy_softmax_argmax_1hot_with_bias", "elu", "hard_sigmoid", "logsoftmax", "register_gradients",
    "register_scalar_gradients", "relu", "selu", "softmax", "softmax_with_bias", "softsign",
    "ultra_fast_sigmoid",
]

register_methods(argmin=argmin)
