"""``theano.tensor.opt.Assert``: a value passed on unchanged once every condition holds.

``Assert(msg)(x, *conds)`` is ``x`` itself (a view of it) when every condition (a 0-d
tensor) is true when the node runs, and raises ``AssertionError(msg)`` otherwise.  Its
gradient passes straight through to ``x``; the conditions are disconnected.  The
compiler inserts it where a rewrite drops a computation that would have caught a shape
error (``local_elemwise_alloc``), and removes conditions it can prove true.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op
from rngscope.tensor.variable import as_tensor

__all__ = ["Assert", "assert_op", "register_gradients"]

DEFAULT_MSG = "Theano Assert failed!"


@dataclass(frozen=True)
class Assert(Op):
    """``x`` once every condition is true, else AssertionError(msg)."""

    msg: str = DEFAULT_MSG

    view_map = {0: [0]}

    def __str__(self):
        return f"Assert{{msg={self.msg!r}}}"

    def make_node(self, value, *conds):
        value = as_tensor(value)
        conds = [as_tensor(c) for c in conds]
        assert all(c.type.ndim == 0 for c in conds)
        return Apply(self, [value, *conds], [value.type])

    def infer_shape(self, node, shapes):
        return [shapes[0]]

    def perform(self, node, inputs):
        value, *conds = inputs
        if not all(np.all(c) for c in conds):
            raise AssertionError(self.msg)
        return [value]


assert_op = Assert()


def _assert_grad(node, out_grads):
    """The value's gradient is the output's; the conditions are disconnected."""
    return [out_grads[0]] + [None] * (len(node.inputs) - 1)


def register_gradients(rules):
    """Add Assert's gradient rule to ``rules`` (op class -> rule)."""
    rules[Assert] = _assert_grad
