"""Gradients of loops as Theano 1.0.5 builds them (a second loop, grad_of_<name>) and the
rewrites that act on that loop as on any other (compile/scan_grad.py,
compile/rewrites/loop_grad.py, loop_pushout.py); the loops each compiled function keeps are
the ones Theano 1.0.5 keeps (recorded)."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.compile.scan import Scan, scan
from rngscope.compile.graph_replace import forced_replace
from rngscope.shared import shared
from rngscope.streams import RandomStreams
from rngscope.tensor import basic as T
from rngscope.tensor import gradient


def _ops(fn, cls):
    return [n for n in fn.fgraph.toposort() if isinstance(n.op, cls)]


def _row_norms_grad():
    M = T.dmatrix("M")
    norms, _ = scan(lambda r: T.sqrt(T.sum(r ** 2)), sequences=[M])
    return M, gradient.grad(T.sum(norms), M)


def _loops(fn):
    return sorted(str(n.op) for n in _ops(fn, Scan))


def test_the_gradient_of_a_map_of_row_norms_has_no_backward_loop():
    M, g = _row_norms_grad()
    f = function([M], g)
    assert _loops(f) == ["for{cpu,scan_fn}"]  # the forward loop: its outputs are read


def test_the_gradient_rounds_as_theano_s_two_times_half_over_the_norm_times_the_row():
    M, g = _row_norms_grad()
    rows = np.array([[3.0, 4.0, 0.0], [1.0, -2.0, 2.0], [0.5, 0.5, -0.5]])
    got = function([M], g)(rows)
    # Theano 1.0.5 (theano-1.0.5-reach/scan_map_rows_reductions): 2 * (0.5 / 5) * 3
    assert got[0].tolist() == [0.6000000000000001, 0.8, 0.0]
    assert got[0, 0] != 3.0 / 5.0
    reference = function([M], g, mode=UNOPTIMIZED)(rows)  # the backward loop, step by step
    assert np.allclose(got, reference, rtol=1e-15, atol=0)


def test_a_recurrence_keeps_its_backward_loop():
    x = T.dvector("x")
    h0 = T.dscalar("h0")
    h, _ = scan(lambda v, h_: h_ * v, sequences=x, outputs_info=h0)
    g = gradient.grad(T.sum(h), x)
    f = function([x, h0], g)
    assert _loops(f) == ["forall_inplace,cpu,grad_of_scan_fn}", "forall_inplace,cpu,scan_fn}"]
    args = (np.array([1.0, 2.0, 3.0]), 2.0)
    assert f(*args).tolist() == [18.0, 8.0, 4.0]
    assert f(*args).tolist() == function([x, h0], g, mode=UNOPTIMIZED)(*args).tolist()


def test_a_map_with_a_float_non_sequence_keeps_its_backward_loop():
    M = T.dmatrix("M")
    w = T.dvector("w")
    out, _ = scan(lambda r, w_: T.sum(r * w_), sequences=M, non_sequences=w)
    g = gradient.grad(T.sum(out), [M, w])
    f = function([M, w], g)
    assert _loops(f) == ["forall_inplace,cpu,grad_of_scan_fn}"]  # the forward one pushed out
    gm, gw = f(np.arange(6.0).reshape(2, 3), np.array([1.0, 2.0, 3.0]))
    assert gm.tolist() == [[1.0, 2.0, 3.0]] * 2 and gw.tolist() == [3.0, 5.0, 7.0]


def test_a_map_whose_step_gradient_is_not_elementwise_keeps_its_backward_loop():
    M = T.dmatrix("M")
    C = T.constant(np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
    out, _ = scan(lambda r: T.sum(T.dot(r, C)), sequences=M)
    g = gradient.grad(T.sum(out), M)
    f = function([M], g)
    assert _loops(f) == ["for{cpu,grad_of_scan_fn}"]  # the step's gradient is a dot with C.T
    assert f(np.arange(6.0).reshape(2, 3)).tolist() == [[3.0, 7.0, 11.0]] * 2


def test_a_gradient_through_a_draw_in_the_step_is_undefined_as_in_theano():
    M = T.dmatrix("M")
    srng = RandomStreams(seed=7)
    out, _upd = scan(lambda r: T.sum(r * srng.uniform((2,))), sequences=M)
    with pytest.raises(gradient.NullTypeGradError, match="Depends on a shared variable"):
        gradient.grad(T.sum(out), M)


def test_a_draw_the_gradient_does_not_read_leaves_it_defined():
    x = T.dvector("x")
    h0 = T.dscalar("h0")
    srng = RandomStreams(seed=7)
    h, upd = scan(lambda v, h_: T.tanh(h_ * v + srng.normal((), std=0.01)), sequences=x,
                  outputs_info=h0)
    g = gradient.grad(T.sum(h), h0)
    f = function([x, h0], [T.sum(h), g], updates=upd)
    cost, dh0 = f(np.array([0.5, -1.0, 2.0]), 0.3)
    assert np.isfinite(dh0) and dh0 != 0.0


def test_a_summed_matrix_product_leaves_the_gradient_loop_as_one_dot():
    X, Y, A = T.dtensor3("X"), T.dtensor3("Y"), T.dmatrix("A")
    out, _ = scan(lambda a, b, A_: T.sum(T.dot(T.dot(a, A_), b)), sequences=[X, Y],
                  non_sequences=A)
    g = gradient.grad(T.sum(out), A)
    f = function([X, Y, A], g)
    # the loop returns each step's factors; one dot of them flattened follows it
    assert [str(n.op) for n in f.fgraph.toposort()].count("Reshape{2}") == 2
    rng = np.random.RandomState(0)
    args = (rng.randn(3, 2, 4), rng.randn(3, 5, 2), rng.randn(4, 5))
    want = sum(a.T @ np.ones((2, 2)) @ b.T for a, b in zip(args[0], args[1]))
    assert np.allclose(f(*args), want, rtol=1e-13, atol=0)
    assert np.allclose(function([X, Y, A], g, mode=UNOPTIMIZED)(*args), want, rtol=1e-13)


def test_forced_replace_reads_a_recomputed_output_as_that_output():
    x = T.dvector("x")
    y = T.sqrt(T.sum(x ** 2))
    again = T.sqrt(T.sum(x ** 2))  # the same computation, other nodes
    placeholder = y.type()
    out = forced_replace(again * 2.0, y, placeholder)
    assert out.owner.inputs[0] is placeholder
    kept = T.sqrt(T.sum(x ** 3))
    assert forced_replace(kept, y, placeholder) is kept  # nothing to replace: itself


def _leaves(v):
    found, stack = [], [v]
    while stack:
        u = stack.pop()
        if u.owner is None:
            found.append(u)
        else:
            stack.extend(u.owner.inputs)
    return found


def test_a_draw_the_step_returns_is_read_by_the_gradient_as_that_output():
    """The gradient reads the draw as the output it also is: the forward steps' draws
    (Theano 1.0.5: the gradient equals the draws, one mask per step)."""
    M = T.dmatrix("M")
    rows = np.ones((3, 2))
    results = []
    for mode in (None, UNOPTIMIZED):
        srng = RandomStreams(seed=7)

        def step(r):
            u = srng.uniform((2,))
            return T.sum(r * u), u
        (out, draws), upd = scan(step, sequences=M)
        g = gradient.grad(T.sum(out), M)
        f = function([M], [g, draws], updates=upd, mode=mode)
        results.append(f(rows))
    assert np.array_equal(results[0][0], results[1][0])
    assert np.array_equal(results[0][0], results[0][1])
    assert len({tuple(r) for r in results[0][0].tolist()}) == 3  # one mask per step


def test_an_index_moves_below_an_elementwise_op_whose_inputs_all_take_it():
    x = T.dmatrix("x")
    y = T.dmatrix("y")
    f = function([x, y], (x * y)[::-1])
    out = f.fgraph.outputs[0].owner
    assert str(out.op) == "Elemwise{mul,no_inplace}"
    assert [str(i.owner.op) for i in out.inputs] == ["Subtensor{::int64}"] * 2
    a, b = np.arange(4.0).reshape(2, 2), np.array([[1.0, 2.0], [3.0, 4.0]])
    assert f(a, b).tolist() == (a * b)[::-1].tolist()


def test_an_index_stays_above_an_input_broadcasting_along_some_axes_only():
    x = T.dmatrix("x")
    c = T.dcol("c")
    f = function([x, c], (x * c)[::-1])
    assert str(f.fgraph.outputs[0].owner.op) == "Subtensor{::int64}"


def test_a_bptt_gradient_loop_keeps_only_what_its_readers_need():
    x = T.dmatrix("x")
    h0 = T.dvector("h0")
    Wx, Wh = T.dmatrix("Wx"), T.dmatrix("Wh")
    hs, _ = scan(lambda x_t, h, a, b: T.tanh(T.dot(x_t, a) + T.dot(h, b)), sequences=x,
                 outputs_info=h0, non_sequences=[Wx, Wh])
    g = gradient.grad(T.sum(hs ** 2), [Wx, Wh])
    f = function([x, h0, Wx, Wh], g)
    (loop,) = [n for n in _ops(f, Scan) if n.op.name.startswith("grad_of_")]
    # the weights' accumulators went out as one dot each, the unread x gradient was
    # dropped, and the factor both dots read is one output (Theano's scan_merge_inouts)
    assert loop.op.out_taps == ((0, 1), ())
    assert [str(o.owner.op) for o in loop.op.fgraph.outputs] == ["InplaceDimShuffle{x,0}",
                                                                 "Gemv{inplace}"]
    rng = np.random.RandomState(3)
    args = (rng.randn(4, 2), rng.randn(3), rng.randn(2, 3), rng.randn(3, 3) * 0.5)
    want = function([x, h0, Wx, Wh], g, mode=UNOPTIMIZED)(*args)
    for a, b in zip(f(*args), want):
        assert np.allclose(a, b, rtol=1e-12, atol=1e-12)


def test_a_gradient_accumulator_row_is_updated_in_place_of_its_own_row():
    """The step of a scalar RNN's gradient loop sums u's gradient into a row it read and
    writes back (Theano compiles that row as an input updated by the output, and its
    in-place pass tries the updated input first: ``(i0 * i1) + i2`` destroys i2, the
    row, not i0, the product the other sums read)."""
    x = T.dvector("x")
    w, u = shared(0.5, name="w"), shared(0.3, name="u")
    hs, _ = scan(lambda x_t, h: T.tanh(x_t * w + h * u), sequences=x,
                 outputs_info=T.constant(0.0, dtype="float64"))
    cost = T.sum(hs ** 2)
    gw, gu = gradient.grad(cost, [w, u])
    f = function([x], [cost, gw, gu])
    (loop,) = [n for n in _ops(f, Scan) if n.op.name.startswith("grad_of_")]
    inner = loop.op.fgraph
    last = inner.outputs[-1].owner
    assert last.op.destroy_map == {0: [2]}
    assert inner.updated == [last.inputs[2]]
    want = function([x], [cost, gw, gu], mode=UNOPTIMIZED)
    data = np.array([0.5, -1.0, 2.0])
    for a, b in zip(f(data), want(data)):
        assert np.allclose(a, b, rtol=1e-12, atol=1e-12)
