"""Sorting and cumulative ops as Theano 1.0.5 has them: ``sort``, ``argsort`` (SortOp,
ArgSortOp, numpy's sort with the axis as a second input) and ``cumsum``, ``cumprod``
(CumOp{axis, mode}, numpy's cumsum/cumprod; axis None runs over the flattened tensor) and
``diff`` (DiffOp, numpy's diff).

Gradients: sort's puts each output gradient back where its element came from (the
inverse permutation, ``argsort(argsort(a))``, read through advanced indexing); a
cumulative sum's is the reversed cumulative sum of the reversed gradient; a cumulative
product's is that of ``cumprod(x) * gz``, divided by ``x``.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op, Variable
from rngscope.graph.types import DISCRETE_DTYPES, INT_DTYPES, UINT_DTYPES, floatx
from rngscope.tensor import basic as T
from rngscope.tensor.grad_ops import AdvancedIncSubtensor1, set_subtensor
from rngscope.tensor.nnet import arange
from rngscope.tensor.static import constant_value
from rngscope.tensor.variable import TensorType, register_methods

__all__ = ["ArgSortOp", "Bartlett", "bartlett", "CumOp", "DiffOp", "Nonzero", "PermuteRowElements", "SearchsortedOp",
           "SortOp", "Unique", "argsort", "bincount", "compress", "cumprod", "cumsum", "diff",
           "flatnonzero", "inverse_permutation", "nonzero", "nonzero_values",
           "permute_row_elements", "register_gradients", "searchsorted", "sort", "to_one_hot"]


def _axis_of(axis_input):
    """The sort axis a 0-d input holds, as an int (None stays None)."""
    if axis_input is None:
        return None
    axis = np.asarray(axis_input)
    if axis != int(axis):
        raise ValueError("sort axis must be an integer or None")
    return int(axis)


@dataclass(frozen=True)
class SortOp(Op):
    """``numpy.sort(a, axis, kind, order)``; the axis is the node's second input."""

    kind: str
    order: object = None

    def __str__(self):
        return f"{type(self).__name__}{{{self.kind}, {self.order}}}"

    def out_type(self, a):
        return a.type

    def make_node(self, a, axis=-1):
        a, axis = T.as_tensor_variable(a), T.as_tensor_variable(axis)
        return Apply(self, [a, axis], [self.out_type(a)])

    def infer_shape(self, node, shapes):
        return [shapes[0]]

    def perform(self, node, inputs):
        a, axis = inputs
        return [np.sort(a, _axis_of(axis), self.kind, self.order)]


@dataclass(frozen=True)
class ArgSortOp(SortOp):
    """``numpy.argsort(a, axis, kind, order)`` as int64."""

    def out_type(self, a):
        return TensorType("int64", a.broadcastable)

    def perform(self, node, inputs):
        a, axis = inputs
        return [np.asarray(np.argsort(a, _axis_of(axis), self.kind, self.order), dtype="int64")]


@dataclass(frozen=True)
class CumOp(Op):
    """Cumulative sum (mode 'add') or product ('mul') along ``axis``; None: of the
    flattened tensor, a vector."""

    axis: int | None
    mode: str = "add"

    def __str__(self):
        return f"CumOp{{{self.axis}, {self.mode}}}"

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        if self.axis is None:
            return Apply(self, [x], [TensorType(x.dtype, (False,))])
        if self.axis >= x.ndim or self.axis < -x.ndim:
            raise ValueError(f"axis(={self.axis}) out of bounds")
        return Apply(self, [x], [x.type])

    def infer_shape(self, node, shapes):
        """Axis None: one entry per element, ``prod(x.shape)`` (a Prod of the MakeVector of
        x's sizes, as Theano's CumOp.infer_shape builds it); else x's shape."""
        if self.axis is None:
            return [(T.prod(shapes[0]),)]
        return [shapes[0]]

    def perform(self, node, inputs):
        run = np.cumsum if self.mode == "add" else np.cumprod
        return [np.asarray(run(inputs[0], axis=self.axis))]


@dataclass(frozen=True)
class DiffOp(Op):
    """``numpy.diff(x, n, axis)``: the n-th discrete difference along ``axis``."""

    n: int = 1
    axis: int = -1

    def __str__(self):
        return f"DiffOp{{n={self.n}, axis={self.axis}}}"

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        return Apply(self, [x], [x.type])

    def infer_shape(self, node, shapes):
        """The axis ``n`` shorter (Theano's DiffOp.infer_shape)."""
        out = list(shapes[0])
        out[self.axis] = out[self.axis] - self.n
        return [tuple(out)]

    def perform(self, node, inputs):
        return [np.asarray(np.diff(inputs[0], n=self.n, axis=self.axis))]


