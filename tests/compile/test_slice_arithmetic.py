"""Symbolic slice arithmetic: x[s1][s2] merged into one Subtensor (Theano's
local_subtensor_merge), the switch and comparison simplifications that shrink it, and a
loop over a sequence keeping only the rows its readers need with sizes that are graphs
(Theano's scan_save_mem for a symbolic n_steps)."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.compile.rewrites.slices import greedy
from rngscope.compile.scan import Scan, scan
from rngscope.compile.slice_forms import legacy
from rngscope.graph.basic import Constant
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


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["int8", "int16", "int32", "int64", "uint8"]), st.integers(-5, 5),
       st.integers(-5, 5), st.sampled_from(["+", "-", "*", "//"]))
def test_constant_bounds_compute_with_python_ints_as_numpy_1_did(dtype, a, b, op):
    """A constant bound (a 0-d numpy integer) combined with a Python int gives what numpy
    1.23, Theano's, gave: the value of Python's arithmetic, in promote_types(dtype, int64)
    (numpy 2 keeps the bound's dtype, and merged slices got int8 steps Theano has as int64)."""
    if dtype == "uint8" and a < 0:
        a = -a
    if op == "//" and b == 0:
        b = 1
    bound = legacy(np.asarray(a, dtype=dtype))
    calc = {"+": lambda p, q: p + q, "-": lambda p, q: p - q, "*": lambda p, q: p * q,
            "//": lambda p, q: p // q}[op]
    for result, expected in ((calc(bound, b), calc(a, b)), (calc(b, bound), calc(b, a))):
        assert int(result) == expected
        assert result.dtype == np.promote_types(dtype, np.int64)
    both = calc(bound, legacy(np.asarray(abs(b) or 1, dtype=dtype)))
    assert both.dtype == np.dtype(dtype)  # two numpy integers promote as they always did
    graph = bound * T.lscalar("n")  # a tensor builds its graph, the bound a constant of its dtype
    assert isinstance(graph, T.Variable)
    assert [str(i.dtype) for i in graph.owner.inputs if isinstance(i, Constant)] == [dtype]


def test_three_slices_with_a_constant_step_merge_with_theanos_int64_step():
    """x[1:][0:][:n]: the second merge multiplies a constant step by a Python int (int64
    under numpy 1.23), as Theano 1.0.5 prints it."""
    x, n = T.dvector("x"), T.lscalar("n")
    f = function([x, n], x[1:][0:][:n])
    (node,) = _subtensors(f)
    assert str(node.op) == "Subtensor{int64:int64:int64}"
    for length in range(0, 6):
        for k in range(-2, 7):
            assert np.array_equal(f(np.arange(float(length)), k), np.arange(float(length))[1:][0:][:k])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 6), bounds, bounds, steps, st.sampled_from(["[::-1]", "[:-1][::-1]",
                                                                  "[-2::-1]", "[1:][::-1]"]))
def test_a_loop_reading_another_loops_rows_reversed_and_sliced_computes_numpys_rows(
        length, a, b, c, read):
    """A second loop over the first loop's rows read reversed and sliced (as a gradient
    loop reads them): the compiled graph, with its buffers shrunk and its slices merged,
    gives the rows numpy's slicing gives."""
    x = T.dvector("x")
    hs, _ = scan(lambda xt, hp: hp * 0.5 + xt, sequences=x,
                 outputs_info=T.constant(np.float64(0.0)))
    rows = {"[::-1]": hs[::-1], "[:-1][::-1]": hs[:-1][::-1], "[-2::-1]": hs[-2::-1],
            "[1:][::-1]": hs[1:][::-1]}[read][a:b:c]
    back, _ = scan(lambda ht, acc: acc * 0.9 + ht, sequences=rows,
                   outputs_info=T.constant(np.float64(0.0)))
    f = function([x], [rows, back])
    data = np.arange(1.0, length + 1.0)
    expected_hs = np.empty(length)
    acc = 0.0
    for t in range(length):
        acc = acc * 0.5 + data[t]
        expected_hs[t] = acc
    expected_rows = eval("expected_hs" + read)[a:b:c]
    if not len(expected_rows):  # Theano's scan refuses to run no step
        with pytest.raises(NotImplementedError, match="0 iteration"):
            f(data)
        return
    got_rows, got_back = f(data)
    assert np.array_equal(got_rows, expected_rows)
    acc, expected_back = 0.0, []
    for r in expected_rows:
        acc = acc * 0.9 + r
        expected_back.append(acc)
    assert np.allclose(got_back, expected_back, rtol=0, atol=1e-12)


def test_a_two_tap_loop_whose_initial_rows_have_a_constant_count_compiles():
    # T.stack of two vectors has a known length, so the loop's buffer bounds fold to numbers
    # (0-d Legacy integers) that the save-memory pass reads back as constants
    x0, x1 = T.dvector("x0"), T.dvector("x1")
    xs, _ = scan(lambda a, b: b + 0.5 * (b - a),
                 outputs_info=[dict(initial=T.stack([x0, x1]), taps=[-2, -1])], n_steps=4)
    args = (np.zeros(2), np.ones(2))
    fast = function([x0, x1], [xs, xs[-1]])(*args)
    slow = function([x0, x1], [xs, xs[-1]], mode=UNOPTIMIZED)(*args)
    assert fast[0].tolist() == slow[0].tolist() == [[1.5] * 2, [1.75] * 2, [1.875] * 2,
                                                    [1.9375] * 2]
    assert fast[1].tolist() == slow[1].tolist() == [1.9375] * 2


def test_index_arithmetic_without_constants_to_upcast_keeps_its_nodes():
    """Theano's local_upcast_elemwise_constant_inputs returns nothing when no input is a
    constant: ``minimum(steps, k)`` stays one node however many sizes read it, so the
    compiled graph computes it once."""
    steps, k = T.lscalar("steps"), T.iscalar("k")
    low = T.minimum(steps, k)
    assert greedy(low) is low
    assert greedy(T.maximum(low, 1)).owner.inputs[0] is low
