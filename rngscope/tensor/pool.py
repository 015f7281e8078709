"""``theano.tensor.signal.pool``: Pool (max, sum and the two averages over windows of the last
``ndim`` axes) and its gradients MaxPoolGrad and AveragePoolGrad, built, shaped and printed
as Theano 1.0.5's.

What they compute is what Theano's Python implementations compute where the recording runs
them (numpy 1.23, no C compiler): Pool and AveragePoolGrad index a window with a *list* of
slices, which numpy 1.23 refuses, so every call that reaches a window raises numpy's
IndexError, as Theano's did; MaxPoolGrad indexes with tuples and computes.
"""
from __future__ import annotations

import itertools
import warnings
from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op
from rngscope.graph.types import INT_DTYPES
from rngscope.tensor import basic as T
from rngscope.tensor.variable import TensorType

__all__ = ["AveragePoolGrad", "DownsampleFactorMaxGradGrad", "MODES", "MaxPoolGrad", "Pool", "pool_2d",
           "register_gradients"]

MODES = ("max", "sum", "average_inc_pad", "average_exc_pad")

# numpy 1.23's refusal of a list of slices as an index (what Theano's perform runs into)
LIST_INDEX_ERROR = ("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) "
                    "and integer or boolean arrays are valid indices")


def _window_params(ws, stride, pad, nd):
    """``ws``, ``stride`` (``ws`` when None) and ``pad`` (zeros when None) as int vectors."""
    stride = ws if stride is None else stride
    pad = (0,) * nd if pad is None else pad
    params = [T.as_tensor_variable(v) for v in (ws, stride, pad)]
    for v, what in zip(params, ("Pool downsample parameters", "Stride parameters",
                                "Padding parameters")):
        assert v.ndim == 1
        if v.dtype not in INT_DTYPES:
            raise TypeError(f"{what} must be ints.")
    return params


