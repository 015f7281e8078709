"""Reductions over axes: an axis the tensor lacks raises Theano 1.0.5's ValueError as the
graph is built (conformance case `err_reduce_axis_out_of_range`)."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.tensor import basic as T


@pytest.mark.parametrize("build, axis", [
    (lambda b: T.sum(b, axis=1), 1), (lambda b: T.mean(b, axis=-2), -2),
    (lambda b: T.prod(b, axis=(0, 1)), 1), (lambda b: T.var(b, axis=1), 1),
])
def test_a_reduction_over_an_axis_the_tensor_lacks_raises_theanos_value_error(build, axis):
    b = T.dvector("b")
    with pytest.raises(ValueError, match=f"^Not enough dimensions on b to reduce on axis {axis}$"):
        build(b)


def test_negative_axes_a_matrix_has_still_reduce():
    x = T.dmatrix("x")
    f = function([x], [T.sum(x, axis=-1), T.var(x, axis=(-2, -1))])
    data = np.arange(6.0).reshape(2, 3) ** 2
    total, var = f(data)
    np.testing.assert_allclose(total, data.sum(-1))
    np.testing.assert_allclose(var, data.var())


def test_a_mean_over_a_negative_axis_divides_by_that_shape_index_as_given():
    x = T.dmatrix("x")
    divisor = T.mean(x, axis=-1).owner.inputs[1]  # true_div(sum, shp[-1]) broadcast
    index = divisor.owner.inputs[0].owner.inputs[1]
    assert str(index) == "Constant{-1}"


@pytest.mark.parametrize("axis", [0, -1])
@pytest.mark.parametrize("ddof, corrected", [(0, False), (1, False), (0, True), (1, True), (2, True)])
def test_var_and_std_with_ddof_and_the_corrected_two_pass_match_numpy_on_one_axis(axis, ddof,
                                                                                  corrected):
    x = T.dmatrix("x")
    data = np.array([[1.0, 5.0, 2.0], [4.0, 0.0, 3.0], [2.5, 1.0, -1.0]])
    f = function([x], [T.var(x, axis=axis, ddof=ddof, corrected=corrected, keepdims=True),
                       T.std(x, axis=axis, ddof=ddof, corrected=corrected)])
    var, std = f(data)
    np.testing.assert_allclose(var, data.var(axis=axis, ddof=ddof, keepdims=True))
    np.testing.assert_allclose(std, data.std(axis=axis, ddof=ddof))


def test_var_over_several_axes_divides_by_each_axis_length_less_ddof_as_theano_does():
    x = T.dmatrix("x")
    data = np.array([[1.0, 5.0, 2.0], [4.0, 0.0, 3.0], [2.5, 1.0, -1.0]])
    squares = ((data - data.mean()) ** 2).sum()
    for corrected in (False, True):  # the centred sum is 0: the correction takes nothing
        got = function([x], T.var(x, ddof=1, corrected=corrected))(data)
        np.testing.assert_allclose(got, squares / (2 * 2))  # Theano 1.0.5: 7.30555556


def test_var_refuses_a_bool_ddof_as_theano_does():
    with pytest.raises(ValueError, match="keepdims is now at index 3"):
        T.var(T.dmatrix("x"), 0, True)
