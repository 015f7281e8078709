"""The linear-algebra helpers of ``theano.tensor`` and ``theano.tensor.nlinalg``: eye,
identity_like, diag (AllocDiag / ExtractDiag), diagonal, fill_diagonal, tile, repeat (RepeatOp), roll, swapaxes,
tensordot, batched_dot (BatchedDot), matrix_inverse, det and trace.

Ops run numpy's function on their inputs, as Theano's Python implementations do (so the
values are numpy's); tile, roll, swapaxes and tensordot are built from other ops
(alloc, dimshuffle, reshape, subtensors, join, dot) as Theano builds them.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op
from rngscope.graph.types import floatx, upcast
from rngscope.tensor import basic as T
from rngscope.tensor.grad_ops import set_subtensor
from rngscope.tensor.variable import TensorType, register_methods

__all__ = [
    "AllocDiag", "BatchedDot", "Det", "ExtractDiag", "Eye", "FillDiagonal", "MatrixInverse",
    "RepeatOp", "Tri", "batched_dot", "det", "diag", "diagonal", "fill_diagonal", "horizontal_stack", "stacklists", "tri", "tril", "triu",
    "vertical_stack", "eye", "identity_like", "matrix_dot", "matrix_inverse",
    "register_gradients",
    "repeat", "roll", "swapaxes", "tensordot", "tile", "trace",
]


@dataclass(frozen=True)
class _BandMatrix(Op):
    """An n x m matrix of ``dtype`` made from (n, m, k): Eye's and Tri's common part (two
    classes, as in Theano: a Tri is no Eye)."""

    dtype: str

    def __str__(self):
        return f"{type(self).__name__}{{dtype='{self.dtype}'}}"

    def make_node(self, n, m, k):
        ins = [T.as_tensor_variable(v) for v in (n, m, k)]
        return Apply(self, ins, [TensorType(self.dtype, (False, False))])

    def infer_shape(self, node, shapes):
        return [(T.cast(node.inputs[0], "int64"), T.cast(node.inputs[1], "int64"))]


@dataclass(frozen=True)
class Eye(_BandMatrix):
    """``numpy.eye(n, m, k)`` of ``dtype``."""

    def perform(self, node, inputs):
        n, m, k = (int(v) for v in inputs)
        return [np.eye(n, m, k, dtype=self.dtype)]


@dataclass(frozen=True)
class Tri(_BandMatrix):
    """``numpy.tri(n, m, k)`` of ``dtype``: ones on and below diagonal ``k``."""

    def perform(self, node, inputs):
        n, m, k = (int(v) for v in inputs)
        return [np.tri(n, m, k, dtype=self.dtype)]


def tri(n, m=None, k=0, dtype=None):
    """An n x m matrix of ``dtype`` (floatX) with ones on and below diagonal ``k``."""
    return Tri(dtype or floatx())(n, n if m is None else m, k)


def tril(m, k=0):
    """``m`` with the elements above diagonal ``k`` zeroed."""
    m = T.as_tensor_variable(m)
    return m * tri(m.shape[0], m.shape[1], k=k, dtype=m.dtype)


def triu(m, k=0):
    """``m`` with the elements below diagonal ``k`` zeroed."""
    m = T.as_tensor_variable(m)
    return m * (1 - tri(m.shape[0], m.shape[1], k=k - 1, dtype=m.dtype))


def eye(n, m=None, k=0, dtype=None):
    """An n x m matrix of ``dtype`` (floatX) with ones on diagonal ``k``."""
    return Eye(dtype or floatx())(n, n if m is None else m, k)


def identity_like(x):
    """The identity matrix of ``x``'s shape and dtype."""
    x = T.as_tensor_variable(x)
    return eye(x.shape[0], x.shape[1], k=0, dtype=x.dtype)