@dataclass(frozen=True)
class Nonzero(Op):
    """The indices of the non-zero elements as an int64 matrix, one row per axis."""

    def make_node(self, a):
        a = T.as_tensor_variable(a)
        if a.ndim == 0:
            raise ValueError("Nonzero only supports non-scalar arrays.")
        return Apply(self, [a], [TensorType("int64", (False, False))])

    def perform(self, node, inputs):
        found = np.nonzero(inputs[0])
        rows = np.vstack(found) if len(found[0]) > 0 else np.zeros((len(found), 0))
        return [rows.astype("int64")]


@dataclass(frozen=True)
class Unique(Op):
    """``numpy.unique``: the sorted unique values, then the int64 vectors asked for (first
    indices, inverse, counts), as Theano's Unique op."""

    return_index: bool = False
    return_inverse: bool = False
    return_counts: bool = False
    axis: int | None = None

    def __str__(self):
        return ("Unique{return_index=%r, return_inverse=%r, return_counts=%r, axis=%r}"
                % (self.return_index, self.return_inverse, self.return_counts, self.axis))

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        if self.axis is None:
            pattern = (False,)
        else:
            axis = self.axis + x.ndim if self.axis < 0 else self.axis
            if axis < 0 or axis >= x.ndim:
                raise RuntimeError("Unique axis `{}` is outside of input ndim = {}.".format(self.axis, x.ndim))
            pattern = tuple(False if k == axis else b for k, b in enumerate(x.broadcastable))
        extra = sum((self.return_index, self.return_inverse, self.return_counts))
        return Apply(self, [x], [TensorType(x.dtype, pattern)] + [TensorType("int64", (False,))] * extra)

    def perform(self, node, inputs):
        asked = {k: True for k in ("return_index", "return_inverse", "return_counts") if getattr(self, k)}
        if self.axis is not None:
            asked["axis"] = self.axis
        outs = np.unique(inputs[0], **asked)
        outs = list(outs) if asked.keys() - {"axis"} else [outs]
        return [np.asarray(o, dtype=v.type.dtype) for o, v in zip(outs, node.outputs)]


@dataclass(frozen=True)
class SearchsortedOp(Op):
    """``numpy.searchsorted(x, v, side, sorter)`` as int64, ``v``'s shape."""

    side: str = "left"

    def __post_init__(self):
        if self.side not in ("left", "right"):
            raise ValueError("'%s' is an invalid value for keyword 'side'" % self.side)

    def __str__(self):
        return "SearchsortedOp{side=%r}" % self.side

    def make_node(self, x, v, sorter=None):
        x = T.as_tensor_variable(x, ndim=1)
        v = T.as_tensor_variable(v)
        out = TensorType("int64", v.broadcastable)
        if sorter is None:
            return Apply(self, [x, v], [out])
        sorter = T.as_tensor_variable(sorter, ndim=1)
        if sorter.dtype not in INT_DTYPES + UINT_DTYPES:
            raise TypeError("sorter must be an integer vector", sorter.type)
        return Apply(self, [x, v, sorter], [out])

    def infer_shape(self, node, shapes):
        return [shapes[1]]

    def perform(self, node, inputs):
        x, v = inputs[:2]
        sorter = inputs[2] if len(inputs) == 3 else None
        return [np.asarray(np.searchsorted(x, v, side=self.side, sorter=sorter), dtype="int64")]


@dataclass(frozen=True)
class PermuteRowElements(Op):
    """The last axis of ``x`` permuted by ``y`` (each row by its own row of ``y``, the one
    of lower rank broadcast), or by the inverse permutations when ``inverse`` is 1."""

    def make_node(self, x, y, inverse):
        x, y = T.as_tensor_variable(x), T.as_tensor_variable(y)
        inverse = T.as_tensor_variable(1 if inverse else 0)  # a variable counts as true
        assert y.dtype in INT_DTYPES + UINT_DTYPES
        if x.ndim > y.ndim:
            y = T.dimshuffle(y, ("x",) * (x.ndim - y.ndim) + tuple(range(y.ndim)))
        elif x.ndim < y.ndim:
            x = T.dimshuffle(x, ("x",) * (y.ndim - x.ndim) + tuple(range(x.ndim)))
        bcast = tuple(a and b for a, b in zip(x.broadcastable, y.broadcastable))
        return Apply(self, [x, y, inverse], [TensorType(x.dtype, bcast)])

    def infer_shape(self, node, shapes):
        return [tuple(T.maximum(a, b) for a, b in zip(shapes[0], shapes[1]))]

    def perform(self, node, inputs):
        x, perm, inverse = inputs
        x, perm = np.asarray(x), np.asarray(perm)
        shape = np.broadcast_shapes(x.shape[:-1], perm.shape[:-1])
        xb = np.broadcast_to(x, shape + x.shape[-1:])
        pb = np.broadcast_to(perm, shape + perm.shape[-1:])
        out = np.empty(shape + x.shape[-1:], dtype=x.dtype)
        for idx in np.ndindex(*shape):
            p = pb[idx]
            if inverse:
                out[idx][p] = xb[idx]
            else:
                out[idx] = xb[idx][p]
        return [out]