def _pool_out_shape(img_shape, ws, stride, pad, ignore_border, nd):
    """The output shape: ``img_shape`` with its last ``nd`` sizes pooled; symbolic when the
    sizes are variables (Theano's Pool.out_shape: the window and stride read from their
    vectors are variables, never equal, so the general form is always built)."""

    def out(v, w, s):
        if ignore_border:
            size = (v - w) // s + 1
            return T.maximum(size, 0) if not isinstance(size, (int, np.integer)) else max(size, 0)
        if isinstance(v, (int, np.integer)) and isinstance(w, (int, np.integer)):
            return (v - 1) // s + 1 if s >= w else max(0, (v - 1 - w + s) // s) + 1
        return T.switch(T.ge(s, w), (v - 1) // s + 1, T.maximum(0, (v - 1 - w) // s + 1) + 1)

    sizes = [out(img_shape[-nd + i] + pad[i] * 2, ws[i], stride[i]) for i in range(nd)]
    return tuple(img_shape[:-nd]) + tuple(sizes)


@dataclass(frozen=True)
class Pool(Op):
    """Each window of the last ``ndim`` axes reduced to one value by ``mode``."""

    ignore_border: bool = False
    mode: str = "max"
    ndim: int = 2

    def __post_init__(self):
        if self.mode == "max_deterministic":
            object.__setattr__(self, "mode", "max")
        if self.mode not in MODES:
            raise ValueError("Pool mode parameter only support 'max', 'sum', 'average_inc_pad' "
                             "and 'average_exc_pad'. Got %s" % self.mode)

    def __str__(self):
        return "Pool{ignore_border=%r, mode=%r, ndim=%r}" % (self.ignore_border, self.mode,
                                                             self.ndim)

    def make_node(self, x, ws, stride=None, pad=None):
        x = T.as_tensor_variable(x)
        nd = self.ndim
        if isinstance(pad, (tuple, list)):
            if max(pad) != 0 and not self.ignore_border:
                raise NotImplementedError("padding works only with ignore_border=True")
            if isinstance(ws, (tuple, list)) and any(pad[i] >= ws[i] for i in range(nd)):
                raise NotImplementedError("padding must be smaller than strides")
        ws, stride, pad = _window_params(ws, stride, pad, nd)
        if x.ndim < nd:
            raise TypeError()
        out = TensorType(x.dtype, x.broadcastable[:-nd] + (False,) * nd)
        return Apply(self, [x, ws, stride, pad], [out])

    def infer_shape(self, node, shapes):
        x, ws, stride, pad = node.inputs
        return [_pool_out_shape(shapes[0], ws, stride, pad, self.ignore_border, self.ndim)]

    def perform(self, node, inputs):
        x, ws, stride, pad = inputs
        nd = self.ndim
        assert ws.shape == stride.shape == pad.shape == (nd,)
        if x.ndim < nd:
            raise NotImplementedError(f"Pool requires input with {nd} or more dimensions")
        shape = _pool_out_shape(x.shape, ws, stride, pad, self.ignore_border, nd)
        if not self.ignore_border:
            assert all(z > 0 for z in shape[-nd:])
        if np.prod(shape, dtype=np.int64) > 0:  # a window reached: Theano's list index
            raise IndexError(LIST_INDEX_ERROR)
        return [np.empty(shape, dtype=x.dtype)]


@dataclass(frozen=True)
class MaxPoolGrad(Op):
    """The gradient of a max Pool: each window's gradient goes to the inputs equal to its
    maximum."""

    ignore_border: bool = False
    mode: str = "max"
    ndim: int = 2

    def __str__(self):
        return "MaxPoolGrad{ignore_border=%r, mode=%r, ndim=%r}" % (
            self.ignore_border, self.mode, self.ndim)

    def make_node(self, x, maxout, gz, ws, stride=None, pad=None):
        x, maxout, gz = (T.as_tensor_variable(v) for v in (x, maxout, gz))
        ws, stride, pad = _window_params(ws, stride, pad, self.ndim)
        assert x.ndim == maxout.ndim == gz.ndim >= self.ndim
        return Apply(self, [x, maxout, gz, ws, stride, pad], [TensorType(x.dtype, x.broadcastable)])

    def infer_shape(self, node, shapes):
        return [shapes[0]]

    def perform(self, node, inputs):
        x, maxout, gz, ws, stride, pad = inputs
        nd = self.ndim
        assert ws.shape == stride.shape == pad.shape == (nd,)
        img = tuple(x.shape[-nd + i] + 2 * pad[i] for i in range(nd))
        inner = tuple(slice(pad[i], img[i] - pad[i]) for i in range(nd))
        y = np.zeros(x.shape[:-nd] + img, dtype=x.dtype)
        y[(slice(None),) * (x.ndim - nd) + inner] = x
        gx = np.zeros_like(y)
        ranges = [[range(max(j * stride[i], pad[i]), min(max(j * stride[i], pad[i]) + ws[i], img[i]))
                   for j in range(maxout.shape[-nd + i])] for i in range(nd)]
        for k in np.ndindex(*x.shape[:-nd]):
            gxk, gzk, yk, maxk = gx[k], gz[k], y[k], maxout[k]
            for r in np.ndindex(*maxout.shape[-nd:]):
                for c in itertools.product(*[ranges[i][r[i]] for i in range(nd)]):
                    if maxk[r] == yk[c]:
                        gxk[c] += gzk[r]
        return [gx[(slice(None),) * (x.ndim - nd) + inner]]


@dataclass(frozen=True)
class AveragePoolGrad(Op):
    """The gradient of a sum or average Pool: each window's gradient spread over it."""

    ignore_border: bool = False
    mode: str = "average_inc_pad"
    ndim: int = 2

    def __str__(self):
        return "AveragePoolGrad{ignore_border=%r, mode=%r, ndim=%r}" % (
            self.ignore_border, self.mode, self.ndim)

    def make_node(self, x, gz, ws, stride=None, pad=None):
        x, gz = T.as_tensor_variable(x), T.as_tensor_variable(gz)
        ws, stride, pad = _window_params(ws, stride, pad, self.ndim)
        assert x.ndim == gz.ndim >= self.ndim
        return Apply(self, [x, gz, ws, stride, pad], [TensorType(x.dtype, x.broadcastable)])

    def infer_shape(self, node, shapes):
        return [shapes[0]]

    def perform(self, node, inputs):
        x, gz, ws, stride, pad = inputs
        nd = self.ndim
        assert ws.shape == stride.shape == pad.shape == (nd,)
        if self.mode == "average_exc_pad" and max(pad) != 0:
            raise NotImplementedError()
        shape = _pool_out_shape(x.shape, ws, stride, pad, self.ignore_border, nd)
        if np.prod(shape, dtype=np.int64) > 0:  # a window reached: Theano's list index
            raise IndexError(LIST_INDEX_ERROR)
        return [np.zeros(x.shape, dtype=x.dtype)]


@dataclass(frozen=True)
class DownsampleFactorMaxGradGrad(Op):
    """The gradient of MaxPoolGrad with respect to its output gradient: each window's
    maximum position reads the incoming gradient there."""

    ignore_border: bool = False
    mode: str = "max"
    ndim: int = 2

    def __str__(self):
        return "DownsampleFactorMaxGradGrad{ignore_border=%r, mode=%r, ndim=%r}" % (
            self.ignore_border, self.mode, self.ndim)

    def make_node(self, x, maxout, gz, ws, stride=None, pad=None):
        x, maxout, gz = (T.as_tensor_variable(v) for v in (x, maxout, gz))
        if isinstance(pad, (tuple, list)):
            if max(pad) != 0 and not self.ignore_border:
                raise NotImplementedError("padding works only with ignore_border=True")
            if isinstance(ws, (tuple, list)) and any(pad[i] >= ws[i] for i in range(self.ndim)):
                raise NotImplementedError("padding must be smaller than strides")
        ws, stride, pad = _window_params(ws, stride, pad, self.ndim)
        assert x.ndim == maxout.ndim == gz.ndim >= self.ndim
        return Apply(self, [x, maxout, gz, ws, stride, pad], [TensorType(x.dtype, x.broadcastable)])

    def infer_shape(self, node, shapes):
        return [shapes[1]]

    def perform(self, node, inputs):
        x, maxout, ggx, ws, stride, pad = inputs
        nd = self.ndim
        assert ws.shape == stride.shape == pad.shape == (nd,)
        img = tuple(x.shape[-nd + i] + 2 * pad[i] for i in range(nd))
        inner = (slice(None),) * (x.ndim - nd) + tuple(slice(pad[i], img[i] - pad[i])
                                                        for i in range(nd))
        y, ggx_padded = x, ggx
        if max(pad) > 0:
            y = np.zeros(x.shape[:-nd] + img, dtype=x.dtype)
            y[inner] = x
            ggx_padded = np.zeros(x.shape[:-nd] + img, dtype=x.dtype)
            ggx_padded[inner] = ggx
        ggz = np.zeros(maxout.shape, dtype=x.dtype)
        ranges = [[range(j * stride[i], min(j * stride[i] + ws[i], img[i]))
                   for j in range(maxout.shape[-nd + i])] for i in range(nd)]
        for k in np.ndindex(*x.shape[:-nd]):
            ggxk, ggzk, yk, maxk = ggx_padded[k], ggz[k], y[k], maxout[k]
            for r in np.ndindex(*maxout.shape[-nd:]):
                for c in itertools.product(*[ranges[i][r[i]] for i in range(nd)]):
                    if maxk[r] == yk[c]:
                        ggzk[r] += ggxk[c]
        return [ggz]


def pool_2d(input, ws=None, ignore_border=None, stride=None, pad=(0, 0), mode="max", ds=None,
            st=None, padding=None):
    """Pool over the last two axes (Theano's ``pool_2d``; ``ds``, ``st`` and ``padding`` are
    its deprecated names of ``ws``, ``stride`` and ``pad``)."""
    if ds is not None:
        if ws is not None:
            raise ValueError("You can't provide a tuple value to both 'ws' and 'ds'. "
                             "Please provide a value only to 'ws'.")
        warnings.warn("DEPRECATION: the 'ds' parameter is not going to exist anymore as it is "
                      "going to be replaced by the parameter 'ws'.", stacklevel=2)
        ws = ds
    elif ws is None:
        raise ValueError("You must provide a tuple value for the window size.")
    if st is not None:
        if stride is not None:
            raise ValueError("You can't provide a tuple value to both 'st and 'stride'. "
                             "Please provide a value only to 'stride'.")
        warnings.warn("DEPRECATION: the 'st' parameter is not going to exist anymore as it is "
                      "going to be replaced by the parameter 'stride'.", stacklevel=2)
        stride = st
    if padding is not None:
        if pad not in {None, (0, 0)}:
            raise ValueError("You can't provide a tuple value to both 'padding' and pad.  "
                             "Please provide a value only to pad.")
        warnings.warn("DEPRECATION: the 'padding' parameter is not going to exist anymore as it "
                      "is going to be replaced by the parameter 'pad'.", stacklevel=2)
        pad = padding
    if input.ndim < 2:
        raise NotImplementedError("pool_2d requires a dimension >= 2")
    if ignore_border is None:
        warnings.warn("pool_2d() will have the parameter ignore_border default value changed to "
                      "True (currently False).", stacklevel=2)
        ignore_border = False
    return Pool(ignore_border, ndim=2, mode=mode)(input, ws, stride, pad)


# ------------------------------------------------------------------ gradients


def _pool_grad(node, out_grads):
    """MaxPoolGrad(x, out, gz) for max, AveragePoolGrad(x, gz) otherwise; the window
    parameters are disconnected."""
    op, (x, ws, stride, pad), (gz,) = node.op, node.inputs, out_grads
    if op.mode == "max":
        gx = MaxPoolGrad(op.ignore_border, ndim=op.ndim)(x, node.outputs[0], gz, ws, stride, pad)
    else:
        gx = AveragePoolGrad(op.ignore_border, op.mode, op.ndim)(x, gz, ws, stride, pad)
    return [gx, None, None, None]


def _max_pool_grad_grad(node, out_grads):
    """zeros for x and the pooled output; DownsampleFactorMaxGradGrad for gz."""
    op, (x, maxout, _gz, ws, stride, pad), (ggx,) = node.op, node.inputs, out_grads
    gg = DownsampleFactorMaxGradGrad(op.ignore_border, ndim=op.ndim)(x, maxout, ggx, ws, stride, pad)
    return [T.zeros_like(x), T.zeros_like(maxout), gg, None, None, None]


def _average_pool_grad_grad(node, out_grads):
    """zeros for x; the same Pool of the incoming gradient for gz."""
    op, (x, _gz, ws, stride, pad), (ggx,) = node.op, node.inputs, out_grads
    return [T.zeros_like(x), Pool(op.ignore_border, op.mode, op.ndim)(ggx, ws, stride, pad),
            None, None, None]


def _grad_grad_grad(node, out_grads):
    """zeros for x and the pooled output; MaxPoolGrad for the incoming gradient."""
    op, (x, maxout, _ggx, ws, stride, pad), (gz,) = node.op, node.inputs, out_grads
    return [T.zeros_like(x), T.zeros_like(maxout),
            MaxPoolGrad(op.ignore_border, ndim=op.ndim)(x, maxout, gz, ws, stride, pad),
            None, None, None]


def register_gradients(rules):
    """Add the gradient rules of these ops to ``rules`` (op class -> rule)."""
    rules.update({Pool: _pool_grad, MaxPoolGrad: _max_pool_grad_grad,
                  AveragePoolGrad: _average_pool_grad_grad,
                  DownsampleFactorMaxGradGrad: _grad_grad_grad})
