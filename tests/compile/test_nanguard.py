"""NanGuardMode stops at the first node output holding a NaN, Inf or big value, and lets a
graph that never produces one through (a NaN fused away inside a Composite is not seen)."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.compile.modes import NanGuardMode
from rngscope.tensor import basic as T
from rngscope.tensor.elementary import isnan


def test_the_guard_names_what_it_found():
    x = T.dvector("x")
    f = function([x], T.sqrt(x - 1.0) * 2, mode=NanGuardMode(nan_is_error=True, inf_is_error=True,
                                                            big_is_error=False))
    assert f(np.array([5.0, 2.0])).tolist() == [4.0, 2.0]
    with pytest.raises(AssertionError, match=r"^NaN detected\nNanGuardMode found an error"):
        f(np.array([0.0, 2.0]))
    g = function([x], T.log(x), mode=NanGuardMode())
    with pytest.raises(AssertionError, match=r"^Inf detected"):
        g(np.array([0.0]))
    h = function([x], x * 1e12, mode=NanGuardMode(big_is_error=True))
    with pytest.raises(AssertionError, match=r"^Big value detected"):
        h(np.array([1.0]))
    quiet = function([x], x * 1e12, mode=NanGuardMode(big_is_error=False))
    assert quiet(np.array([1.0])).tolist() == [1e12]


def test_a_nan_inside_a_fused_expression_is_not_an_output():
    x = T.dvector("x")
    inner = T.sqrt(x - 1.0)
    f = function([x], T.switch(isnan(inner), 0.0, inner), mode=NanGuardMode())
    assert f(np.array([0.0, 5.0])).tolist() == [0.0, 2.0]
