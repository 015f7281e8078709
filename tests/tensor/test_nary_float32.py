"""add and mul of three or more float32 inputs round once, as Theano 1.0.5 computes them: its
numpy ufunc takes two inputs, so with more the Elemwise runs the op on Python floats (float64)
and casts the result back; two inputs stay a float32 ufunc."""
from __future__ import annotations

import numpy as np

from rngscope.compile.function import function
from rngscope.tensor import basic as T


def _values():
    rs = np.random.RandomState(0)
    return [rs.uniform(-1, 1, 200).astype("float32") for _ in range(3)]


def test_three_float32_factors_are_multiplied_in_double_and_rounded_once():
    a, b, c = T.fvector("a"), T.fvector("b"), T.fvector("c")
    f = function([a, b, c], [a * b * c, a + b + c])
    va, vb, vc = _values()
    prod, total = f(va, vb, vc)
    wide = [v.astype("float64") for v in (va, vb, vc)]
    assert prod.dtype == total.dtype == np.float32
    np.testing.assert_array_equal(prod, (wide[0] * wide[1] * wide[2]).astype("float32"))
    np.testing.assert_array_equal(total, (wide[0] + wide[1] + wide[2]).astype("float32"))
    # stepwise float32 rounding gives other bits for some of these elements
    assert (prod != va * vb * vc).any() or (total != va + vb + vc).any()


def test_two_float32_inputs_stay_a_float32_ufunc():
    a, b = T.fvector("a"), T.fvector("b")
    va, vb, _ = _values()
    out = function([a, b], a * b)(va, vb)
    np.testing.assert_array_equal(out, va * vb)
