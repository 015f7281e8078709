"""Assert (Theano's theano.tensor.opt.Assert): a view of its value once every condition
holds, AssertionError(msg) otherwise; its gradient is the output's, its conditions are
disconnected; printed as Theano prints it."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.tensor import basic as T
from rngscope.tensor.assert_op import Assert, assert_op
from rngscope.tensor.gradient import grad


def test_prints_and_compares_as_theano():
    assert str(assert_op) == "Assert{msg='Theano Assert failed!'}"
    assert str(Assert("it's")) == 'Assert{msg="it\'s"}'
    assert Assert("hi") == Assert("hi") and Assert("hi") != assert_op
    assert Assert() == assert_op and hash(Assert()) == hash(assert_op)


def test_passes_its_value_when_every_condition_holds():
    x = T.dvector("x")
    for mode in (None, UNOPTIMIZED):
        f = function([x], assert_op(x * 2, T.lt(x.shape[0], 3), T.gt(x.sum(), 0)), mode=mode)
        assert f(np.array([1.0, 2.0])).tolist() == [2.0, 4.0]


@pytest.mark.parametrize("data", [[-1.0, -2.0], [1.0, 2.0, 3.0]])
def test_a_false_condition_raises_its_message_and_names_the_node(data):
    x = T.dvector("x")
    f = function([x], Assert("x must be short")(x, T.lt(x.shape[0], 3), T.gt(x.sum(), 0)))
    with pytest.raises(AssertionError) as info:
        f(np.array(data))
    first, second = str(info.value).split("\n")[:2]
    assert first == "x must be short"
    assert second.startswith("Apply node that caused the error: Assert{msg='x must be short'}(x, ")


def test_conditions_must_be_scalars():
    x = T.dvector("x")
    with pytest.raises(AssertionError):
        assert_op(x, x > 0)


def test_gradient_goes_to_the_value_only():
    x, c = T.dvector("x"), T.dscalar("c")
    cost = T.sum(assert_op(x, c > 0) ** 2)
    gx, = grad(cost, [x])
    f = function([x, c], gx)
    assert f(np.array([1.0, 2.0]), 1.0).tolist() == [2.0, 4.0]
    with pytest.raises(AssertionError):
        f(np.array([1.0, 2.0]), -1.0)
    with pytest.raises(Exception) as info:
        grad(cost, [c])
    assert type(info.value).__name__ == "DisconnectedInputError"
