"""Allocations: Alloc (a value broadcast to a shape) and AllocEmpty (uninitialised memory).

Their output's broadcastable pattern is read from the sizes as Theano 1.0.5's
``alloc_validate_shape`` reads it: an axis broadcasts where ``constant_value`` proves its
size 1 (``alloc(0., 2 - 1, n)`` is a row), which puts this module above static.py.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op
from rngscope.tensor.static import constant_value
from rngscope.tensor.variable import TensorType, as_tensor

__all__ = ["Alloc", "AllocEmpty"]


def _broadcastable(shape):
    """Which sizes are proved 1, after Theano's alloc_validate_shape's checks: each size an
    integer scalar (``alloc(0., 2.5)`` and a float ``n_steps`` of scan raise its TypeError)."""
    flags = []
    for i, s in enumerate(shape):
        if not s.type.dtype.startswith(("int", "uint")):
            raise TypeError("Shape arguments to Alloc must be integers, but argument %s is not "
                            "for apply node: %s" % (i, s))
        if s.ndim != 0:
            raise TypeError("Each shape dimension to Alloc must be a scalar, ",
                            "but dimension %s have %d dimensions for apply node: %s"
                            % (i, s.ndim, s))
        value = constant_value(s)
        flags.append(value is not None and bool(value == 1))
    return tuple(flags)


@dataclass(frozen=True)
class Alloc(Op):
    """A tensor of the given shape filled with ``value`` (broadcast)."""

    holds_input_value = True

    def make_node(self, value, *shape):
        value = as_tensor(value)
        shape = [as_tensor(s) for s in shape]
        return Apply(self, [value] + shape, [TensorType(value.dtype, _broadcastable(shape))])

    def perform(self, node, inputs):
        value, shape = inputs[0], tuple(int(s) for s in inputs[1:])
        if any(s < 0 for s in shape):
            raise ValueError("negative dimensions are not allowed")  # Theano's (numpy's) text
        return [np.array(np.broadcast_to(value, shape), dtype=node.outputs[0].type.dtype, order="C")]


@dataclass(frozen=True)
class AllocEmpty(Op):
    """Uninitialised memory of a shape (zeros here, so runs are deterministic)."""

    dtype: str

    def __str__(self):
        return f"AllocEmpty{{dtype='{self.dtype}'}}"

    def make_node(self, *shape):
        shape = [as_tensor(s) for s in shape]
        return Apply(self, shape, [TensorType(self.dtype, _broadcastable(shape))])

    def perform(self, node, inputs):
        return [np.zeros(tuple(int(s) for s in inputs), dtype=self.dtype)]
