"""``theano.tensor.slinalg``: the Cholesky factor and linear solves, run by scipy.linalg as
Theano's ops run them, with Theano's gradients (Murray's for the Cholesky factor, Giles's
for a solve).  scipy is imported when a node first runs, so start-up does not pay for it.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op
from rngscope.tensor import basic as T
from rngscope.tensor.elementary import any as any_, isnan
from rngscope.tensor.diagonals import diag, diagonal
from rngscope.tensor.linalg import tril, triu
from rngscope.tensor.variable import TensorType

__all__ = ["Cholesky", "Solve", "cholesky", "register_gradients", "solve",
           "solve_lower_triangular", "solve_symmetric", "solve_upper_triangular"]

MATRIX_STRUCTURES = ("general", "symmetric", "lower_triangular", "upper_triangular",
                     "hermitian", "banded", "diagonal", "toeplitz")


def _props(op):
    """``lower=True, on_error='raise'``: an op's fields as Theano prints its __props__."""
    return ", ".join(f"{name}={getattr(op, name)!r}" for name in op.__dataclass_fields__)


@dataclass(frozen=True)
class Cholesky(Op):
    """The Cholesky factor of a positive-definite matrix (lower triangular by default)."""

    lower: bool = True
    destructive: bool = False
    on_error: str = "raise"

    def __post_init__(self):
        if self.on_error not in ("raise", "nan"):
            raise ValueError('on_error must be one of "raise" or ""nan"')

    def __str__(self):
        return f"Cholesky{{{_props(self)}}}"

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        assert x.ndim == 2
        return Apply(self, [x], [x.type])

    def infer_shape(self, node, shapes):
        return [shapes[0]]

    def perform(self, node, inputs):
        import scipy.linalg

        (x,) = inputs
        try:
            return [scipy.linalg.cholesky(x, lower=self.lower).astype(x.dtype)]
        except scipy.linalg.LinAlgError:
            if self.on_error == "raise":
                raise
            return [(np.zeros(x.shape) * np.nan).astype(x.dtype)]


@dataclass(frozen=True)
class Solve(Op):
    """``x`` with ``A x = b`` (a triangular ``A`` solved as one)."""

    A_structure: str = "general"
    lower: bool = False
    overwrite_A: bool = False
    overwrite_b: bool = False

    def __post_init__(self):
        if self.A_structure not in MATRIX_STRUCTURES:
            raise ValueError("Invalid matrix structure argument", self.A_structure)

    def __str__(self):
        return f"Solve{{{_props(self)}}}"

    def __repr__(self):
        fields = tuple(getattr(self, name) for name in self.__dataclass_fields__)
        return f"Solve{{{fields}}}"

    def make_node(self, A, b):
        A, b = T.as_tensor_variable(A), T.as_tensor_variable(b)
        assert A.ndim == 2
        assert b.ndim in (1, 2)
        dtype = np.result_type(A.dtype, b.dtype, np.float32).name  # scipy's result on (1, 1)
        return Apply(self, [A, b], [TensorType(dtype, b.broadcastable)])

    def infer_shape(self, node, shapes):
        a_shape, b_shape = shapes
        return [(a_shape[1],) if len(b_shape) == 1 else (a_shape[1], b_shape[1])]

    def perform(self, node, inputs):
        import scipy.linalg

        A, b = inputs
        if self.A_structure == "lower_triangular":
            return [scipy.linalg.solve_triangular(A, b, lower=True)]
        if self.A_structure == "upper_triangular":
            return [scipy.linalg.solve_triangular(A, b, lower=False)]
        return [scipy.linalg.solve(A, b)]


cholesky = Cholesky()
solve = Solve()
solve_lower_triangular = Solve(A_structure="lower_triangular", lower=True)
solve_upper_triangular = Solve(A_structure="upper_triangular", lower=False)
solve_symmetric = Solve(A_structure="symmetric")


# ------------------------------------------------------------------ gradients


def _cholesky_grad(node, out_grads):
    """Murray (2016): with L the factor, ``s = L^-T Phi(L^T dL) L^-1`` (Phi: the lower
    triangle with its diagonal halved); the gradient is the lower triangle of ``s + s^T``
    less ``s``'s diagonal (the upper triangle for an upper factor)."""
    (gz,) = out_grads
    chol = node.outputs[0]
    op = node.op
    if op.on_error == "nan":
        ok = ~any_(isnan(chol))
        chol, gz = T.switch(ok, chol, 1), T.switch(ok, gz, 1)
    if not op.lower:
        chol, gz = chol.T, gz.T
    product = T.dot(chol.T, gz)
    phi = tril(product) - diag(diagonal(product) / 2.0)
    s = solve_upper_triangular(chol.T, solve_upper_triangular(chol.T, phi.T).T)
    triangle = tril if op.lower else triu
    grad = triangle(s + s.T) - diag(diagonal(s))
    return [T.switch(ok, grad, np.nan) if op.on_error == "nan" else grad]


def _solve_grad(node, out_grads):
    """Giles (2008): ``b_bar = A^-T c_bar``, ``A_bar = -b_bar c^T`` (kept triangular for
    a triangular ``A``)."""
    (A, _b), (c,), (c_bar,) = node.inputs, node.outputs, out_grads
    op = node.op
    flipped = {"lower_triangular": "upper_triangular", "upper_triangular": "lower_triangular"}
    transposed = Solve(A_structure=flipped.get(op.A_structure, op.A_structure), lower=not op.lower)
    b_bar = transposed(A.T, c_bar)
    A_bar = -T.outer(b_bar, c) if c.ndim == 1 else -T.dot(b_bar, c.T)
    if op.A_structure == "lower_triangular":
        A_bar = tril(A_bar)
    elif op.A_structure == "upper_triangular":
        A_bar = triu(A_bar)
    return [A_bar, b_bar]


def register_gradients(rules):
    """Add the gradient rules of these ops to ``rules`` (op class -> rule)."""
    rules.update({Cholesky: _cholesky_grad, Solve: _solve_grad})
