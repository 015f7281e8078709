"""A user's ``theano.Op`` whose ``grad`` returns ``DisconnectedType()()``: that input gets
no gradient, and the op's gradients are checked against its ``connection_pattern`` as
Theano 1.0.5 checks them (the texts and the bare AssertionError recorded; the corpus case
grad_custom_op_disconnected_type compares the whole script)."""
from __future__ import annotations

import warnings

import numpy as np
import pytest

import rngscope.compat.theano.tensor as T
from rngscope.compat.theano import Apply, Op, function
from rngscope.compat.theano.gradient import DisconnectedType, disconnected_type
from rngscope.tensor.gradient import DisconnectedInputError, grad


class Pick(Op):
    """y = x[idx] * w: no gradient for the integer idx."""
    __props__ = ()

    def make_node(self, x, idx):
        x, idx = T.as_tensor_variable(x), T.as_tensor_variable(idx)
        return Apply(self, [x, idx], [x.type()])

    def perform(self, node, inputs, out):
        x, idx = inputs
        out[0][0] = x[idx] * 1.0

    def grad(self, inputs, g):
        x, idx = inputs
        return [T.inc_subtensor(T.zeros_like(x)[idx], g[0]), DisconnectedType()()]


class PickWithPattern(Pick):
    def connection_pattern(self, node):
        return [[True], [False]]


class PickConnectingAll(Pick):
    def connection_pattern(self, node):
        return [[True], [True]]


class PickDisconnectingX(Pick):
    def connection_pattern(self, node):
        return [[False], [False]]


def _cost(op):
    x, idx = T.dvector("x"), T.ivector("idx")
    return x, idx, T.sqr(op(x, idx)).sum()


def test_the_disconnected_input_gets_no_gradient_and_the_other_its_own():
    x, idx, cost = _cost(PickWithPattern())
    f = function([x, idx], grad(cost, x))
    assert f(np.array([1.0, 2.0, 3.0]), np.array([2, 2], dtype="int32")).tolist() == [0.0, 0.0, 12.0]
    with pytest.raises(DisconnectedInputError):
        grad(cost, idx)


def test_without_a_connection_pattern_theano_warns_naming_the_op_and_input():
    x, idx, cost = _cost(Pick())
    with pytest.warns(UserWarning, match=r"^Pick.grad returned DisconnectedType for input 1\. "
                                         r"You may want to implement a connection_pattern"):
        grad(cost, x)
    x, _idx, cost = _cost(PickWithPattern())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        grad(cost, x)  # the pattern says so: no warning


def test_a_pattern_that_connects_the_input_refuses_the_disconnected_gradient():
    x, _idx, cost = _cost(PickConnectingAll())
    with pytest.raises(TypeError, match=r"^PickConnectingAll.grad returned DisconnectedType for "
                                        r"input 1\. Its connection_pattern method does not allow this\.$"):
        grad(cost, x)


def test_a_gradient_on_an_input_the_pattern_disconnects_is_theanos_bare_assertion():
    x, _idx, cost = _cost(PickDisconnectingX())
    with pytest.raises(AssertionError) as err:
        grad(cost, x)
    assert str(err.value) == ""


def test_disconnected_type_prints_as_theanos():
    assert str(DisconnectedType()) == "DisconnectedType"
    v = disconnected_type()
    assert str(v) == "<DisconnectedType>" and isinstance(v.type, DisconnectedType)