# ------------------------------------------------------------------ user functions


def searchsorted(x, v, side="left", sorter=None):
    """The indices where ``v``'s elements would go in the sorted vector ``x``."""
    return SearchsortedOp(side=side)(x, v, sorter)


def permute_row_elements(x, y, inverse=0):
    """Each row (last axis) of ``x`` permuted by ``y`` (inverted when ``inverse``)."""
    return PermuteRowElements()(x, y, inverse)


def inverse_permutation(perm):
    """The inverse of each permutation in ``perm``'s rows."""
    return permute_row_elements(arange(perm.shape[-1], dtype=perm.dtype), perm, inverse=True)



def nonzero(a, return_matrix=False):
    """The indices of ``a``'s non-zero elements: a tuple of vectors, one per axis (numpy's
    form), or the matrix whose rows they are."""
    a = T.as_tensor_variable(a)
    rows = Nonzero()(a)
    if return_matrix:
        return rows
    return tuple(rows[i] for i in range(a.ndim))


def flatnonzero(a):
    """The indices of the non-zero elements of the flattened ``a``."""
    a = T.as_tensor_variable(a)
    if a.ndim == 0:
        raise ValueError("Nonzero only supports non-scalar arrays.")
    return nonzero(a.flatten(), return_matrix=True)[0]


def nonzero_values(a):
    """The non-zero elements of the flattened ``a``."""
    a = T.as_tensor_variable(a)
    return a.flatten()[flatnonzero(a)]


def sort(a, axis=-1, kind="quicksort", order=None):
    """``a`` sorted along ``axis`` (None: flattened first)."""
    a = T.as_tensor_variable(a)
    if axis is None:
        a, axis = a.flatten(), 0
    return SortOp(kind, order)(a, axis)


def argsort(a, axis=-1, kind="quicksort", order=None):
    """The int64 indices that sort ``a`` along ``axis`` (None: flattened first)."""
    a = T.as_tensor_variable(a)
    if axis is None:
        a, axis = a.flatten(), 0
    return ArgSortOp(kind, order)(a, axis)


def cumsum(x, axis=None):
    """The cumulative sum along ``axis`` (None: of the flattened tensor)."""
    return CumOp(axis, "add")(x)


def cumprod(x, axis=None):
    """The cumulative product along ``axis`` (None: of the flattened tensor)."""
    return CumOp(axis, "mul")(x)


def diff(x, n=1, axis=-1):
    """The n-th discrete difference along ``axis`` (default the last)."""
    return DiffOp(n, axis)(x)


def to_one_hot(y, nb_class, dtype=None):
    """Rows of zeros with a one at column ``y[i]`` (dtype floatX by default)."""
    y = T.as_tensor_variable(y)
    ret = T.zeros((y.shape[0], nb_class), dtype=dtype)
    return set_subtensor(ret[arange(y.shape[0]), y], 1)


@dataclass(frozen=True)
class Bartlett(Op):
    """``numpy.bartlett(M)``: the float64 triangular window of ``M`` points."""

    def __str__(self):
        return "Bartlett"

    def make_node(self, M):
        M = T.as_tensor_variable(M)
        if M.ndim != 0:
            raise TypeError("%s only works on scalar input" % self)
        if M.dtype not in INT_DTYPES + UINT_DTYPES:
            raise TypeError("%s only works on integer input" % self)
        return Apply(self, [M], [TensorType("float64", (False,))])

    def infer_shape(self, node, shapes):
        """``M`` points, none for a negative ``M``."""
        M = node.inputs[0]
        return [(T.cast(T.switch(T.lt(M, 0), np.int32(0), M), "int64"),)]

    def perform(self, node, inputs):
        return [np.bartlett(inputs[0])]


def bartlett(M):
    """The Bartlett window of ``M`` points (Theano's ``extra_ops.bartlett``)."""
    return Bartlett()(M)


def _bartlett_grad(node, out_grads):
    raise TypeError(
        "Bartlett.grad returned None for a gradient term, this is prohibited. Instead of "
        "None,return zeros_like(input), disconnected_type(), or a NullType variable such as "
        "those made with the grad_undefined or grad_unimplemented helper functions.")


