"""The rewrites that insert Asserts where Theano 1.0.5's do (local_elemwise_alloc,
local_0_dot_x, local_useless_inc_subtensor_alloc) and drop conditions known true
(local_remove_useless_assert): the compiled graphs, and differential checks that the
Asserts fail exactly where the computation they replaced would have failed."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.printing.debugprint import debugprint
from rngscope.tensor import basic as T
from rngscope.tensor.assert_op import Assert, assert_op
from rngscope.tensor.grad_ops import inc_subtensor, set_subtensor


def _asserts(f):
    return [n for n in f.fgraph.toposort() if isinstance(n.op, Assert)]


def _text(f):
    return debugprint(f, file="str")


def test_alloc_of_unproven_size_becomes_an_assert_on_the_other_operand():
    x, n = T.dmatrix("x"), T.lscalar("n")
    f = function([x, n], T.alloc(2.0, n, 2) * x)
    assert _text(f) == """\
Elemwise{mul,no_inplace} [id A] ''   5
 |TensorConstant{(1, 1) of 2.0} [id B]
 |Assert{msg='Theano Assert failed!'} [id C] ''   4
   |x [id D]
   |Elemwise{eq,no_inplace} [id E] ''   3
   | |n [id F]
   | |Shape_i{0} [id G] ''   2
   |   |x [id D]
   |Elemwise{eq,no_inplace} [id H] ''   1
     |TensorConstant{2} [id I]
     |Shape_i{1} [id J] ''   0
       |x [id D]
"""


def test_alloc_of_the_same_sizes_goes_without_an_assert():
    x = T.dmatrix("x")
    f = function([x], T.alloc(2.0, x.shape[0], x.shape[1]) * x)
    assert not _asserts(f)
    assert "Alloc" not in _text(f)


def test_a_dot_with_a_zero_constant_is_zeros_with_its_inner_size_checked():
    W = T.dmatrix("W")
    f = function([W], T.dot(T.zeros((2, 3)), W))
    assert len(_asserts(f)) == 1
    assert f(np.ones((3, 4))).tolist() == np.zeros((2, 4)).tolist()
    with pytest.raises(AssertionError, match="^Theano Assert failed!"):
        f(np.ones((4, 4)))


def test_known_true_conditions_are_dropped():
    x = T.dvector("x")
    assert not _asserts(function([x], assert_op(x, 1, T.constant(True))))
    kept = _asserts(function([x], assert_op(x, 1, x.shape[0] > 2)))
    assert len(kept) == 1 and len(kept[0].inputs) == 2
    assert len(_asserts(function([x], assert_op(x, 0)))) == 1


def test_increment_by_an_alloc_checks_the_alloc_size():
    x, n = T.dmatrix("x"), T.lscalar("n")
    f = function([x, n], inc_subtensor(x[:, 0], T.alloc(1.0, n)))
    (node,) = _asserts(f)
    assert node.op.msg == "`x[i]` and `y` do not have the same shape."
    data = np.zeros((4, 3))
    assert f(data, 4)[:, 0].tolist() == [1.0] * 4
    assert f(data, 1)[:, 0].tolist() == [1.0] * 4  # a size of 1 broadcasts
    with pytest.raises(AssertionError, match="^`x\\[i\\]` and `y` do not have the same shape."):
        f(data, 2)


def test_an_alloc_of_fewer_dimensions_than_the_slice_is_padded_on_the_left_before_the_check():
    # Theano's local_useless_inc_subtensor_alloc pads y (here a row for x[:m]) with
    # shape_padleft to compare it with x[i] axis by axis; the alloc's value is set directly
    x, m = T.dmatrix("x"), T.iscalar("m")
    f = function([x, m], set_subtensor(x[:m], T.alloc(1.5, 2)))
    assert not any(type(n.op).__name__ == "Alloc" and n.inputs[0].ndim == 0
                   for n in f.fgraph.toposort())
    assert f(np.zeros((3, 2)), 2).tolist() == [[1.5, 1.5], [1.5, 1.5], [0.0, 0.0]]


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 4), st.integers(0, 4), st.integers(0, 4), st.integers(0, 4))
def test_asserts_fail_exactly_where_the_unoptimized_graph_fails(rows, cols, n, m):
    """alloc(1.5, n, m) + x: the compiled graph has no alloc left, but it rejects every
    size the graph as written rejects; it runs exactly when the alloc's sizes are x's
    (stricter than broadcasting: an alloc of one row next to rows of x is rejected, as
    Theano's Assert rejects it), and then agrees with it."""
    x, sn, sm = T.dmatrix("x"), T.lscalar("n"), T.lscalar("m")
    out = T.alloc(1.5, sn, sm) + x
    fast, slow = function([x, sn, sm], out), function([x, sn, sm], out, mode=UNOPTIMIZED)
    assert _asserts(fast)
    data = np.arange(float(rows * cols)).reshape(rows, cols)
    try:
        expected = slow(data, n, m)
    except ValueError:
        with pytest.raises(AssertionError):
            fast(data, n, m)
    else:
        if (n, m) == (rows, cols):
            assert np.array_equal(fast(data, n, m), expected)
        else:
            with pytest.raises(AssertionError):
                fast(data, n, m)


def test_an_assert_with_a_condition_dropped_is_rebuilt_with_theanos_default_message():
    # Theano's local_remove_useless_assert rebuilds with assert_ (msg not copied)
    x = T.dvector("x")
    f = function([x], Assert("x too short")(x, T.constant(True), x.shape[0] > 2))
    (node,) = _asserts(f)
    assert node.op.msg == "Theano Assert failed!" and len(node.inputs) == 2
    (node,) = _asserts(function([x], Assert("x too short")(x, x.shape[0] > 2)))
    assert node.op.msg == "x too short"  # nothing dropped: the node stays as written


def test_an_alloc_size_cast_to_int64_is_never_proven_equal_to_another_constant():
    # Theano's shape feature casts the int8 size 2 of alloc(1.5, m, 2) to an int64
    # constant of its own, which same_shape does not find equal to x's int64 2: the
    # increment's Assert checks that axis too (true once folded), so the condition is
    # dropped and the Assert rebuilt with the default message
    n, z, m = T.lscalar("n"), T.dscalar("z"), T.lscalar("m")
    x = T.alloc(z, n, T.constant(2, dtype="int64"))
    cast = function([n, z, m], set_subtensor(x[:m], T.alloc(1.5, m, 2)))
    same = function([n, z, m], set_subtensor(x[:m], T.alloc(1.5, m, T.constant(2, dtype="int64"))))
    assert [a.op.msg for a in _asserts(cast)] == ["Theano Assert failed!"]
    assert [a.op.msg for a in _asserts(same)] == ["`x[i]` and `y` do not have the same shape."]
    assert cast(4, 0.0, 2).tolist() == same(4, 0.0, 2).tolist() == [[1.5, 1.5]] * 2 + [[0.0, 0.0]] * 2
