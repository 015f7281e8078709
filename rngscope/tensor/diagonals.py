"""The diagonals of ``theano.tensor`` and ``theano.tensor.nlinalg``: diag (AllocDiag /
ExtractDiag; nlinalg's square MatrixAllocDiag), diagonal, trace, fill_diagonal
(FillDiagonal) and fill_diagonal_offset (FillDiagonalOffset), with their shapes and
gradients as Theano's.

Ops run numpy's function on their inputs, as Theano's Python implementations do (so the
values are numpy's).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op
from rngscope.graph.types import INT_DTYPES, UINT_DTYPES, upcast
from rngscope.tensor import basic as T
from rngscope.tensor.grad_ops import set_subtensor
from rngscope.tensor.variable import TensorType, register_methods

__all__ = [
    "AllocDiag", "ExtractDiag", "FillDiagonal", "FillDiagonalOffset", "MatrixAllocDiag", "diag",
    "diagonal", "fill_diagonal", "fill_diagonal_offset", "matrix_diag", "register_gradients",
    "trace",
]


@dataclass(frozen=True)
class AllocDiag(Op):
    """A tensor with the last axis of ``x`` on diagonal ``offset`` of the axes ``axis1``,
    ``axis2`` (``T.AllocDiag``, ``T.diag`` of a vector)."""

    offset: int = 0
    axis1: int = 0
    axis2: int = 1

    def __str__(self):
        return "AllocDiag{offset=%s, axis1=%s, axis2=%s}" % (self.offset, self.axis1, self.axis2)

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        if x.ndim < 1:
            raise ValueError("AllocDiag needs an input with 1 or more dimensions", x.type)
        return Apply(self, [x], [TensorType(x.dtype, (False,) * (x.ndim + 1))])

    def infer_shape(self, node, shapes):
        """Two axes of ``x.shape[-1] + |offset|`` put in at axis1 and axis2 (Theano's
        AllocDiag.infer_shape; the ``+ 0`` of the main diagonal is left to canonicalize)."""
        axis1, axis2 = sorted((self.axis1, self.axis2))
        out = list(shapes[0][:-1])
        size = shapes[0][-1] + abs(self.offset)
        out = out[:axis1] + [size] + out[axis1:]
        out = out[:axis2] + [size] + out[axis2:]
        return [tuple(out)]

    def perform(self, node, inputs):
        (x,), offset = inputs, self.offset
        axis1, axis2 = sorted((self.axis1, self.axis2))
        size = x.shape[-1] + abs(offset)
        result = np.zeros(x.shape[:-1] + (size, size), dtype=x.dtype)
        idx = np.arange(x.shape[-1])
        result[(Ellipsis, idx + max(0, -offset), idx + max(0, offset))] = x
        if x.ndim > 1:  # the two new axes moved to axis1 and axis2
            axes = list(range(x.ndim - 1))
            axes = axes[:axis1] + [x.ndim - 1] + axes[axis1:]
            axes = axes[:axis2] + [x.ndim] + axes[axis2:]
            result = result.transpose(axes)
        return [result]


@dataclass(frozen=True)
class MatrixAllocDiag(Op):
    """A square matrix with the vector on its diagonal: ``nlinalg.AllocDiag``, which
    Theano prints as ``AllocDiag`` (no offset)."""

    def __str__(self):
        return "AllocDiag"

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        if x.ndim != 1:
            raise TypeError("AllocDiag only works on vectors", x)
        return Apply(self, [x], [TensorType(x.dtype, (False, False))])

    def infer_shape(self, node, shapes):
        return [(shapes[0][0], shapes[0][0])]

    def perform(self, node, inputs):
        return [np.diag(inputs[0])]


@dataclass(frozen=True)
class ExtractDiag(Op):
    """Diagonal ``offset`` of a matrix, as a new vector."""

    offset: int = 0
    axis1: int = 0
    axis2: int = 1

    def __str__(self):
        return "ExtractDiag{offset=%s, axis1=%s, axis2=%s, view=False}" % (
            self.offset, self.axis1, self.axis2)

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        if x.ndim < 2:
            raise ValueError("ExtractDiag needs an input with 2 or more dimensions", x)
        return Apply(self, [x], [TensorType(x.dtype, (False,) * (x.ndim - 1))])

    def infer_shape(self, node, shapes):
        """The other axes' sizes, then the diagonal's length: ``clip(n2 - offset, 0, n1)``
        above the main diagonal, ``clip(n1 + offset, 0, n2)`` below, ``minimum(n1, n2)`` on
        it (Theano's ExtractDiag.infer_shape, after numpy's PyArray_Diagonal)."""
        (src,), offset = shapes, self.offset
        n1, n2 = src[self.axis1], src[self.axis2]
        out = [s for d, s in enumerate(src) if d not in (self.axis1, self.axis2)]
        if offset > 0:
            out.append(T.clip(n2 - offset, 0, n1))
        elif offset < 0:
            out.append(T.clip(n1 + offset, 0, n2))
        else:
            out.append(T.minimum(n1, n2))
        return [tuple(out)]

    def perform(self, node, inputs):
        return [inputs[0].diagonal(self.offset, self.axis1, self.axis2).copy()]


def diag(v, k=0):
    """A diagonal matrix of a vector, or the diagonal of a matrix."""
    v = T.as_tensor_variable(v)
    if v.ndim == 1:
        return AllocDiag(k)(v)
    if v.ndim >= 2:
        return ExtractDiag(k)(v)
    raise ValueError("Input must has v.ndim >= 1.")


def matrix_diag(x):
    """``nlinalg.diag``: the diagonal of a matrix, or the square matrix of a vector (no
    offset; Theano's deprecated nlinalg.AllocDiag for the vector)."""
    x = T.as_tensor_variable(x)
    if x.ndim == 1:
        return MatrixAllocDiag()(x)
    if x.ndim == 2:
        return ExtractDiag()(x)
    raise TypeError("diag requires vector or matrix argument", x)


def trace(x):
    """The sum of the diagonal of a matrix."""
    return T.sum(ExtractDiag()(T.as_tensor_variable(x)))


def diagonal(a, offset=0, axis1=0, axis2=1):
    """Diagonal ``offset`` of ``a`` over two axes (``theano.tensor.diagonal``)."""
    return ExtractDiag(offset, axis1, axis2)(T.as_tensor_variable(a))


@dataclass(frozen=True)
class FillDiagonal(Op):
    """A copy of ``a`` with its main diagonal set to the scalar ``val``."""

    def make_node(self, a, val):
        a, val = T.as_tensor_variable(a), T.as_tensor_variable(val)
        if a.ndim < 2:
            raise TypeError("FillDiagonal: first parameter must have at least two dimensions")
        if val.ndim != 0:
            raise TypeError("FillDiagonal: second parameter must be a scalar")
        val = T.cast(val, upcast(a.dtype, val.dtype))
        if val.dtype != a.dtype:
            raise TypeError("FillDiagonal: type of second parameter must be the same as the "
                            "first's")
        return Apply(self, [a, val], [a.type])

    def infer_shape(self, node, shapes):
        return [shapes[0]]

    def perform(self, node, inputs):
        a, val = inputs[0].copy(), inputs[1]
        if a.ndim == 2:  # Theano's own walk: a wide matrix's diagonal stops at its width
            a.flat[:a.shape[1] * a.shape[1]:a.shape[1] + 1] = val
        else:
            np.fill_diagonal(a, val)
        return [a]


def fill_diagonal(a, val):
    return FillDiagonal()(a, val)


@dataclass(frozen=True)
class FillDiagonalOffset(Op):
    """A copy of the matrix ``a`` with its diagonal ``offset`` (a third input) set to the
    scalar ``val``; a tall matrix's diagonal is not wrapped."""

    def make_node(self, a, val, offset):
        a, val, offset = (T.as_tensor_variable(v) for v in (a, val, offset))
        name = type(self).__name__
        if a.ndim != 2:
            raise TypeError(f"{name}: first parameter must have exactly two dimensions")
        if val.ndim != 0:
            raise TypeError(f"{name}: second parameter must be a scalar")
        if offset.ndim != 0:
            raise TypeError(f"{name}: third parameter must be a scalar")
        val = T.cast(val, upcast(a.dtype, val.dtype))
        if val.dtype != a.dtype:
            raise TypeError(f"{name}: type of second parameter must be the same as the first's")
        if offset.dtype not in INT_DTYPES + UINT_DTYPES:
            raise TypeError(f"{name}: type of third parameter must be as integer use "
                            "theano.tensor.cast( input, 'int32/int64')")
        return Apply(self, [a, val, offset], [a.type])

    def infer_shape(self, node, shapes):
        return [shapes[0]]

    def perform(self, node, inputs):
        a, val, offset = inputs[0].copy(), inputs[1], int(inputs[2])
        height, width = a.shape
        if offset >= 0:
            start, count = offset, min(width, height, width - offset)
        else:
            start, count = -offset * width, min(width, height, height + offset)
        step = width + 1
        a.flat[start:start + step * count:step] = val
        return [a]


def fill_diagonal_offset(a, val, offset):
    """A copy of ``a`` with diagonal ``offset`` set to ``val``."""
    return FillDiagonalOffset()(a, val, offset)


# ------------------------------------------------------------------ gradients


def _alloc_diag_grad(node, out_grads):
    op = node.op
    return [ExtractDiag(op.offset, op.axis1, op.axis2)(out_grads[0])]


def _matrix_alloc_diag_grad(node, out_grads):
    return [ExtractDiag()(out_grads[0])]


def _extract_diag_grad(node, out_grads):
    (x,), (gz,) = node.inputs, out_grads
    if x.ndim != 2:
        raise NotImplementedError("rngscope differentiates the diagonal of a matrix only")
    zeros = T.zeros_like(x)
    xdiag = AllocDiag(node.op.offset)(gz)
    return [set_subtensor(zeros[:xdiag.shape[0], :xdiag.shape[1]], xdiag)]


def _fill_diagonal_grad(node, out_grads):
    """The gradient with its diagonal zeroed, and the diagonal's sum for ``val``."""
    (gz,) = out_grads
    if node.inputs[0].ndim > 2:
        raise NotImplementedError("FillDiagonal: gradient is currently implemented for "
                                  "matrices only")
    return [fill_diagonal(gz, 0), diag(gz).sum()]


def _fill_diagonal_offset_grad(node, out_grads):
    """The gradient with its diagonal zeroed, and the sum of that diagonal read from the
    flattened gradient for ``val`` (Theano's FillDiagonalOffset.grad). The offset, an
    integer, gets none."""
    (a, _, offset), (gz,) = node.inputs, out_grads
    height, width = gz.shape[0], gz.shape[1]
    size = T.abs_(offset)
    above, below = T.ge(offset, 0), T.lt(offset, 0)
    start = offset * above + size * width * below
    count = T.minimum(T.minimum(width, height), width * above + height * below - size)
    step = a.shape[1] + 1
    end = start + step * count
    start, step, end = (T.cast(e, "int32") for e in (start, step, end))
    return [fill_diagonal_offset(gz, 0, offset), gz.flatten()[start:end:step].sum(), None]


def register_gradients(rules):
    """Add the gradient rules of these ops to ``rules`` (op class -> rule)."""
    rules.update({AllocDiag: _alloc_diag_grad, MatrixAllocDiag: _matrix_alloc_diag_grad,
                  ExtractDiag: _extract_diag_grad, FillDiagonal: _fill_diagonal_grad,
                  FillDiagonalOffset: _fill_diagonal_offset_grad})


def _diagonal(x, offset=0, axis1=0, axis2=1):
    return ExtractDiag(offset, axis1, axis2)(x)


register_methods(trace=trace, diagonal=_diagonal)
