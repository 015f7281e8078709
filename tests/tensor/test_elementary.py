"""The extra elementwise functions, any/all and the shape helpers: values and dtypes against
numpy (float64 bit for bit with the C library), gradients against finite differences."""
from __future__ import annotations

import math

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.tensor import basic as T
from rngscope.tensor import elementary as E
from rngscope.tensor.gradient import grad

MODES = ("FAST_RUN", "FAST_COMPILE", UNOPTIMIZED)
X = np.array([0.25, 0.5, 1.0, 1.75])
CASES = [(E.log2, math.log2), (E.log10, math.log10), (E.exp2, lambda v: 2.0 ** v), (E.tan, math.tan),
         (E.sinh, math.sinh), (E.cosh, math.cosh), (E.arcsin, lambda v: math.asin(v / 2)),
         (E.arccos, lambda v: math.acos(v / 2)), (E.arctan, math.atan)]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fn, ref", CASES, ids=[c[0].__name__ if hasattr(c[0], "__name__") else str(i)
                                                 for i, c in enumerate(CASES)])
def test_values_match_the_c_library_and_gradients_finite_differences(fn, ref, mode):
    x = T.dvector("x")
    arg = x / 2 if fn in (E.arcsin, E.arccos) else x
    out = fn(arg)
    got = function([x], out, mode=mode)(X)
    assert got.dtype == np.float64
    np.testing.assert_allclose(got, [ref(v) for v in X], rtol=1e-15)
    cost = function([x], T.sum(out * np.arange(1.0, 5.0)))
    g = function([x], grad(T.sum(out * np.arange(1.0, 5.0)), x), mode=mode)(X)
    h = 1e-6
    fd = [(cost(X + h * e) - cost(X - h * e)) / (2 * h) for e in np.eye(4)]
    np.testing.assert_allclose(g, fd, rtol=1e-6)


def test_integer_inputs_give_floats_and_nan_tests_give_bools():
    i, x = T.ivector("i"), T.dvector("x")
    assert E.log2(i).dtype == "float64" and E.exp2(T.bvector()).dtype == "float32"
    f = function([x, i], [E.isnan(x), E.isinf(x), E.isnan(i), E.trunc(x * 3.7 - 4)])
    nan, inf, never, tr = f(np.array([1.0, np.nan, -np.inf]), np.array([1, 2, 3], dtype="int32"))
    assert nan.tolist() == [False, True, False] and inf.tolist() == [False, False, True]
    assert never.dtype == np.bool_ and not never.any()
    np.testing.assert_array_equal(tr, np.trunc(np.array([1.0, np.nan, -np.inf]) * 3.7 - 4))


@pytest.mark.parametrize("mode", MODES)
def test_any_all_largest_smallest_where(mode):
    m = T.dmatrix("m")
    mv = np.array([[1.0, -2.0, 0.0], [3.0, 0.5, -1.0]])
    outs = function([m], [E.any(m > 2, axis=0), E.all(m, axis=1), E.any(m), E.all(m > -3, keepdims=True),
                          E.largest(m, 0.5), E.smallest(m, 0.5), E.largest(m, -m, m * 2), E.where(m > 0, m, -m)],
                    mode=mode)(mv)
    expected = [(mv > 2).any(axis=0), (mv != 0).all(axis=1), (mv != 0).any(),
                (mv > -3).all(keepdims=True), np.maximum(mv, 0.5), np.minimum(mv, 0.5),
                np.maximum(np.maximum(mv, -mv), mv * 2),
                np.abs(mv)]
    for got, want in zip(outs, expected):
        np.testing.assert_array_equal(got, want)
    assert str(E.any(m, axis=0).owner.op) == "Any{0}" and str(E.all(m).owner.op) == "All"


def test_shape_helpers():
    t3, r = T.dtensor3("t3"), T.drow("r")
    assert E.flatten(t3, 2).ndim == 2 and E.squeeze(r).broadcastable == (False,)
    assert E.shape_padleft(r, 2).broadcastable == (True, True, True, False)
    assert E.shape_padright(r).broadcastable == (True, False, True)
    assert E.shape_padaxis(t3, -1).ndim == 4
    with pytest.raises(IndexError, match=r"axis 5 is out of bounds \[-4, 4\)"):
        E.shape_padaxis(t3, 5)
    with pytest.raises(ValueError, match=r"ndim 4 out of bound \[1, 4\)"):
        E.flatten(t3, 4)
    with pytest.raises(ValueError, match=r"^ndim 0 out of bound \[1, 4\)$"):
        t3.flatten(0)  # the method checks as Theano's function does


def test_xlogx_and_xlogy0_are_zero_where_x_is_zero():
    x, y = T.dvector("x"), T.dvector("y")
    xv, yv = np.array([0.0, 0.5, 2.0]), np.array([0.0, 0.25, 3.0])
    a, b = function([x, y], [E.xlogx(x), E.xlogy0(x, y)])(xv, yv)
    np.testing.assert_array_equal(a, [0.0, 0.5 * math.log(0.5), 2.0 * math.log(2.0)])
    np.testing.assert_array_equal(b, [0.0, 0.5 * math.log(0.25), 2.0 * math.log(3.0)])
    assert str(E.xlogx(x).owner.op) == "xlogx"
    gx, gy = function([x, y], grad(T.sum(E.xlogy0(x, y)), [x, y]))(xv[1:], yv[1:])
    np.testing.assert_allclose(gx, np.log(yv[1:]), rtol=1e-15)
    np.testing.assert_allclose(gy, xv[1:] / yv[1:], rtol=1e-15)


def test_arctan2_is_theanos_elementwise_op_with_its_gradient_and_dtypes():
    y, x = T.dvector("y"), T.dvector("x")
    z = E.arctan2(y, x)
    assert str(z.owner.op) == "Elemwise{arctan2,no_inplace}"
    assert [str(E.arctan2(a, a).type) for a in (T.fvector(), T.bvector(), T.lvector())] == [
        "TensorType(float32, vector)", "TensorType(float32, vector)", "TensorType(float64, vector)"]
    gy, gx = grad(T.sum(z), [y, x])
    f = function([y, x], [z, gy, gx])
    vy, vx = np.array([1.0, -2.0, 0.5]), np.array([2.0, 1.0, -3.0])
    got = f(vy, vx)
    assert got[0].tolist() == [math.atan2(a, b) for a, b in zip(vy, vx)]
    assert np.allclose(got[1], vx / (vx ** 2 + vy ** 2)) and np.allclose(got[2], -vy / (vx ** 2 + vy ** 2))
    # float32 correctly rounded (libm's atan2f, as Theano's numpy 1.23 computes it)
    i = T.bvector("i")
    h = function([i], E.arctan2(i, i + 1))
    assert h(np.array([1], dtype="int8")).tolist() == [float(np.float32(math.atan2(1, 2)))]
