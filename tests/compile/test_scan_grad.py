"""The gradient of a loop is a second loop, grad_of_<name>, built as Theano 1.0.5's
Scan.L_op builds it (compile/scan_grad.py): its layout, its values in every mode against
finite differences, and a 10,000-step loop's gradient."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.compile.scan import Scan, scan
from rngscope.tensor import basic as T
from rngscope.tensor import gradient

MODES = (None, "FAST_COMPILE", UNOPTIMIZED)


def _grad_loop(g):
    """The grad_of_ Scan node behind a gradient (searched upwards, iteratively)."""
    stack, seen = [g], set()
    while stack:
        v = stack.pop()
        if v.owner is None or id(v.owner) in seen:
            continue
        seen.add(id(v.owner))
        if isinstance(v.owner.op, Scan) and v.owner.op.name.startswith("grad_of_"):
            return v.owner
        stack.extend(v.owner.inputs)
    return None


def _rnn():
    x = T.dmatrix("x")
    h0 = T.dvector("h0")
    W = T.dmatrix("W")
    hs, _ = scan(lambda x_t, h, W_: T.tanh(x_t + T.dot(h, W_)), sequences=x, outputs_info=h0,
                 non_sequences=W)
    return x, h0, W, hs


def test_the_gradient_loop_is_laid_out_as_theano_s():
    x, h0, W, hs = _rnn()
    node = _grad_loop(gradient.grad(hs.sum(), W))
    op = node.op
    assert str(op) == "for{cpu,grad_of_scan_fn}"
    # sequences: x reversed, the states read, the forward outputs; one gradient buffer
    # read at taps 0 and 1 and written at 1; one accumulator (W's); x's gradient per step
    assert op.n_seqs == 3
    assert op.out_taps == ((0, 1), (-1,), ())
    assert op.mitmot_out_taps == ((1,),)
    assert op.n_nonseq == 1 and node.inputs[-1] is W
    assert [str(i.owner.op) for i in node.inputs[1:4]] == ["Subtensor{:int64:}"] * 3


def test_a_non_sequence_s_gradient_is_the_last_row_of_its_accumulator():
    x, h0, W, hs = _rnn()
    g = gradient.grad(hs.sum(), W)
    assert str(g.owner.op) == "Subtensor{int64}"
    assert g.owner.inputs[0].owner is _grad_loop(g)


def _finite_difference(f, args, k, eps=1e-6):
    base = [np.array(a, dtype=float) for a in args]
    grad = np.zeros_like(base[k])
    for index in np.ndindex(*base[k].shape):
        up = [a.copy() for a in base]
        down = [a.copy() for a in base]
        up[k][index] += eps
        down[k][index] -= eps
        grad[index] = (f(*up) - f(*down)) / (2 * eps)
    return grad


@settings(max_examples=15, deadline=None)
@given(st.integers(1, 4), st.integers(0, 2 ** 31 - 1))
def test_an_rnn_s_gradients_agree_across_modes_and_with_finite_differences(steps, seed):
    rng = np.random.RandomState(seed)
    x, h0, W, hs = _rnn()
    cost = T.sum(hs[-1] ** 2) + T.sum(hs)
    wrt = [x, h0, W]
    args = (rng.randn(steps, 2), rng.randn(2), rng.randn(2, 2) * 0.5)
    values = [function(wrt, gradient.grad(cost, wrt), mode=m)(*args) for m in MODES]
    for other in values[1:]:
        for a, b in zip(values[0], other):
            assert np.allclose(a, b, rtol=1e-12, atol=1e-12)
    f_cost = function(wrt, cost)
    for k in range(3):
        assert np.allclose(values[0][k], _finite_difference(f_cost, args, k), atol=1e-5)


@settings(max_examples=10, deadline=None)
@given(st.integers(2, 5), st.integers(0, 2 ** 31 - 1))
def test_a_two_tap_recurrence_s_gradients_agree_across_modes(steps, seed):
    rng = np.random.RandomState(seed)
    s0 = T.dvector("s0")
    a = T.dscalar("a")
    out, _ = scan(lambda s2, s1, a_: T.tanh(s1 * a_ + s2 * 0.5),
                  outputs_info=dict(initial=s0, taps=[-2, -1]), non_sequences=a, n_steps=steps)
    cost = T.sum(out ** 2)
    args = (rng.randn(2), rng.uniform(-1, 1))
    values = [function([s0, a], gradient.grad(cost, [s0, a]), mode=m)(*args) for m in MODES]
    for other in values[1:]:
        for u, v in zip(values[0], other):
            assert np.allclose(u, v, rtol=1e-12, atol=1e-12)
    f_cost = function([s0, a], cost)
    assert np.allclose(values[0][0], _finite_difference(f_cost, args, 0), atol=1e-5)
    assert np.allclose(values[0][1], _finite_difference(f_cost, args, 1), atol=1e-5)


def test_outputs_not_fed_back_go_backwards_and_truncation():
    x = T.dvector("x")
    a = T.dscalar("a")
    (y, s), _ = scan(lambda x_t, s_, a_: [x_t * a_, s_ * a_ + x_t], sequences=x,
                     outputs_info=[None, T.constant(np.float64(0.0))], non_sequences=a, go_backwards=True)
    cost = T.sum(y) + T.sum(s ** 2)
    args = (np.array([0.5, -1.0, 2.0]), 0.7)
    got = [function([x, a], gradient.grad(cost, [x, a]), mode=m)(*args) for m in MODES]
    f_cost = function([x, a], cost)
    for values in got:
        assert np.allclose(values[0], _finite_difference(f_cost, args, 0), atol=1e-6)
        assert np.allclose(values[1], _finite_difference(f_cost, args, 1), atol=1e-6)
    h, _ = scan(lambda x_t, h_: h_ * 2.0 + x_t, sequences=x, outputs_info=T.constant(np.float64(0.0)),
                truncate_gradient=2)
    g = function([x], gradient.grad(h[-1], x))(np.array([1.0, 1.0, 1.0, 1.0]))
    assert g.tolist() == [0.0, 0.0, 2.0, 1.0]  # only the last two steps are differentiated


def test_a_10000_step_loop_s_gradient_compiles_and_runs():
    x0 = T.dscalar("x0")
    w = T.dscalar("w")
    out, _ = scan(lambda prev, w_: prev * w_ + 1.0, outputs_info=x0, non_sequences=w,
                  n_steps=10_000)
    f = function([x0, w], gradient.grad(out[-1], [x0, w]))
    dx0, dw = f(0.5, 1.0)
    assert dx0 == 1.0
    assert dw == sum(0.5 + k for k in range(10_000))
