"""The largest element and where it is, as Theano 1.0.5 builds them.

``T.max``, ``T.argmax`` and ``T.max_and_argmax`` all build one ``MaxAndArgmax`` node (its
outputs named 'max' and 'argmax'); the compiled graph keeps it only where both outputs
are read, and otherwise makes it a maximum reduction or an ``Argmax`` (the uncanonicalize
rule). The axis rules are Theano's: ``max_and_argmax_axes`` for MaxAndArgmax and
``reduce_axes`` for the maximum reduction ``T.max`` falls back on when MaxAndArgmax
refuses an axis (whose checks then give the error).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op, Variable
from rngscope.tensor.variable import TensorConstant, TensorType, as_tensor

__all__ = ["Argmax", "MaxAndArgmax", "max_and_argmax_axes", "reduce_axes"]


def _argmax_over(x, axes):
    """numpy's argmax over several axes at once: the reduced axes moved last and folded
    into one (Theano's Argmax.perform)."""
    keep = [d for d in range(x.ndim) if d not in axes]
    moved = np.transpose(x, keep + list(axes))
    folded = moved.reshape(moved.shape[:len(keep)] + (-1,))
    return np.asarray(np.argmax(folded, axis=-1), dtype="int64")


def _reduced_type(x, axes, dtype):
    return TensorType(dtype, tuple(b for d, b in enumerate(x.broadcastable) if d not in axes))


@dataclass(frozen=True)
class Argmax(Op):
    """The index of the largest element over ``axis`` (a sorted tuple; several axes are
    searched as one flattened axis)."""

    axis: tuple

    def __str__(self):
        return f"Argmax{{axis={self.axis}}}"

    def make_node(self, x):
        x = as_tensor(x)
        node = Apply(self, [x], [_reduced_type(x, self.axis, "int64")])
        node.outputs[0].name = "argmax"
        return node

    def infer_shape(self, node, shapes):
        return [tuple(d for k, d in enumerate(shapes[0]) if k not in self.axis)]

    def perform(self, node, inputs):
        return [_argmax_over(np.asarray(inputs[0]), self.axis)]


@dataclass(frozen=True)
class MaxAndArgmax(Op):
    """The largest element over ``axis`` and its index, in one pass: what ``T.max`` and
    ``T.argmax`` build (outputs named 'max' and 'argmax', as Theano names them)."""

    axis: tuple

    def __str__(self):
        return f"MaxAndArgmax{{axis={self.axis}}}"

    def make_node(self, x):
        x = as_tensor(x)
        node = Apply(self, [x], [_reduced_type(x, self.axis, x.dtype),
                                 _reduced_type(x, self.axis, "int64")])
        node.outputs[0].name, node.outputs[1].name = "max", "argmax"
        return node

    def infer_shape(self, node, shapes):
        kept = tuple(d for k, d in enumerate(shapes[0]) if k not in self.axis)
        return [kept, kept]

    def perform(self, node, inputs):
        x = np.asarray(inputs[0])
        return [np.asarray(np.max(x, axis=self.axis)), _argmax_over(x, self.axis)]


def max_and_argmax_axes(ndim, axis):
    """``axis`` as MaxAndArgmax takes it: a sorted tuple of distinct axes, None or no
    axis meaning all of them; Theano's errors for the rest."""
    if axis is None:
        axes = list(range(ndim))
    elif isinstance(axis, (int, np.integer)) or (isinstance(axis, np.ndarray) and axis.ndim == 0):
        axes = [int(axis)]
    elif isinstance(axis, (tuple, list, np.ndarray)):
        axes = [int(a) for a in axis]
    elif isinstance(axis, Variable):
        if not isinstance(axis, TensorConstant):
            raise TypeError("Computation needs a constant axis. Got %s" % axis)
        data = np.asarray(axis.data)
        axes = [int(data)] if data.ndim == 0 else [int(a) for a in data]
    else:
        raise TypeError("Axis must be an integer, tuple, list of integers or a "
                        "TensorVariable. Got %s" % axis)
    if not axes:
        return tuple(range(ndim))
    for k, a in enumerate(axes):
        if a < 0:
            axes[k] = a = a + ndim
        if a < 0 or a >= ndim:
            raise ValueError("Computation needs a valid axis number for %d-D tensor. Got %d"
                             % (ndim, a))
    return tuple(sorted(set(axes)))


def reduce_axes(x, axis):
    """``axis`` as a maximum reduction takes it (Theano's CAReduce): None for all, a tuple
    of distinct sorted axes otherwise (iterating a symbolic axis raises TensorType's
    iteration error); an axis ``x`` has not is a ValueError naming ``x``."""
    if axis is None:
        return None
    if isinstance(axis, (int, np.integer)):
        axes = (axis,)
    elif isinstance(axis, np.ndarray) and axis.ndim == 0:
        axes = (int(axis),)
    else:
        axes = tuple(sorted({int(a) for a in axis}))
    for a in axes:
        if a >= x.ndim or (a < 0 and abs(a) > x.ndim):
            raise ValueError("Not enough dimensions on %s to reduce on axis %s" % (x, a))
    return axes
