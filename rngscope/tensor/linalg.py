"""The linear-algebra helpers of ``theano.tensor`` and ``theano.tensor.nlinalg``: eye,
identity_like, tri/tril/triu, tile, repeat (RepeatOp), roll, swapaxes, the stacks,
tensordot, batched_dot (BatchedDot), matrix_inverse and det (the diagonals are in
diagonals.py).

Ops run numpy's function on their inputs, as Theano's Python implementations do (so the
values are numpy's); tile, roll, swapaxes and tensordot are built from other ops
(alloc, dimshuffle, reshape, subtensors, join, dot) as Theano builds them.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op
from rngscope.graph.types import INT_DTYPES, UINT_DTYPES, floatx, upcast
from rngscope.tensor import basic as T
from rngscope.tensor.static import constant_value
from rngscope.tensor.variable import TensorType, register_methods

__all__ = [
    "BatchedDot", "Det", "Eye", "MatrixInverse", "RepeatOp", "Tri", "batched_dot", "det", "eye",
    "horizontal_stack", "identity_like", "matrix_dot", "matrix_inverse", "register_gradients",
    "repeat", "roll", "stacklists", "swapaxes", "tensordot", "tile", "tri", "tril", "triu",
    "vertical_stack",
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
class RepeatOp(Op):
    """``numpy.repeat(x, repeats, axis)``."""

    axis: int | None = None

    def __str__(self):
        return f"RepeatOp{{axis={self.axis}}}"

    def make_node(self, x, repeats):
        x, repeats = T.as_tensor_variable(x), T.as_tensor_variable(repeats)
        if repeats.dtype not in INT_DTYPES + UINT_DTYPES:
            raise TypeError("repeats.dtype must be an integer.")
        if repeats.dtype == "uint64":  # numpy.repeat takes no uint64 counts
            raise TypeError("dtypes ('uint64',) are not supported by numpy.repeat for the "
                            "'repeats' parameter, ", repeats.dtype)
        if self.axis is None:
            bcast = (False,)
        elif constant_value(repeats) == 1:  # a single copy keeps every axis's pattern
            bcast = x.broadcastable
        else:
            bcast = list(x.broadcastable)
            bcast[self.axis] = False
        return Apply(self, [x, repeats], [TensorType(x.dtype, tuple(bcast))])

    def infer_shape(self, node, shapes):
        """The repeated axis (axis None: all of x) times a scalar count, or the sum of a
        vector of counts (Theano's RepeatOp.infer_shape; unsigned counts summed as int64)."""
        (src, _), repeats = shapes, node.inputs[1]
        dtype = "int64" if repeats.dtype in ("uint8", "uint16", "uint32") else None
        out = list(src)
        if repeats.ndim != 0:
            size = T.sum(repeats, dtype=dtype)
        elif self.axis is None and not src:
            return [(repeats,)]
        elif self.axis is None:
            size = 1
            for d in src:
                size = size * d
            size = size * repeats
        else:
            size = out[self.axis] * repeats
        if self.axis is None:
            return [(size,)]
        out[self.axis] = size
        return [tuple(out)]

    def perform(self, node, inputs):
        x, repeats = inputs
        return [np.repeat(x, repeats, axis=self.axis)]


def repeat(x, repeats, axis=None):
    """Each element (or slice along ``axis``) repeated ``repeats`` times: a RepeatOp for a
    vector of counts; a single count as Theano builds it, ``x`` given a new axis after
    ``axis``, allocated ``repeats`` long and reshaped into ``axis`` (axis None: of the
    flattened ``x``)."""
    x, repeats = T.as_tensor_variable(x), T.as_tensor_variable(repeats)
    if repeats.ndim > 1:
        raise ValueError("The dimension of repeats should not exceed 1.")
    if repeats.ndim == 1 and not repeats.broadcastable[0]:
        return RepeatOp(axis)(x, repeats)
    if repeats.ndim == 1:
        repeats = repeats[0]
    if x.dtype == "uint64":
        raise TypeError("theano.tensor.repeat don't support dtype uint64")
    if axis is None:
        axis, x = 0, x.flatten()
    elif axis >= x.ndim:
        raise ValueError("Axis should not exceed x.ndim-1.")
    elif axis < 0:
        axis += x.ndim
    shape = [x.shape[i] for i in range(x.ndim)]
    spread = shape[:axis + 1] + [repeats] + shape[axis + 1:]
    shape[axis] = shape[axis] * repeats
    order = list(range(x.ndim))
    order.insert(axis + 1, "x")
    return T.alloc(T.dimshuffle(x, order), *spread).reshape(shape)


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
    """Sum over the given axes of a and b (an int n: a's last n with b's first n), built as
    Theano builds it: the operands transposed (axes given as lists), reshaped to matrices
    by products of their shapes, one dot, reshaped back to the kept axes' shapes."""
    return _tensordot_as_dot(a, b, axes, T.dot, batched=False)


def _tensordot_as_dot(a, b, axes, dot, batched):
    a, b = T.as_tensor_variable(a), T.as_tensor_variable(b)
    if not np.isscalar(axes) and len(axes) != 2:
        raise ValueError("Axes should be an integer or a list/tuple of len 2 (%s was provided)"
                         % str(axes))
    if not np.isscalar(axes):  # transposed so that the summed axes meet, then as an int
        axes = [list(ax) if np.iterable(ax) else [ax] for ax in axes]
        if len(axes[0]) != len(axes[1]):
            raise ValueError("Axes elements must have the same length.")
        for i, (name, operand) in enumerate((("a", a), ("b", b))):
            if len(axes[i]) > operand.ndim:
                raise ValueError("axes[%i] should be array_like with length less than the "
                                 "dimensions of %s (%s.ndim=%i, len(axes[0])=%i)."
                                 % (i, name, name, operand.ndim, len(axes[i])))
            if len(axes[i]) > 0 and np.max(axes[i]) >= operand.ndim:
                raise ValueError("axes[%i] contains dimensions greater than or equal to %s.ndim "
                                 "(%s.ndim=%i, max(axes[0])=%i)."
                                 % (i, name, name, operand.ndim, np.max(np.array(axes[i]))))
            if batched and 0 in axes[i]:
                raise ValueError("axes to sum over must not contain the batch axis (axes[%i]=%s)"
                                 % (i, axes[i]))
        batch = [0] if batched else []
        other = [[d for d in range(v.ndim) if d not in axes[i] and d not in batch]
                 for i, v in enumerate((a, b))]
        return _tensordot_as_dot(a.dimshuffle(batch + other[0] + axes[0]),
                                 b.dimshuffle(batch + axes[1] + other[1]), len(axes[0]), dot,
                                 batched)
    axes = int(axes)
    for name, operand in (("a", a), ("b", b)):
        if axes > operand.ndim:
            raise ValueError("axes can not be larger than the dimension of %s (%s.ndim=%i, "
                             "axes=%i)" % (name, name, operand.ndim, axes))
        if batched and axes == operand.ndim:
            raise ValueError("axes to sum over must not include the batch axis of %s "
                             "(%s.ndim=%i, axes=%i)" % (name, name, operand.ndim, axes))
    nbatch = 1 if batched else 0
    a_out, b_out = slice(0, a.ndim - axes), slice(nbatch + axes, b.ndim)
    out_shape = T.concatenate([a.shape[a_out], b.shape[b_out]])
    out_bcast = a.broadcastable[a_out] + b.broadcastable[b_out]
    a_shape, b_shape = [1, 1], [1, 1]  # Python's 1 times each length, as Theano multiplies
    for i in range(axes):
        a_shape[1] *= a.shape[-(i + 1)]
        b_shape[0] *= b.shape[nbatch + i]
    for i in range(a.ndim - axes - nbatch):
        a_shape[0] *= a.shape[nbatch + i]
    for i in range(b.ndim - axes - nbatch):
        b_shape[1] *= b.shape[-(i + 1)]
    if batched:
        a_shape.insert(0, a.shape[0])
        b_shape.insert(0, b.shape[0])
    out = dot(a.reshape(a_shape), b.reshape(b_shape)).reshape(out_shape, len(out_bcast))
    return T.patternbroadcast(out, out_bcast)


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


def register_gradients(rules):
    """Add the gradient rules of these ops to ``rules`` (op class -> rule)."""
    rules.update({RepeatOp: _repeat_grad, BatchedDot: _batched_dot_grad,
                  MatrixInverse: _matrix_inverse_grad, Det: _det_grad})


def matrix_dot(*args):
    """dot(dot(a, b), c)... from the left."""
    out = args[0]
    for a in args[1:]:
        out = T.dot(out, a)
    return out


register_methods(repeat=repeat, swapaxes=swapaxes)
