"""SoftmaxGrad sums each row of dy * sm as Theano 1.0.5's perform does: Python's sum, left to
right, in float64 (numpy 1.x makes 0 + float32 a float64), the sum rounded to sm's dtype
before it scales sm -- a float32 network's softmax gradient has Theano's bits."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.tensor.nnet import SoftmaxGrad


def _theano_rows(dy, sm):
    dx = np.zeros_like(sm)
    for i in range(sm.shape[0]):
        d = dy[i] * sm[i]
        total = 0.0
        for v in d:
            total = total + float(v)
        dx[i] = d - np.asarray(total, dtype=sm.dtype) * sm[i]
    return dx


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("cols", [1, 4, 13])
def test_rows_are_summed_left_to_right_in_double(dtype, cols):
    rs = np.random.RandomState(cols)
    sm = rs.uniform(0, 1, (40, cols)).astype(dtype)
    dy = rs.randn(40, cols).astype(dtype)
    (dx,) = SoftmaxGrad().perform(None, [dy, sm])
    assert dx.dtype == np.dtype(dtype)
    np.testing.assert_array_equal(dx, _theano_rows(dy, sm))


def test_float32_rows_differ_from_a_float32_sum():
    rs = np.random.RandomState(3)
    sm = rs.uniform(0, 1, (200, 4)).astype("float32")
    dy = rs.randn(200, 4).astype("float32")
    (dx,) = SoftmaxGrad().perform(None, [dy, sm])
    single = dy * sm - sm * np.sum(dy * sm, axis=1, dtype=np.float32)[:, None]
    assert (dx != single).any()


def test_no_rows_and_no_columns():
    for shape in ((0, 3), (2, 0)):
        (dx,) = SoftmaxGrad().perform(None, [np.ones(shape), np.ones(shape)])
        assert dx.shape == shape
