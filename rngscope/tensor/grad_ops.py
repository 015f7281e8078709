"""Ops that gradient graphs are made of: increments of indexed parts, the product
without zeros, and the identity ops that stop, zero, clip or scale a gradient; and the
buffers of scan's fed-back outputs (an initial value set into uninitialised rows)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from rngscope.graph.basic import Apply, Op, TheanoNamed
from rngscope.tensor.elemwise import DimShuffle, make_sum
from rngscope.tensor.variable import TensorType, as_tensor
from rngscope.tensor.alloc import Alloc, AllocEmpty
from rngscope.tensor.shape_ops import (
    AdvancedBooleanIncSubtensor, AdvancedBooleanSubtensor, AdvancedIncSubtensor, AdvancedSubtensor,
    AdvancedSubtensor1, Reshape, Subtensor, ViewOp, rebroadcast,
)


@dataclass(frozen=True)
class IncSubtensor(Op):
    """``x`` with ``y`` added to (or written into) ``x[idx]``; ``idx`` as in Subtensor."""

    idx: tuple
    set_instead_of_inc: bool = False
    inplace: bool = False

    @property
    def destroy_map(self):
        return {0: [0]} if self.inplace else {}

    def __str__(self):
        mode = ("Inplace" if self.inplace else "") + ("Set" if self.set_instead_of_inc else "Inc")
        index = str(Subtensor(self.idx))[len("Subtensor{"):-1]
        return f"IncSubtensor{{{mode};{index}}}"

    def make_node(self, x, y, *indices):
        x, y = as_tensor(x), as_tensor(y)
        return Apply(self, [x, y] + list(indices), [x.type])

    def perform(self, node, inputs):
        x, y = inputs[0], inputs[1]
        key = Subtensor(self.idx).key(inputs[2:])
        out = np.array(x, copy=True)
        if self.set_instead_of_inc:
            out[key] = y
        else:
            out[key] += y
        return [out]


@dataclass(frozen=True)
class AdvancedIncSubtensor1(Op):
    """``x`` with the rows of ``y`` added to (or written into) ``x[ilist]``; repeated
    indices accumulate."""

    set_instead_of_inc: bool = False
    inplace: bool = False

    @property
    def destroy_map(self):
        return {0: [0]} if self.inplace else {}

    def __str__(self):
        mode = "set" if self.set_instead_of_inc else "inc"
        return f"AdvancedIncSubtensor1{{{'inplace' if self.inplace else 'no_inplace'},{mode}}}"

    def make_node(self, x, y, ilist):
        x, y, ilist = as_tensor(x), as_tensor(y), as_tensor(ilist)
        return Apply(self, [x, y, ilist], [x.type])

    def infer_shape(self, node, shapes):
        return [shapes[0]]  # x's shape: the rows go into it

    def perform(self, node, inputs):
        x, y, ilist = inputs
        out = np.array(x, copy=True)
        idx = np.asarray(ilist, dtype=np.intp)
        if self.set_instead_of_inc:
            out[idx] = y
        else:
            np.add.at(out, idx, y)
        return [out]


@dataclass(frozen=True)
class ProdWithoutZeros(Op):
    """The product over ``axis`` (None: all) of the non-zero elements, accumulated in
    ``acc_dtype`` (Theano's CAReduceDtype, as Prod: dtypes left None are the input's
    defaults, fixed in the node's op)."""

    axis: tuple | None
    acc_dtype: str | None = None
    dtype: str | None = None

    def __str__(self):
        axis = None if self.axis is None else tuple(self.axis)
        return f"ProdWithoutZeros{{axis={axis}, dtype='{self.dtype}', acc_dtype='{self.acc_dtype}'}}"

    def make_node(self, x):
        x = as_tensor(x)
        if self.acc_dtype is None or self.dtype is None:
            s = make_sum(x, self.axis, dtype=self.dtype, acc_dtype=self.acc_dtype)
            return ProdWithoutZeros(self.axis, s.acc_dtype, s.dtype).make_node(x)
        axes = range(x.ndim) if self.axis is None else self.axis
        bcast = tuple(b for d, b in enumerate(x.broadcastable) if d not in axes)
        return Apply(self, [x], [TensorType(self.dtype, bcast)])

    def infer_shape(self, node, shapes):
        """The sizes of the axes kept (Theano's CAReduce.infer_shape)."""
        if self.axis is None:
            return [()]
        return [tuple(s for d, s in enumerate(shapes[0]) if d not in self.axis)]

    def perform(self, node, inputs):
        x = np.asarray(inputs[0])
        out = np.where(x == 0, np.ones((), dtype=x.dtype), x).astype(self.acc_dtype)
        axes = range(x.ndim) if self.axis is None else self.axis
        for axis in sorted(axes, reverse=True):
            out = np.multiply.reduce(out, axis, dtype=self.acc_dtype)
        return [np.asarray(out, dtype=node.outputs[0].type.dtype)]


@dataclass(frozen=True)
class GradIdentity(ViewOp, metaclass=TheanoNamed):
    """The identity that only changes the gradient flowing back through it: zeroed
    (``zero_grad``, ``consider_constant``), disconnected (``disconnected_grad``),
    undefined (``undefined_grad``: MRG_RandomStreams' bounds and probabilities), clipped
    (``grad_clip``) or scaled (``grad_scale``), one class each as in Theano (``kind`` names
    it for the gradient rules). The compiled graph drops it (Theano's ``local_view_op``)."""

    args: tuple = ()  # (lower, upper) for GradClip, (multiplier,) for GradScale
    kind: ClassVar[str] = ""

    def __str__(self):
        return type(self).__name__

    def make_node(self, x):
        return super().make_node(as_tensor(x))


class ZeroGrad(GradIdentity):
    kind = "zero"


class ConsiderConstant(GradIdentity):
    kind = "constant"


class DisconnectedGrad(GradIdentity):
    kind = "disconnected"


class UndefinedGrad(GradIdentity):
    kind = "undefined"


class GradClip(GradIdentity):
    kind = "clip"


class GradScale(GradIdentity):
    kind = "scale"


# every kind's class (the rules dispatch on the exact class)
GRAD_IDENTITIES = (ZeroGrad, ConsiderConstant, DisconnectedGrad, UndefinedGrad, GradClip, GradScale)


def inc_subtensor(x, y, inplace=False, set_instead_of_inc=False,
                  tolerate_inplace_aliasing=False):
    """The tensor ``x`` indexes into, with ``y`` added to (or written into) that part.

    Args:
        x: an indexed tensor, ``t[...]`` (basic indexing or an integer vector on axis 0).
        y: the increment, broadcast against ``x``.
    """
    x, y = as_tensor(x), as_tensor(y)
    if y.ndim > x.ndim:
        raise TypeError("Trying to increment a %d-dimensional subtensor with a %d-dimensional "
                        "value." % (x.ndim, y.ndim))
    offset = x.ndim - y.ndim
    axes = [d for d in range(y.ndim) if x.broadcastable[d + offset] and not y.broadcastable[d]]
    if axes:
        y = rebroadcast(y, [(d, True) for d in axes])
    node = x.owner
    if node is not None and isinstance(node.op, Subtensor):
        op = IncSubtensor(node.op.idx, set_instead_of_inc=set_instead_of_inc)
        return op(node.inputs[0], y, *node.inputs[1:])
    if node is not None and isinstance(node.op, AdvancedSubtensor1):
        op = AdvancedIncSubtensor1(set_instead_of_inc=set_instead_of_inc)
        return op(node.inputs[0], y, node.inputs[1])
    if node is not None and isinstance(node.op, AdvancedSubtensor):
        op = AdvancedIncSubtensor(set_instead_of_inc=set_instead_of_inc)
        return op(node.inputs[0], y, *node.inputs[1:])
    if node is not None and isinstance(node.op, AdvancedBooleanSubtensor):
        op = AdvancedBooleanIncSubtensor(set_instead_of_inc=set_instead_of_inc)
        return op(node.inputs[0], y, *node.inputs[1:])
    if node is not None and isinstance(node.op, DimShuffle):
        # x = t[...].dimshuffle(order): y is put in t's order, and the whole result
        # dimshuffled as x was (x[:, idx] of a transposed weight, say)
        y_order = ["x"] * x.ndim
        for i, v in enumerate(node.op.new_order):
            if v != "x" and v - offset >= 0:
                y_order[v - offset] = i
        inner = inc_subtensor(node.inputs[0], y.dimshuffle(*y_order), inplace,
                              set_instead_of_inc, tolerate_inplace_aliasing)
        return inner.dimshuffle(*node.op.new_order)
    if node is not None and isinstance(node.op, Reshape):
        # x = t[idx] with an index of several axes (the flattened index, then a reshape):
        # y spread to x's shape and flattened as t's part, and the increment is t's
        inner_x = node.inputs[0]
        if y.ndim > 0:
            y = Alloc()(y, *[x.shape[i] for i in range(x.ndim)]).reshape(inner_x.shape)
        return inc_subtensor(inner_x, y, inplace, set_instead_of_inc, tolerate_inplace_aliasing)
    raise TypeError("x must be the result of a subtensor operation")


def set_subtensor(x, y, inplace=False, tolerate_inplace_aliasing=False):
    """The tensor ``x`` indexes into, with ``y`` written into that part."""
    return inc_subtensor(x, y, inplace, set_instead_of_inc=True,
                         tolerate_inplace_aliasing=tolerate_inplace_aliasing)


__all__ = ["AdvancedIncSubtensor1", "ConsiderConstant", "DisconnectedGrad", "GRAD_IDENTITIES", "GradClip",
           "GradIdentity", "GradScale", "UndefinedGrad", "ZeroGrad", "IncSubtensor", "ProdWithoutZeros",
           "expand_empty", "inc_subtensor", "set_subtensor"]


def expand_empty(var, size):
    """``var`` with ``size`` uninitialised rows after its own (Theano's scan buffers:
    ``AllocEmpty`` of the longer shape, ``var`` set into its first rows)."""
    shapes = [var.shape[i] for i in range(var.ndim)]
    empty = AllocEmpty(var.dtype)(*([as_tensor(size) + shapes[0]] + shapes[1:]))
    return set_subtensor(empty[:shapes[0]], var)
