"""Symbolic slice arithmetic: x[s1][s2] merged into one Subtensor (Theano's
local_subtensor_merge), the switch and comparison simplifications that shrink it, and a
loop over a sequence keeping only the rows its readers need with sizes that are graphs
(Theano's scan_save_mem for a symbolic n_steps)."""
from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.compile.scan import Scan, scan
from rngscope.printing.debugprint import debugprint
from rngscope.tensor import basic as T
from rngscope.tensor.shape_ops import Subtensor

bounds = st.one_of(st.none(), st.integers(-7, 7))
steps = st.one_of(st.none(), st.integers(-3, 3).filter(lambda s: s != 0))


def _subtensors(f):
    return [n for n in f.fgraph.toposort() if isinstance(n.op, Subtensor)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 6), bounds, bounds, steps, bounds, bounds, steps)
def test_two_symbolic_slices_merge_into_one_that_picks_the_same_rows(
        length, a, b, c, d, e, g):
    x = T.dvector("x")
    args = [T.lscalar(name) for name in "abcdeg"]
    values = [a, b, c, d, e, g]
    used = [s if v is not None else None for s, v in zip(args, values)]
    out = x[used[0]:used[1]:used[2]][used[3]:used[4]:used[5]]
    inputs = [x] + [s for s in used if s is not None]
    f = function(inputs, out)
    data = np.arange(float(length))
    got = f(data, *[v for v in values if v is not None])
    assert np.array_equal(got, data[a:b:c][d:e:g])
    assert len(_subtensors(f)) <= 1  # none left when both slices take everything


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 6), bounds, bounds, st.integers(-8, 8))
def test_a_symbolic_slice_then_an_index_merge_into_one_index(length, a, b, k):
    x = T.dvector("x")
    sa, sb, sk = T.lscalar("a"), T.lscalar("b"), T.lscalar("k")
    lo = None if a is None else sa
    hi = None if b is None else sb
    f = function([x, sk] + [s for s in (lo, hi) if s is not None], x[lo:hi][sk])
    data = np.arange(float(length))
    rows = data[a:b]
    args = [v for v in (a, b) if v is not None]
    assert len(_subtensors(f)) == 1
    if -len(rows) <= k < len(rows):
        assert f(data, k, *args) == rows[k]
    else:
        try:
            f(data, k, *args)
        except IndexError:
            pass
        else:
            raise AssertionError("an index out of the slice's rows must fail")


def test_a_sequence_slice_cut_to_its_length_merges_and_simplifies_as_theano():
    v = T.dvector("v")
    f = function([v], v[0:][:v.shape[0]])
    # recorded with Theano 1.0.5 (the same text)
    assert debugprint(f, file="str") == (
        "DeepCopyOp [id A] ''   5\n"
        " |Subtensor{int64:int64:int8} [id B] ''   4\n"
        "   |v [id C]\n"
        "   |ScalarFromTensor [id D] ''   3\n"
        "   | |Elemwise{Composite{Switch(LE(i0, i1), i1, i2)}}[(0, 0)] [id E] ''   2\n"
        "   |   |Shape_i{0} [id F] ''   0\n"
        "   |   | |v [id C]\n"
        "   |   |TensorConstant{0} [id G]\n"
        "   |   |TensorConstant{0} [id H]\n"
        "   |ScalarFromTensor [id I] ''   1\n"
        "   | |Shape_i{0} [id F] ''   0\n"
        "   |Constant{1} [id J]\n")


def test_known_comparisons_and_switches_fold_away():
    x = T.dvector("x")
    n = x.shape[0]
    f = function([x], [T.switch(T.lt(n, 0), 5, n), T.minimum(n, n), T.maximum(0, n)])
    for out in f.fgraph.outputs:
        text = debugprint(out, file="str")
        assert "Switch" not in text and "minimum" not in text and "maximum" not in text
    assert [int(o) for o in f(np.zeros(3))] == [3, 3, 3]


def _cumsum():
    v = T.dvector("v")
    cs, _ = scan(lambda vt, acc: acc + vt, sequences=v,
                 outputs_info=T.constant(np.float64(0.0)))
    return v, cs


def test_a_loop_over_a_sequence_read_from_row_one_keeps_a_symbolic_buffer():
    v, cs = _cumsum()
    f = function([v], cs)
    (node,) = [n for n in f.fgraph.toposort() if isinstance(n.op, Scan)]
    size = node.inputs[2].owner.inputs[0].owner.inputs[0]
    assert "Switch(LT(maximum(i0, i1), i2)" in str(size.owner.op)
    reference = function([v], cs, mode=UNOPTIMIZED)
    for length in range(1, 6):
        data = np.arange(1.0, length + 1.0)
        assert np.array_equal(f(data), reference(data))
        assert np.array_equal(f(data), np.cumsum(data))


def test_the_last_step_of_a_loop_over_a_sequence_matches_the_whole_loop():
    x = T.dmatrix("x")
    w = T.constant(np.array([[0.5, -0.3], [0.2, 0.8]]))
    h, _ = scan(lambda xt, hp: T.tanh(xt + T.dot(hp, w)), sequences=x,
                outputs_info=T.zeros((2,)))
    f = function([x], h[-1])
    whole = function([x], h, mode=UNOPTIMIZED)
    rng = np.random.default_rng(3)
    for length in range(1, 5):
        data = rng.standard_normal((length, 2))
        assert np.array_equal(f(data), whole(data)[-1])


def test_a_reversed_vector_has_its_length_as_theano_infers_it():
    x = T.dvector("x")
    f = function([x], x[::-1].shape[0])
    # recorded with Theano 1.0.5 (the same text)
    assert debugprint(f, file="str") == (
        "Elemwise{Composite{(i0 - Switch(LT(i1, i0), i1, i0))}}[(0, 0)] [id A] ''   1\n"
        " |Shape_i{0} [id B] ''   0\n"
        " | |x [id C]\n"
        " |TensorConstant{0} [id D]\n")
    assert [f(np.zeros(k)) for k in range(4)] == [0, 1, 2, 3]


def test_an_integer_division_by_one_is_dropped():
    n = T.lscalar("n")
    f = function([n], T.int_div(n, 1) + 2)
    # recorded with Theano 1.0.5 (the same text)
    assert debugprint(f, file="str") == (
        "Elemwise{add,no_inplace} [id A] ''   0\n"
        " |TensorConstant{2} [id B]\n"
        " |n [id C]\n")
    assert f(5) == 7
