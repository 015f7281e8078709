"""theano.gradient.verify_grad: a right gradient passes, a wrong one raises GradientError
naming the worst entry; numeric_grad is the one-sided finite difference."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compat.theano.ops import Apply, Op
from rngscope.compile.verify_grad import GradientError, numeric_grad, verify_grad
from rngscope.compile.function import function
from rngscope.tensor import basic as T


class Square(Op):
    """x ** 2 with a gradient ``scale`` times too large (1: right)."""

    __props__ = ("scale",)

    def __init__(self, scale):
        self.scale = scale

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        return Apply(self, [x], [x.type()])

    def perform(self, node, inputs, outputs):
        outputs[0][0] = inputs[0] ** 2

    def grad(self, inputs, output_grads):
        return [output_grads[0] * inputs[0] * (2 * self.scale)]


def test_a_right_gradient_passes_and_a_wrong_one_names_its_worst_entry():
    assert verify_grad(Square(1), [np.array([1.0, 2.0])], rng=np.random.RandomState(0)) is None
    with pytest.raises(GradientError) as caught:
        verify_grad(Square(2), [np.array([1.0, 2.0, 3.0])], rng=np.random.RandomState(0))
    e = caught.value
    assert (e.arg, e.err_pos, e.shape) == (0, 2, (3,))
    assert e.val1 == pytest.approx(2 * e.val2, rel=1e-5) and e.rel_err == pytest.approx(1 / 3, rel=1e-5)
    assert str(e).startswith("GradientError: numeric gradient and analytic gradient exceed")


def test_numeric_grad_is_the_one_sided_difference():
    x = T.dvector("x")
    cost = function([x], T.sum(x ** 3))
    gf = numeric_grad(cost, [np.array([1.0, 2.0])]).gf[0]
    np.testing.assert_allclose(gf, [3.0, 12.0], atol=1e-5)


def test_inputs_must_be_floats_and_an_rng_given():
    with pytest.raises(TypeError, match="rng should be a valid instance"):
        verify_grad(T.tanh, [np.array([0.5])])
    with pytest.raises(TypeError, match='input 0 has dtype "int64"'):
        verify_grad(T.tanh, [np.array([1, 2])], rng=np.random.RandomState(0))
