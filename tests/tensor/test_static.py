"""constant_value (Theano 1.0.5's get_scalar_constant_value): the one value a variable
always holds, read through views, allocs, fills, copies and true asserts, computed from
the arithmetic and comparisons of constants, ``x.shape[i]`` of a constant or of an axis
that broadcasts, and 0-d items of constants, MakeVectors, Joins and Shapes; with
``elemwise=False``, ``only_process_constants=True`` and ``max_recur`` as Theano's.
Expected values recorded with Theano 1.0.5."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.tensor import basic as T
from rngscope.tensor.assert_op import Assert
from rngscope.tensor.shape_ops import DeepCopyOp, Rebroadcast, ScalarFromTensor, Shape_i
from rngscope.tensor.static import constant_value


def _value(v, **options):
    found = constant_value(v, **options)
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


@pytest.mark.parametrize("make, expected", [
    (lambda a, b: T.int_div(a, 2), 3), (lambda a, b: T.true_div(a, 2), 3.5),
    (lambda a, b: T.mod(a, 4), 3), (lambda a, b: a - b, 5), (lambda a, b: a + b, 9),
    (lambda a, b: T.minimum(a, b), 2), (lambda a, b: T.maximum(a, b), 7),
    (lambda a, b: T.eq(a, b), 0), (lambda a, b: T.neq(a, b), 1), (lambda a, b: T.gt(a, b), 1),
    (lambda a, b: T.ge(a, 7), 1), (lambda a, b: T.le(a, b), 0),
])
def test_each_computed_op(make, expected):
    assert _value(make(T.constant(7), T.constant(2))) == expected


def test_a_product_of_a_constant_and_an_alloc_of_zeros_is_zero():
    # what local_add_specialize reads on a zero gradient's path: mul(-0.1, Alloc(0.0, n))
    n = T.lscalar("n")
    zero_path = T.mul(T.constant(-0.1), T.alloc(T.constant(0.0), n))
    assert _value(zero_path) == 0.0
    assert constant_value(zero_path, elemwise=False) is None  # a product is computed
    assert _value(T.alloc(T.constant(0.0), n), elemwise=False) == 0.0


def test_elemwise_false_still_reads_a_fill_and_asks_nested_questions_in_full():
    x = T.dvector("x")
    assert _value(T.second(x, T.constant(3.0)), elemwise=False) == 3.0
    # an assert's conditions are read with the defaults (Theano's nested calls)
    assert _value(Assert()(T.constant(1.0), T.eq(2, 2)), elemwise=False) == 1.0


def test_only_process_constants_reads_a_constant_and_nothing_built_on_it():
    assert constant_value(T.constant(2.0).dimshuffle("x"), only_process_constants=True) is None
    assert _value(T.constant(np.full(3, 2.0)), only_process_constants=True) == 2.0


def test_a_constant_of_several_values_has_none():
    assert constant_value(T.constant(np.array([1.0, 2.0]))) is None


def test_copies_views_and_scalar_reads_pass_the_value():
    c = T.constant(np.float64(4.0))
    assert _value(DeepCopyOp()(c)) == 4.0
    assert _value(ScalarFromTensor()(T.constant(5, dtype="int64"))) == 5
    assert _value(c.dimshuffle("x", "x")) == 4.0


def test_an_assert_passes_only_when_every_condition_is_constant_and_true():
    n = T.lscalar("n")
    one = T.constant(1.0)
    assert _value(Assert()(one, T.eq(2, 2), T.lt(1, 2))) == 1.0
    assert constant_value(Assert()(one, T.eq(2, 3))) is None
    assert constant_value(Assert()(one, T.eq(n, 2))) is None


def test_shape_i_of_a_constant_or_of_a_broadcasting_axis():
    assert _value(Shape_i(1)(T.constant(np.zeros((2, 5))))) == 5
    assert _value(Shape_i(0)(T.drow("r"))) == 1
    assert constant_value(Shape_i(1)(T.drow("r"))) is None


def test_items_of_constants_make_vectors_joins_and_shapes():
    n = T.lscalar("n")
    assert _value(T.constant(np.array([4, 9]))[1]) == 9
    item = T.stack([T.constant(np.int8(3)), n])[0]  # a MakeVector casts its item
    assert constant_value(item).dtype == np.int64 and _value(item) == 3
    joined = T.join(0, T.constant(np.array([1, 2])), T.constant(np.array([5, 6])))
    assert _value(joined[2]) == 5
    assert _value(T.drow("r").shape[0]) == 1
    assert constant_value(T.dvector("v").shape[0]) is None


def test_a_symbolic_size_has_no_value():
    n = T.lscalar("n")
    assert constant_value(n + 1) is None
    assert constant_value(T.vector("x").shape[0]) is None


def test_the_search_stops_ten_ops_deep():
    v = T.constant(1, dtype="int64")
    for _ in range(12):
        v = v + T.constant(np.int64(0))
    assert _value(v) is None
    shallow = T.constant(1, dtype="int64") + T.constant(np.int64(0))
    assert _value(shallow) == 1
    assert _value(shallow, max_recur=0) is None


def test_a_long_view_chain_is_walked_without_recursion():
    v = T.constant(np.float64(2.0))
    for _ in range(5000):
        v = DeepCopyOp()(v)
    assert _value(v, max_recur=10 ** 6) == 2.0
