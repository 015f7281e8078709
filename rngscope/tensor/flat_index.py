"""Flat and multi-dimensional indices as Theano 1.0.5's ``extra_ops`` converts them:
``unravel_index`` (UnravelIndex{ndim, order}, numpy's unravel_index in C order, the order
only named: one int64 output per dimension, each of the indices' shape) and ``ravel_multi_index`` (RavelMultiIndex{mode,
order}, numpy's ravel_multi_index: the coordinates then the dimensions as inputs).

Neither has a gradient: asking for one raises what Theano raises.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op, Variable
from rngscope.graph.types import DISCRETE_DTYPES
from rngscope.tensor import basic as T
from rngscope.tensor.variable import TensorType, constant

__all__ = ["RavelMultiIndex", "UnravelIndex", "ravel_multi_index", "register_gradients",
           "unravel_index"]


def _dims(dims):
    """The dimensions as a vector: numbers through numpy (a tuple of ints is int64, an
    array keeps its dtype), a variable as it is."""
    if isinstance(dims, Variable):
        return dims
    if isinstance(dims, (tuple, list)) and any(isinstance(d, Variable) for d in dims):
        return T.as_tensor_variable(dims)
    return constant(np.asarray(dims))


@dataclass(frozen=True)
class UnravelIndex(Op):
    """``numpy.unravel_index(indices, dims, order)``: ``ndim`` int64 coordinate tensors."""

    ndim: int
    order: str = "C"

    def __str__(self):
        return "UnravelIndex{ndim=%d, order=%r}" % (self.ndim, self.order)

    def make_node(self, indices, dims):
        indices, dims = T.as_tensor_variable(indices), T.as_tensor_variable(dims)
        if indices.dtype not in DISCRETE_DTYPES:
            raise TypeError("'%s' object cannot be interpreted as an index" % indices.dtype)
        out = TensorType("int64", indices.broadcastable)
        return Apply(self, [indices, dims], [out] * self.ndim)

    def infer_shape(self, node, shapes):
        return [shapes[0]] * self.ndim

    def perform(self, node, inputs):
        indices, dims = inputs
        # Theano 1.0.5 unravels in C order whatever order the op names (order='F' gives
        # the C coordinates): observed, and kept
        coords = np.unravel_index(indices, tuple(dims))
        return [np.asarray(c, dtype="int64") for c in coords]


@dataclass(frozen=True)
class RavelMultiIndex(Op):
    """``numpy.ravel_multi_index(coordinates, dims, mode, order)``: int64 flat indices."""

    mode: str = "raise"
    order: str = "C"

    def __str__(self):
        return "RavelMultiIndex{mode=%r, order=%r}" % (self.mode, self.order)

    def make_node(self, *inputs):
        inputs = [T.as_tensor_variable(i) for i in inputs]
        return Apply(self, inputs, [TensorType("int64", inputs[0].broadcastable)])

    def infer_shape(self, node, shapes):
        return [shapes[0]]

    def perform(self, node, inputs):
        *coords, dims = inputs
        flat = np.ravel_multi_index(tuple(coords), tuple(dims), mode=self.mode, order=self.order)
        return [np.asarray(flat, dtype="int64")]


def unravel_index(indices, dims, order="C", ndim=None):
    """The coordinates of the flat ``indices`` in an array of shape ``dims``, as a tuple."""
    dims = _dims(dims)
    if ndim is None:
        try:
            ndim = T.get_vector_length(dims)
        except (ValueError, TypeError):
            raise ValueError(
                "The length of the provided dimension list (%s) cannot be automatically "
                "determined, so Theano is not able to know what the number of dimensions of "
                "the unraveled index will be. You can provide the 'ndim' keyword argument to "
                "'unravel_index' to avoid this problem." % dims) from None
    out = UnravelIndex(ndim=ndim, order=order)(indices, dims)
    return tuple(out) if isinstance(out, (list, tuple)) else (out,)


def ravel_multi_index(multi_index, dims, mode="raise", order="C"):
    """The flat indices of the coordinates ``multi_index`` in an array of shape ``dims``."""
    if not isinstance(multi_index, (tuple, list)):
        raise TypeError("multi_index must be a tuple or a list.")
    return RavelMultiIndex(mode=mode, order=order)(*multi_index, _dims(dims))


def _no_grad_method(node, out_grads):
    raise AttributeError("'%s' object has no attribute 'grad'" % type(node.op).__name__)


def register_gradients(rules):
    """Neither op states a gradient: Theano fails looking one up."""
    rules.update({UnravelIndex: _no_grad_method, RavelMultiIndex: _no_grad_method})
