"""Dot products: ``Dot`` (what ``tensor.basic.dot`` makes) and the BLAS forms the compiler
rewrites it to."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op
from rngscope.graph.types import upcast
from rngscope.tensor.variable import TensorType

__all__ = ["GER_DTYPES", "Dot", "Dot22", "Dot22Scalar", "Gemm", "Gemv", "ScipyGer"]


_SCIPY_GEMV = {}


def _scipy_blas(routine, dtype):
    """scipy's BLAS ``routine`` ('gemv', 'ger') for ``dtype`` (None without scipy),
    imported on first use."""
    key = (routine, np.dtype(dtype).char)
    if key not in _SCIPY_GEMV:
        try:
            from scipy.linalg import blas
        except ImportError:
            blas = None
        prefix = {"f": "s", "d": "d", "F": "c", "D": "z"}.get(key[1])
        name = None if prefix is None else prefix + routine + ("u" if routine == "ger" and prefix in "cz" else "")
        _SCIPY_GEMV[key] = getattr(blas, name, None) if blas is not None and name else None
    return _SCIPY_GEMV[key]


def _scipy_gemv(dtype):
    """scipy's BLAS gemv for ``dtype`` (None without scipy)."""
    return _scipy_blas("gemv", dtype)


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


def _dot22(x, y):
    """np.dot of two matrices; a shape mismatch's ValueError carries both shapes, as
    Theano's Dot22 and Dot22Scalar add them."""
    try:
        return np.dot(x, y)
    except ValueError as e:
        e.args = e.args + (x.shape, y.shape)
        raise


@dataclass(frozen=True)
class Dot22(Op):
    """Matrix-matrix product."""

    def make_node(self, a, b):
        bcast = (a.broadcastable[0], b.broadcastable[1])
        return Apply(self, [a, b], [TensorType(upcast(a.dtype, b.dtype), bcast)])

    def perform(self, node, inputs):
        return [np.asarray(_dot22(*inputs), dtype=node.outputs[0].type.dtype)]


@dataclass(frozen=True)
class Dot22Scalar(Op):
    """``a * dot(x, y)`` for matrices x, y and a 0-d ``a`` of their dtype: the scaled
    product the compiler makes of a scale gemm did not take (Theano's Dot22Scalar)."""

    def make_node(self, x, y, a):
        bcast = (x.broadcastable[0], y.broadcastable[1])
        return Apply(self, [x, y, a], [TensorType(upcast(x.dtype, y.dtype), bcast)])

    def perform(self, node, inputs):
        x, y, a = inputs
        return [np.asarray(a * _dot22(x, y))]

    def infer_shape(self, node, shapes):
        return [(shapes[0][0], shapes[1][1])]


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



GER_DTYPES = ("float32", "float64", "complex64", "complex128")


@dataclass(frozen=True)
class ScipyGer(Op):
    """``A <- A + alpha * outer(x, y)`` through scipy's BLAS ger (Theano's ScipyGer, what it
    makes of a dot of a column and a row); in place, it overwrites A."""

    inplace: bool = False

    @property
    def destroy_map(self):
        return {0: [0]} if self.inplace else {}

    def __str__(self):
        return "ScipyGer{destructive}" if self.inplace else "ScipyGer{non-destructive}"

    def make_node(self, A, alpha, x, y):
        if x.dtype not in GER_DTYPES:  # Theano's Ger refuses float16 (its rewrites then fail)
            raise TypeError("only float and complex types supported", x.dtype)
        return Apply(self, [A, alpha, x, y], [A.type])

    def infer_shape(self, node, shapes):
        return [shapes[0]]

    def perform(self, node, inputs):
        A, alpha, x, y = inputs
        ger = _scipy_blas("ger", A.dtype) if A.size else None
        if ger is None:
            return [np.asarray(A + alpha * np.outer(x, y), dtype=A.dtype)]
        if not self.inplace:
            A = A.copy()
        # scipy's ger works on Fortran-ordered storage: ger on A.T with y and x swapped
        # updates a C-ordered A where it lies
        return [ger(alpha, y, x, a=A.T, overwrite_a=True).T]
