"""The decompositions of ``theano.tensor.nlinalg`` beyond inverse and determinant: the
pseudo-inverse (with Theano's gradient), eig, eigh, svd, and the helpers built from other
ops (matrix_power by repeated dots, norm by sums of powers), run by numpy.linalg as
Theano's ops run them.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op
from rngscope.tensor import basic as T
from rngscope.tensor.linalg import identity_like, matrix_dot
from rngscope.tensor.variable import TensorType

__all__ = ["Eig", "Eigh", "MatrixPinv", "SVD", "eig", "eigh", "matrix_power", "norm", "pinv",
           "register_gradients", "svd"]


@dataclass(frozen=True)
class MatrixPinv(Op):
    """The Moore-Penrose pseudo-inverse (numpy's)."""

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        assert x.ndim == 2
        return Apply(self, [x], [x.type])

    def perform(self, node, inputs):
        (x,) = inputs
        return [np.linalg.pinv(x).astype(x.dtype)]


@dataclass(frozen=True)
class Eig(Op):
    """Eigenvalues and right eigenvectors of a square matrix (numpy's, cast to its dtype)."""

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        assert x.ndim == 2
        return Apply(self, [x], [TensorType(x.dtype, (False,)), TensorType(x.dtype, (False, False))])

    def infer_shape(self, node, shapes):
        n = shapes[0][0]
        return [(n,), (n, n)]

    def perform(self, node, inputs):
        (x,) = inputs
        return [z.astype(x.dtype) for z in np.linalg.eig(x)]


@dataclass(frozen=True)
class Eigh(Op):
    """Eigenvalues (ascending) and eigenvectors of a symmetric matrix, from its ``UPLO``
    triangle."""

    UPLO: str = "L"

    def __post_init__(self):
        assert self.UPLO in ("L", "U")

    def __str__(self):
        return f"Eigh{{UPLO={self.UPLO!r}}}"

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        assert x.ndim == 2
        w_dtype = np.linalg.eigh([[np.dtype(x.dtype).type()]])[0].dtype.name
        return Apply(self, [x], [TensorType(w_dtype, (False,)), TensorType(x.dtype, (False, False))])

    def infer_shape(self, node, shapes):
        n = shapes[0][0]
        return [(n,), (n, n)]

    def perform(self, node, inputs):
        w, v = np.linalg.eigh(inputs[0], self.UPLO)
        return [w, v]


@dataclass(frozen=True)
class SVD(Op):
    """``u, s, vt`` (or ``s`` alone) of a matrix, numpy's."""

    full_matrices: bool = True
    compute_uv: bool = True

    def __str__(self):
        return f"SVD{{full_matrices={self.full_matrices!r}, compute_uv={self.compute_uv!r}}}"

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        assert x.ndim == 2, "The input of svd function should be a matrix."
        vector, matrix = TensorType(x.dtype, (False,)), TensorType(x.dtype, (False, False))
        return Apply(self, [x], [matrix, vector, matrix] if self.compute_uv else [vector])

    def infer_shape(self, node, shapes):
        """s has min(M, N) entries; u is (M, M) and vt (N, N), or (M, K) and (K, N) when
        the matrices are not full (Theano's SVD.infer_shape)."""
        m, n = shapes[0]
        k = T.minimum(m, n)
        if not self.compute_uv:
            return [(k,)]
        if self.full_matrices:
            return [(m, m), (k,), (n, n)]
        return [(m, k), (k,), (k, n)]

    def perform(self, node, inputs):
        out = np.linalg.svd(inputs[0], self.full_matrices, self.compute_uv)
        return list(out) if self.compute_uv else [out]


pinv = MatrixPinv()
eig = Eig()


def eigh(a, UPLO="L"):  # noqa: N803 (numpy's name)
    return Eigh(UPLO)(a)


def svd(a, full_matrices=1, compute_uv=1):
    """The op keeps the flags as given: ``svd(x)`` prints SVD{full_matrices=1, compute_uv=1}."""
    return SVD(full_matrices, compute_uv)(a)


def matrix_power(M, n):  # noqa: N803
    """``M`` dotted with itself ``n`` times, starting from the Python int 1 (as Theano)."""
    result = 1
    for _ in range(n):
        result = T.dot(result, M)
    return result


def norm(x, ord):  # noqa: A002 (Theano's signature)
    """A vector's or a matrix's norm built from sums, maxima and powers (Theano's)."""
    x = T.as_tensor_variable(x)
    if x.ndim == 0:
        raise ValueError("'axis' entry is out of bounds.")
    if x.ndim == 1:
        if ord is None:
            return T.sum(x ** 2) ** 0.5
        if ord == "inf":
            return T.max(abs(x))
        if ord == "-inf":
            return T.min(abs(x))
        if ord == 0:
            return x[x.nonzero()].shape[0]
        try:
            return T.sum(abs(x ** ord)) ** (1.0 / ord)
        except TypeError:
            raise ValueError("Invalid norm order for vectors.") from None
    if x.ndim == 2:
        if ord is None or ord == "fro":
            return T.sum(abs(x ** 2)) ** 0.5
        if ord == "inf":
            return T.max(T.sum(abs(x), 1))
        if ord == "-inf":
            return T.min(T.sum(abs(x), 1))
        if ord == 1:
            return T.max(T.sum(abs(x), 0))
        if ord == -1:
            return T.min(T.sum(abs(x), 0))
        raise ValueError(0)
    raise NotImplementedError("We don't support norm with ndim > 2")


def _pinv_grad(node, out_grads):
    """``(-Z G^T Z + Z Z^T G (I - X Z) + (I - Z X) G Z^T Z)^T`` with ``Z = X^+``."""
    (x,), (z,), (gz,) = node.inputs, node.outputs, out_grads
    x_dot_z, z_dot_x = T.dot(x, z), T.dot(z, x)
    grad = (-matrix_dot(z, gz.T, z)
            + matrix_dot(z, z.T, gz, identity_like(x_dot_z) - x_dot_z)
            + matrix_dot(identity_like(z_dot_x) - z_dot_x, gz, z.T, z)).T
    return [grad]


def register_gradients(rules):
    """Add the gradient rules of these ops to ``rules`` (op class -> rule)."""
    rules[MatrixPinv] = _pinv_grad
