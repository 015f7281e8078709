"""Theano's dtype rules for Python scalars, and the floatX flag a script may set while it runs."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, strategies as st

from rngscope.graph import types
from rngscope.tensor import basic as T


@pytest.fixture
def float32():
    types.set_floatx("float32")
    yield
    types.set_floatx("float64")


def test_a_python_float_is_float32_only_when_float32_holds_it_exactly():
    assert types.convert(1.5).dtype == "float32"
    assert types.convert(0.1).dtype == "float64"


@given(st.floats(allow_nan=False, allow_infinity=False, width=64))
def test_under_float32_every_python_float_is_a_float32_constant(x):
    types.set_floatx("float32")
    try:
        assert types.convert(x).dtype == "float32"
    finally:
        types.set_floatx("float64")


def test_variables_made_after_the_flag_changes_follow_it(float32):
    assert [T.matrix().dtype, T.scalar().dtype, T.tensor(broadcastable=(False,)).dtype] == \
        ["float32"] * 3
    assert (T.vector() + 0.1).dtype == "float32"
    assert (T.iscalar() / T.iscalar()).dtype == "float32"
    assert T.zeros((2,)).dtype == T.cast(T.iscalar(), "floatX").dtype == "float32"
    assert T.FLOATX == "float32"
    assert (T.dvector() * 0.1).dtype == "float64"


def test_variables_made_before_keep_their_dtype():
    m = T.matrix()
    types.set_floatx("float32")
    try:
        assert m.dtype == "float64" and (m * 0.1).dtype == "float64"
    finally:
        types.set_floatx("float64")
    assert (T.iscalar() / T.iscalar()).dtype == "float64" and T.FLOATX == "float64"


def test_float16_float32_and_float64_are_the_flags_values():
    with pytest.raises(ValueError, match=r'^Invalid value \("float128"\) for configuration '
                                         r'variable "floatX"\. Valid options are'):
        types.set_floatx("float128")
    assert types.floatx() == "float64"
    types.set_floatx("float16")
    try:
        assert T.matrix().dtype == "float16" and T.constant(0.1).dtype == "float16"
        assert float(T.constant(0.1).data) == float(np.float16(0.1))  # Theano's unsafe downcast
        assert T.mean(T.matrix()).dtype == "float16"  # summed in float32, cast back
    finally:
        types.set_floatx("float64")


def test_a_draw_under_float32_is_float32(float32):
    from rngscope.streams import RandomStreams

    srng = RandomStreams(seed=3)
    assert srng.uniform((2,)).dtype == srng.normal((2,), std=0.5).dtype == "float32"
    assert np.asarray(0.5, dtype=srng.uniform((2,), low=-1, high=1).dtype).dtype == "float32"
