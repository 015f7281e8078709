"""A map's gradient computed over the whole sequences, as Theano's PushOutSeqScan leaves
the backward loop of a map (compile/rewrites/loop_grad.py), and the subtensor lift that
shapes the result as Theano's does."""
from __future__ import annotations

import numpy as np

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.compile.scan import Scan, ScanGrad, scan
from rngscope.streams import RandomStreams
from rngscope.tensor import basic as T
from rngscope.tensor import gradient


def _ops(fn, cls):
    return [n for n in fn.fgraph.toposort() if isinstance(n.op, cls)]


def _row_norms_grad():
    M = T.dmatrix("M")
    norms, _ = scan(lambda r: T.sqrt(T.sum(r ** 2)), sequences=[M])
    return M, gradient.grad(T.sum(norms), M)


def test_the_gradient_of_a_map_of_row_norms_has_no_backward_loop():
    M, g = _row_norms_grad()
    f = function([M], g)
    assert not _ops(f, ScanGrad)
    assert len(_ops(f, Scan)) == 1  # the forward loop: its outputs are read, not redone


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
    assert len(_ops(f, ScanGrad)) == 1
    args = (np.array([1.0, 2.0, 3.0]), 2.0)
    assert f(*args).tolist() == function([x, h0], g, mode=UNOPTIMIZED)(*args).tolist()


def test_a_map_with_a_float_non_sequence_keeps_its_backward_loop():
    M = T.dmatrix("M")
    w = T.dvector("w")
    out, _ = scan(lambda r, w_: T.sum(r * w_), sequences=M, non_sequences=w)
    g = gradient.grad(T.sum(out), [M, w])
    f = function([M, w], g)
    assert len(_ops(f, ScanGrad)) == 1
    gm, gw = f(np.arange(6.0).reshape(2, 3), np.array([1.0, 2.0, 3.0]))
    assert gm.tolist() == [[1.0, 2.0, 3.0]] * 2 and gw.tolist() == [3.0, 5.0, 7.0]


def test_a_map_whose_step_gradient_is_not_elementwise_keeps_its_backward_loop():
    M = T.dmatrix("M")
    C = T.constant(np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
    out, _ = scan(lambda r: T.sum(T.dot(r, C)), sequences=M)
    g = gradient.grad(T.sum(out), M)
    f = function([M], g)
    assert len(_ops(f, ScanGrad)) == 1  # the step's gradient is a dot with C.T
    assert f(np.arange(6.0).reshape(2, 3)).tolist() == [[3.0, 7.0, 11.0]] * 2


def test_a_draw_the_step_returns_keeps_the_backward_loop_and_its_draws():
    """The gradient reads the draw as the output it also is: the backward loop reads the
    forward steps' draws (Theano 1.0.5: the gradient equals the draws, one mask per step)."""
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
        if mode is None:
            assert len(_ops(f, ScanGrad)) == 1
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
