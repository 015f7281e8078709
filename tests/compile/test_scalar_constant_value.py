"""The constant value slice arithmetic reads from a bound or a length
(slice_forms.scalar_constant_value, Theano's get_scalar_constant_value): through views,
allocs, casts and the integer arithmetic of constants; ``x.shape[i]`` of a broadcasting axis
is 1.  A loop's output of 3 steps plus its initial row has length 4, so ``x[1:][-1]`` merges
into one constant index, as in Theano."""
from __future__ import annotations

import numpy as np

from rngscope.tensor.static import constant_value as scalar_constant_value
from rngscope.tensor import basic as T
from rngscope.tensor.shape_ops import Rebroadcast


def _value(v):
    found = scalar_constant_value(v)
    return None if found is None else found.item()


def test_a_buffer_length_of_steps_plus_a_broadcasting_initial_row():
    row = T.zeros((3,)).dimshuffle("x", 0)
    initial = Rebroadcast(((0, True),))(row)
    length = T.constant(3, dtype="int64") + initial.shape[0]
    assert _value(length) == 4


def test_arithmetic_and_comparisons_of_constants_are_computed():
    three, two = T.constant(3, dtype="int64"), T.constant(2, dtype="int64")
    assert _value(T.switch(T.lt(two, three), three - two, two * three)) == 1
    assert _value(T.maximum(three // two, T.cast(T.constant(5, dtype="int8"), "int64"))) == 5


def test_a_symbolic_size_has_no_value():
    n = T.lscalar("n")
    assert scalar_constant_value(n + 1) is None
    assert scalar_constant_value(T.vector("x").shape[0]) is None


def test_the_search_stops_ten_ops_deep():
    v = T.constant(1, dtype="int64")
    for _ in range(12):
        v = v + T.constant(np.int64(0))
    assert _value(v) is None
    shallow = T.constant(1, dtype="int64") + T.constant(np.int64(0))
    assert _value(shallow) == 1