def bincount(x, weights=None, minlength=None, assert_nonneg=False):
    """How often each value of the non-negative int vector ``x`` occurs (``weights`` summed
    instead of ones), at least ``minlength`` bins: built as Theano builds it, zeros of
    ``max(x) + 1`` bins incremented at ``x``."""
    if x.ndim != 1:
        raise TypeError("Inputs must be of dimension 1.")
    if assert_nonneg:
        from rngscope.tensor.assert_op import Assert
        from rngscope.tensor.elementary import all as all_

        x = Assert("Input to bincount has negative values!")(x, all_(x >= 0))
    max_value = T.cast(x.max() + 1, "int64")
    if minlength is not None:
        max_value = T.maximum(max_value, minlength)
    if weights is None:
        out = T.zeros([max_value], dtype=x.dtype)
        return AdvancedIncSubtensor1()(out, 1, x)
    out = T.zeros([max_value], dtype=weights.dtype)
    return AdvancedIncSubtensor1()(out, weights, x)


def compress(condition, x, axis=None):
    """The slices of ``x`` along ``axis`` (flattened when None) where ``condition`` is
    non-zero: ``x.take(flatnonzero(condition), axis)``, as Theano builds it."""
    return x.take(flatnonzero(condition), axis=axis)


register_methods(searchsorted=searchsorted, sort=sort, argsort=argsort, cumsum=cumsum, cumprod=cumprod, nonzero=nonzero,
                 nonzero_values=nonzero_values)


# ------------------------------------------------------------------ gradients


def _sort_grad(node, out_grads):
    """gz read back at each element's place in the sorted output: along every axis ``i``
    the index is ``switch(eq(i, axis), argsort(argsort(a)), arange(a.shape[i]))`` (the
    axis normalised as ``switch(ge(axis, 0), axis, ndim + axis)``), as Theano builds it."""
    (gz,) = out_grads
    a, axis_var = node.inputs
    axis = constant_value(axis_var)
    if axis is None:
        raise NotImplementedError("rngscope differentiates sort along a constant axis only")
    kind, order = node.op.kind, node.op.order
    rank = argsort(argsort(a, axis_var, kind, order), axis_var, kind, order)
    wrapped = T.constant(np.int64(a.ndim + int(axis)))
    axis_norm = T.switch(T.ge(axis_var, 0), axis_var, wrapped)
    indices = []
    for i in range(a.ndim):
        shape = [1] * a.ndim
        shape[i] = a.shape[i]
        along = T.reshape(arange(a.shape[i]), shape, ndim=a.ndim)
        is_axis = T.eq(i, axis_norm).dimshuffle(["x"] * a.ndim)
        indices.append(T.switch(is_axis, rank, along))
    if a.ndim == 1:
        return [gz[indices[0]], None]
    return [T.advanced_subtensor(gz, indices), None]  # the axis is an integer: no gradient


def _reverse(v, axis):
    index = [slice(None)] * v.ndim
    index[axis] = slice(None, None, -1)
    return v[tuple(index)]


def _cum_grad(node, out_grads):
    (gz,) = out_grads
    (x,) = node.inputs
    axis, mode = node.op.axis, node.op.mode
    if mode == "mul":
        gz = cumprod(x, axis=axis) * gz
    if axis is None:
        back = _reverse(cumsum(_reverse(gz, 0)), 0).reshape(x.shape)
    else:
        back = _reverse(cumsum(_reverse(gz, axis), axis), axis)
    return [back / x if mode == "mul" else back]


def _diff_grad(node, out_grads):
    """Each difference taken back: a zero put before and after, subtracted, n times."""
    (x,), (gz,) = node.inputs, out_grads
    if x.ndim != 1:
        raise NotImplementedError("Grad is not implemented for inputs withnumber of "
                                  "dimension other than 1.")
    for _ in range(node.op.n):
        gz = T.concatenate([[0.0], gz]) - T.concatenate([gz, [0.0]])
    return [gz]


def _float_zeros(v):
    """Theano's _float_zeros_like: zeros of ``v``, cast to floatX when not float."""
    zeros = T.zeros_like(v)
    return zeros if zeros.dtype.startswith("float") else T.cast(zeros, floatx())


def _searchsorted_grad(node, out_grads):
    """Zeros for x and v (the indices are piecewise constant); the sorter disconnected."""
    x, v = node.inputs[:2]
    return [_float_zeros(x), _float_zeros(v)] + [None] * (len(node.inputs) - 2)


def register_gradients(rules):
    """Add the gradient rules of these ops to ``rules`` (op class -> rule)."""
    rules.update({Bartlett: _bartlett_grad, SortOp: _sort_grad, CumOp: _cum_grad, DiffOp: _diff_grad,
                  SearchsortedOp: _searchsorted_grad})
