"""Dot products: ``Dot`` (what ``tensor.basic.dot`` makes) and the BLAS forms the compiler
rewrites it to."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op
from rngscope.graph.types import upcast
from rngscope.tensor.variable import TensorType

__all__ = ["Dot", "Dot22", "Gemm", "Gemv"]


_SCIPY_GEMV = {}


def _scipy_gemv(dtype):
    """scipy's BLAS gemv for ``dtype`` (None without scipy), imported on first use."""
    key = np.dtype(dtype).char
    if key not in _SCIPY_GEMV:
        try:
            from scipy.linalg import blas
        except ImportError:
            blas = None
        names = {"f": "sgemv", "d": "dgemv", "F": "cgemv", "D": "zgemv"}
        _SCIPY_GEMV[key] = getattr(blas, names[key]) if blas is not None and key in names \
            else None
    return _SCIPY_GEMV[key]


@dataclass(frozen=True)
class Dot(Op):
    """``numpy.dot`` of two tensors of rank 1 or 2."""

    def __str__(self):
        return "dot"

    def make_node(self, a, b):
        if a.ndim not in (1, 2) or b.ndim not in (1, 2):
            raise TypeError("dot supports only vectors and matrices here")
        bcast = a.broadcastable[:-1] + b.broadcastable[1:] if b.ndim == 2 else a.broadcastable[:-1]
        return Apply(self, [a, b], [TensorType(upcast(a.dtype, b.dtype), bcast)])

    def perform(self, node, inputs):
        return [np.asarray(np.dot(*inputs), dtype=node.outputs[0].type.dtype)]


@dataclass(frozen=True)
class Dot22(Op):
    """Matrix-matrix product."""

    def __str__(self):
        return "Dot22"

    def make_node(self, a, b):
        bcast = (a.broadcastable[0], b.broadcastable[1])
        return Apply(self, [a, b], [TensorType(upcast(a.dtype, b.dtype), bcast)])

    def perform(self, node, inputs):
        return [np.asarray(np.dot(*inputs), dtype=node.outputs[0].type.dtype)]


@dataclass(frozen=True)
class Gemm(Op):
    """``z <- beta * z + alpha * dot(x, y)`` (Theano's perform, branch for branch)."""

    inplace: bool = False

    @property
    def destroy_map(self):
        return {0: [0]} if self.inplace else {}

    def __str__(self):
        return "Gemm{inplace}" if self.inplace else "Gemm{no_inplace}"

    def make_node(self, z, a, x, y, b):
        return Apply(self, [z, a, x, y, b], [z.type])

    def perform(self, node, inputs):
        z, a, x, y, b = inputs
        if not self.inplace:  # in place, z is written over, as the destroy map declares
            z = np.array(z, copy=True)
        if b == 0.0:
            if a == 1.0:
                z[:] = np.dot(x, y)
            elif a == -1.0:
                z[:] = -np.dot(x, y)
            else:
                z[:] = a * np.dot(x, y)
        elif b == 1.0:
            if a == 1.0:
                z += np.dot(x, y)
            elif a == -1.0:
                z -= np.dot(x, y)
            else:
                z += a * np.dot(x, y)
        else:
            z *= b
            z += a * np.dot(x, y)
        return [z]


@dataclass(frozen=True)
class Gemv(Op):
    """``y <- beta * y + alpha * dot(A, x)``."""

    inplace: bool = False

    @property
    def destroy_map(self):
        return {0: [0]} if self.inplace else {}

    def __str__(self):
        return "Gemv{inplace}" if self.inplace else "Gemv{no_inplace}"

    def make_node(self, y, alpha, A, x, beta):
        return Apply(self, [y, alpha, A, x, beta], [y.type])

    def perform(self, node, inputs):
        y, alpha, A, x, beta = inputs
        gemv = _scipy_gemv(y.dtype) if y.shape[0] and x.shape[0] else None
        if gemv is not None:
            # Theano's Gemv calls scipy's BLAS gemv on A.T with trans=True whenever scipy
            # is installed; its kernel rounds differently from numpy's dot plus an add
            if A.shape[0] != y.shape[0] or A.shape[1] != x.shape[0]:
                raise ValueError("Incompatible shapes for gemv (beta * y + alpha * dot(A, x)). "
                                 "y: %s, A: %s, x: %s " % (y.shape, A.shape, x.shape))
            return [gemv(alpha, A.T, x, beta, y, overwrite_y=self.inplace, trans=True)]
        out = np.dot(A, x)
        if alpha != 1:
            out = out * alpha
        if beta != 0:
            out = out + (y if beta == 1 else beta * y)
        return [np.asarray(out, dtype=node.outputs[0].type.dtype)]

