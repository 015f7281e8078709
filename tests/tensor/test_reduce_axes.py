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
