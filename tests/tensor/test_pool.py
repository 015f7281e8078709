"""theano.tensor.signal.pool: Pool and its gradients print and shape as Theano's; Pool's and
AveragePoolGrad's calls raise numpy 1.23's list-index IndexError as Theano's perform did
under the recording recipe; MaxPoolGrad's values are the direct numpy computation's."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad
from rngscope.tensor.pool import LIST_INDEX_ERROR, AveragePoolGrad, MaxPoolGrad, Pool, pool_2d
from rngscope.tensor.variable import TensorType

X = np.arange(2 * 1 * 5 * 7, dtype="float64").reshape(2, 1, 5, 7) % 11


def tensor4(name):
    return TensorType("float64", (False,) * 4)(name)


def test_the_ops_print_as_theanos():
    assert str(Pool(True)) == "Pool{ignore_border=True, mode='max', ndim=2}"
    assert str(MaxPoolGrad(False)) == "MaxPoolGrad{ignore_border=False, mode='max', ndim=2}"
    assert str(AveragePoolGrad(True, "sum")) == "AveragePoolGrad{ignore_border=True, mode='sum', ndim=2}"
    with pytest.raises(ValueError, match="Pool mode parameter only support"):
        Pool(True, "avg")


def _out_size(v, w, s, p, ignore_border):
    v = v + 2 * p
    if ignore_border:
        return max((v - w) // s + 1, 0)
    return (v - 1) // s + 1 if s >= w else max(0, (v - 1 - w + s) // s) + 1


@pytest.mark.parametrize("ws,stride,pad,ignore_border", [
    ((2, 2), None, (0, 0), True), ((2, 2), None, (0, 0), False), ((3, 2), (1, 2), (0, 0), False),
    ((3, 3), (2, 1), (1, 2), True), ((5, 7), (1, 1), (0, 0), True),
])
def test_the_inferred_shape_is_thean_s_formula(ws, stride, pad, ignore_border):
    x = tensor4("x")
    y = pool_2d(x, ws=ws, stride=stride, pad=pad, ignore_border=ignore_border)
    shape = function([x], y.shape)(X)
    s = ws if stride is None else stride
    expected = [2, 1] + [_out_size(X.shape[2 + i], ws[i], s[i], pad[i], ignore_border) for i in range(2)]
    assert shape.tolist() == expected


@pytest.mark.parametrize("mode", ["max", "sum", "average_inc_pad", "average_exc_pad"])
def test_calls_raise_the_recordings_index_error(mode):
    x = tensor4("x")
    y = pool_2d(x, ws=(2, 2), ignore_border=True, mode=mode)
    for out in (y, grad(T.sum(y), x)):
        with pytest.raises(IndexError) as info:
            function([x], out)(X)
        assert str(info.value).startswith(LIST_INDEX_ERROR)


def test_max_pool_grad_routes_each_window_to_its_maximum():
    x, maxout, gz = tensor4("x"), tensor4("m"), tensor4("g")
    ws, stride, pad = (2, 3), (1, 2), (1, 1)
    gx = function([x, maxout, gz], MaxPoolGrad(True)(x, maxout, gz, ws, stride, pad))
    padded = np.full((2, 1, 7, 9), -np.inf)
    padded[:, :, 1:6, 1:8] = X
    rows, cols = (7 - 2) // 1 + 1, (9 - 3) // 2 + 1
    m = np.array([[[[padded[b, 0, i:i + 2, 2 * j:2 * j + 3].max() for j in range(cols)]
                    for i in range(rows)]] for b in range(2)])
    g = np.arange(m.size, dtype="float64").reshape(m.shape) + 1
    expected = np.zeros_like(padded)
    for b in range(2):
        for i in range(rows):
            for j in range(cols):
                for r in range(max(i, 1), min(max(i, 1) + 2, 7)):
                    for c in range(max(2 * j, 1), min(max(2 * j, 1) + 3, 9)):
                        if padded[b, 0, r, c] == m[b, 0, i, j]:
                            expected[b, 0, r, c] += g[b, 0, i, j]
    np.testing.assert_array_equal(gx(X, m, g), expected[:, :, 1:6, 1:8])


def test_max_pool_grad_grad_reads_the_gradient_at_each_windows_maximum():
    from rngscope.tensor.pool import DownsampleFactorMaxGradGrad

    x, maxout, ggx = tensor4("x"), tensor4("m"), tensor4("g")
    xv = np.arange(32.0).reshape(2, 1, 4, 4) % 5
    m = xv.reshape(2, 1, 2, 2, 2, 2).transpose(0, 1, 2, 4, 3, 5).max(axis=(4, 5))
    g = np.arange(32.0).reshape(2, 1, 4, 4) + 1
    f = function([x, maxout, ggx], DownsampleFactorMaxGradGrad(True)(x, maxout, ggx, (2, 2)))
    expected = np.zeros_like(m)
    for b, i, j in np.ndindex(2, 2, 2):
        window = (b, 0, slice(2 * i, 2 * i + 2), slice(2 * j, 2 * j + 2))
        expected[b, 0, i, j] = g[window][xv[window] == m[b, 0, i, j]].sum()
    np.testing.assert_array_equal(f(xv, m, g), expected)


def test_second_order_gradients_build_theanos_ops():
    from rngscope.tensor.pool import DownsampleFactorMaxGradGrad

    x = tensor4("x")
    for mode, op in [("max", DownsampleFactorMaxGradGrad), ("sum", Pool)]:
        g = grad(T.sum(pool_2d(x, ws=(2, 2), ignore_border=True, mode=mode) ** 2), x)
        h = grad(T.sum(g ** 2), x)
        f = function([x], h)
        assert any(isinstance(n.op, op) for n in f.maker.fgraph.toposort())