@dataclass(frozen=True)
class AllocDiag(Op):
    """A square matrix with the vector on diagonal ``offset``."""

    offset: int = 0

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        if x.ndim != 1:
            raise TypeError("AllocDiag only works on vectors", x)
        return Apply(self, [x], [TensorType(x.dtype, (False, False))])

    def perform(self, node, inputs):
        return [np.diag(inputs[0], self.offset)]


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
class RepeatOp(Op):
    """``numpy.repeat(x, repeats, axis)``."""

    axis: int | None = None

    def __str__(self):
        return f"RepeatOp{{axis={self.axis}}}"

    def make_node(self, x, repeats):
        x, repeats = T.as_tensor_variable(x), T.as_tensor_variable(repeats)
        ndim = 1 if self.axis is None else x.ndim
        return Apply(self, [x, repeats], [TensorType(x.dtype, (False,) * ndim)])

    def perform(self, node, inputs):
        x, repeats = inputs
        return [np.repeat(x, repeats, axis=self.axis)]


def repeat(x, repeats, axis=None):
    """Each element (or slice along ``axis``) repeated ``repeats`` times."""
    return RepeatOp(axis)(x, repeats)


def tile(x, reps, ndim=None):
    """``x`` repeated ``reps`` times along each axis (numpy's tile), built from an alloc,
    a dimshuffle and a reshape as Theano builds it."""
    x = T.as_tensor_variable(x)
    reps = list(reps)
    ndim = ndim or max(len(reps), x.ndim)
    reps = [1] * (ndim - len(reps)) + reps
    shape = [1] * (ndim - x.ndim) + [x.shape[i] for i in range(x.ndim)]
    y = T.alloc(x, *(reps + shape))
    order = np.arange(ndim * 2).reshape(2, ndim).transpose().flatten()
    y = T.dimshuffle(y, [int(i) for i in order])
    return T.reshape(y, [s * reps[i] for i, s in enumerate(shape)], ndim=ndim)


def roll(x, shift, axis=None):
    """``x`` shifted ``shift`` places along ``axis`` (None: flattened), wrapping round."""
    x = T.as_tensor_variable(x)
    if axis is None:
        if x.ndim > 1:
            return T.reshape(roll(x.flatten(), shift, axis=0), x.shape, ndim=x.ndim)
        axis = 0
    if axis < 0:
        axis += x.ndim
    shift = shift % x.shape[axis]
    rest = [slice(None)] * (x.ndim - axis - 1)
    front = x[tuple([slice(None)] * axis + [slice(-shift, None)] + rest)]
    end = x[tuple([slice(None)] * axis + [slice(0, -shift)] + rest)]
    return T.join(axis, front, end)


def horizontal_stack(*args):
    """Matrices side by side (joined along axis 1)."""
    assert len(args) >= 2
    for arg in args:
        assert arg.type.ndim == 2
    return T.concatenate(args, axis=1)


def vertical_stack(*args):
    """Matrices one above the other (joined along axis 0)."""
    assert len(args) >= 2
    for arg in args:
        assert arg.type.ndim == 2
    return T.concatenate(args, axis=0)


def stacklists(arg):
    """Nested lists of tensors stacked into one tensor (a list's depth is the new axes)."""
    if isinstance(arg, (tuple, list)):
        return T.stack([stacklists(a) for a in arg])
    return arg


def swapaxes(y, axis1, axis2):
    """``y`` with two axes exchanged."""
    y = T.as_tensor_variable(y)
    order = list(range(y.ndim))
    order[axis1], order[axis2] = order[axis2], order[axis1]
    return T.dimshuffle(y, order)


def tensordot(a, b, axes=2):
    """Sum over the given axes of a and b (an int n: a's last n with b's first n), as one
    2-d dot of the operands transposed and reshaped, then reshaped back."""
    a, b = T.as_tensor_variable(a), T.as_tensor_variable(b)
    if isinstance(axes, (int, np.integer)):
        a_axes = list(range(a.ndim - axes, a.ndim))
        b_axes = list(range(axes))
    else:
        a_axes, b_axes = ([int(v) for v in np.atleast_1d(ax)] for ax in axes)
    a_axes = [d % a.ndim for d in a_axes]
    b_axes = [d % b.ndim for d in b_axes]
    a_keep = [d for d in range(a.ndim) if d not in a_axes]
    b_keep = [d for d in range(b.ndim) if d not in b_axes]
    a2 = T.dimshuffle(a, a_keep + a_axes)
    b2 = T.dimshuffle(b, b_axes + b_keep)

    def product(v, dims):
        out = T.constant(1, dtype="int64")
        for d in dims:
            out = out * v.shape[d]
        return out

    flat = T.dot(T.reshape(a2, [product(a, a_keep), product(a, a_axes)], ndim=2),
                 T.reshape(b2, [product(b, b_axes), product(b, b_keep)], ndim=2))
    out_shape = [a.shape[d] for d in a_keep] + [b.shape[d] for d in b_keep]
    return T.reshape(flat, out_shape, ndim=len(out_shape))


@dataclass(frozen=True)
class BatchedDot(Op):
    """``z[i] = dot(x[i], y[i])`` for batches of matrices (or vectors) along axis 0."""

    def make_node(self, x, y):
        x, y = T.as_tensor_variable(x), T.as_tensor_variable(y)
        for k, v in enumerate((x, y)):
            if v.ndim not in (2, 3):
                raise TypeError("theano.tensor.blas.BatchedDot: input %d (0-indexed) must have "
                                "ndim of 2 or 3, %d given. Consider calling "
                                "theano.tensor.batched_dot instead." % (k, v.ndim))
        dtype = upcast(x.dtype, y.dtype)
        x, y = T.cast(x, dtype), T.cast(y, dtype)
        bcast = ((x.broadcastable[0] or y.broadcastable[0],) + x.broadcastable[1:-1]
                 + y.broadcastable[2:])
        return Apply(self, [x, y], [TensorType(dtype, bcast)])

    def infer_shape(self, node, shapes):
        xshp, yshp = shapes
        return [tuple(xshp[:-1]) + tuple(yshp[2:])]

    def perform(self, node, inputs):
        x, y = inputs
        if x.shape[0] != y.shape[0]:
            raise TypeError("theano.tensor.blas.BatchedDot: inputs [%s] must have the same size "
                            "in axis 0, but have sizes [%s]." % (
                                ", ".join(map(str, inputs)),
                                ", ".join(str(i.shape[0]) for i in inputs)))
        out = np.empty((x.shape[0],) + x.shape[1:-1] + y.shape[2:], dtype=node.outputs[0].type.dtype)
        for i in range(out.shape[0]):
            out[i] = np.dot(x[i], y[i])
        return [out]


def batched_dot(a, b):
    """Batched dot products along axis 0 (a vector operand multiplies elementwise)."""
    a, b = T.as_tensor_variable(a), T.as_tensor_variable(b)
    if a.ndim == 0:
        raise TypeError("a must have at least one (batch) axis")
    if b.ndim == 0:
        raise TypeError("b must have at least one (batch) axis")
    if a.ndim == 1:
        return T.dimshuffle(a, [0] + ["x"] * (b.ndim - 1)) * b
    if b.ndim == 1:
        return a * T.dimshuffle(b, [0] + ["x"] * (a.ndim - 1))
    if a.ndim > 3 or b.ndim > 3:
        raise NotImplementedError("rngscope's batched_dot takes batches of vectors or matrices")
    return BatchedDot()(a, b)


@dataclass(frozen=True)
class MatrixInverse(Op):
    """``numpy.linalg.inv``."""

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        return Apply(self, [x], [x.type])

    def infer_shape(self, node, shapes):
        return [shapes[0]]

    def perform(self, node, inputs):
        return [np.linalg.inv(inputs[0]).astype(inputs[0].dtype)]


@dataclass(frozen=True)
class Det(Op):
    """``numpy.linalg.det`` of a square matrix."""

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        return Apply(self, [x], [TensorType(x.dtype, ())])

    def infer_shape(self, node, shapes):
        return [()]

    def perform(self, node, inputs):
        return [np.asarray(np.linalg.det(inputs[0]), dtype=inputs[0].dtype)]


def matrix_inverse(x):
    return MatrixInverse()(x)


def det(x):
    return Det()(x)


# ------------------------------------------------------------------ gradients


def _alloc_diag_grad(node, out_grads):
    return [ExtractDiag(node.op.offset)(out_grads[0])]


def _extract_diag_grad(node, out_grads):
    (x,), (gz,) = node.inputs, out_grads
    if x.ndim != 2:
        raise NotImplementedError("rngscope differentiates the diagonal of a matrix only")
    zeros = T.zeros_like(x)
    xdiag = AllocDiag(node.op.offset)(gz)
    return [set_subtensor(zeros[:xdiag.shape[0], :xdiag.shape[1]], xdiag)]


def _repeat_grad(node, out_grads):
    (x, repeats), (gz,) = node.inputs, out_grads
    axis = node.op.axis
    if repeats.ndim != 0:
        raise NotImplementedError("rngscope differentiates repeat by a scalar count only")
    # the copies of each element side by side on a new axis, summed (axis None: last)
    split = x.ndim if axis is None else axis % x.ndim + 1
    shape = [x.shape[k] for k in range(x.ndim)]
    shape.insert(split, repeats)
    return [T.sum(T.reshape(gz, shape, ndim=x.ndim + 1), axis=split), None]


def _batched_dot_grad(node, out_grads):
    (x, y), (gz,) = node.inputs, out_grads
    if gz.ndim == 1:
        xg = T.dimshuffle(gz, (0, "x")) * y
        yg = T.dimshuffle(gz, (0, "x")) * x
    elif x.ndim == 2 and y.ndim == 3:
        xg = batched_dot(gz, T.dimshuffle(y, (0, 2, 1)))
        yg = T.dimshuffle(x, (0, 1, "x")) * T.dimshuffle(gz, (0, "x", 1))
    elif x.ndim == 3 and y.ndim == 2:
        xg = T.dimshuffle(gz, (0, 1, "x")) * T.dimshuffle(y, (0, "x", 1))
        yg = batched_dot(T.dimshuffle(x, (0, 2, 1)), gz)
    else:
        xg = batched_dot(gz, T.dimshuffle(y, (0, 2, 1)))
        yg = batched_dot(T.dimshuffle(x, (0, 2, 1)), gz)
    if xg.broadcastable != x.broadcastable:
        xg = T.patternbroadcast(xg, x.broadcastable)
    if yg.broadcastable != y.broadcastable:
        yg = T.patternbroadcast(yg, y.broadcastable)
    return [xg, yg]


def _matrix_inverse_grad(node, out_grads):
    xi = node.outputs[0]
    return [-T.transpose(matrix_dot(xi, T.transpose(out_grads[0]), xi))]


def _det_grad(node, out_grads):
    (x,), (gz,) = node.inputs, out_grads
    return [gz * node.outputs[0] * T.transpose(matrix_inverse(x))]


def _fill_diagonal_grad(node, out_grads):
    """The gradient with its diagonal zeroed, and the diagonal's sum for ``val``."""
    (gz,) = out_grads
    if node.inputs[0].ndim > 2:
        raise NotImplementedError("FillDiagonal: gradient is currently implemented for "
                                  "matrices only")
    return [fill_diagonal(gz, 0), diag(gz).sum()]


def register_gradients(rules):
    """Add the gradient rules of these ops to ``rules`` (op class -> rule)."""
    rules.update({AllocDiag: _alloc_diag_grad, ExtractDiag: _extract_diag_grad,
                  FillDiagonal: _fill_diagonal_grad,
                  RepeatOp: _repeat_grad, BatchedDot: _batched_dot_grad,
                  MatrixInverse: _matrix_inverse_grad, Det: _det_grad})


def matrix_dot(*args):
    """dot(dot(a, b), c)... from the left."""
    out = args[0]
    for a in args[1:]:
        out = T.dot(out, a)
    return out


def _diagonal(x, offset=0, axis1=0, axis2=1):
    return ExtractDiag(offset, axis1, axis2)(x)


register_methods(repeat=repeat, swapaxes=swapaxes, trace=trace, diagonal=_diagonal)
