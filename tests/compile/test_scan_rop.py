"""T.Rop through a loop is a second loop, rop_of_<name>, built as Theano 1.0.5's
Scan.R_op builds it (compile/scan_rop.py, tensor/rop.py): its layout, its values in every
mode against central differences, the cases Theano refuses, and long graphs."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.compile.scan import scan
from rngscope.streams import RandomStreams
from rngscope.tensor import basic as T
from rngscope.tensor import gradient
from rngscope.tensor.gradient import DisconnectedInputError
from rngscope.tensor.rop import Rop

MODES = (None, "FAST_COMPILE", UNOPTIMIZED)


def _rnn(name=None):
    x = T.dmatrix("x")
    h0 = T.dvector("h0")
    W = T.dmatrix("W")
    hs, _ = scan(lambda x_t, h, W_: T.tanh(x_t + T.dot(h, W_)), sequences=x, outputs_info=h0,
                 non_sequences=W, name=name)
    return x, h0, W, hs


def _central(f, args, directions, eps=1e-6):
    """(f(args + eps d) - f(args - eps d)) / 2 eps along every direction at once."""
    up = [np.asarray(a, dtype=float) + eps * np.asarray(d) for a, d in zip(args, directions)]
    down = [np.asarray(a, dtype=float) - eps * np.asarray(d) for a, d in zip(args, directions)]
    return (np.asarray(f(*up)) - np.asarray(f(*down))) / (2 * eps)


def _rop_loop(v):
    node = v.owner.inputs[0].owner  # the R-operator of out = buffer[1:] reads the loop's
    return node


def test_the_r_operator_loop_is_laid_out_as_theano_s():
    x, h0, W, hs = _rnn(name="rnn")
    r = Rop(hs, W, T.dmatrix("V"))
    node = _rop_loop(r)
    op = node.op
    assert str(op) == "for{cpu,rop_of_rnn}"
    # each sequence, buffer and non-sequence twice, the forward one first
    assert op.n_seqs == 2 and op.out_taps == ((-1,), (-1,)) and op.n_nonseq == 2
    assert node.inputs[-2] is W and node.inputs[-1].name == "V"
    names = [v.name for v in op.inner_inputs]
    assert names[1].endswith("_evalpoint") and names[-1] == "W_copy_evalpoint"
    assert node.outputs.index(r.owner.inputs[0]) == 1  # the second half is the result


@settings(max_examples=12, deadline=None)
@given(st.integers(1, 4), st.integers(0, 2 ** 31 - 1))
def test_an_rnn_s_r_operator_agrees_across_modes_and_with_central_differences(steps, seed):
    rng = np.random.RandomState(seed)
    x, h0, W, hs = _rnn()
    points = [T.dmatrix("vx"), T.dvector("vh0"), T.dmatrix("vW")]
    r = Rop(hs, [x, h0, W], points)
    args = [rng.randn(steps, 2), rng.randn(2), rng.randn(2, 2) * 0.5]
    directions = [rng.randn(steps, 2), rng.randn(2), rng.randn(2, 2)]
    values = [function([x, h0, W] + points, r, mode=m)(*(args + directions)) for m in MODES]
    for other in values[1:]:
        assert np.allclose(values[0], other, rtol=1e-12, atol=1e-12)
    f = function([x, h0, W], hs)
    assert np.allclose(values[0], _central(f, args, directions), atol=1e-6)


@settings(max_examples=10, deadline=None)
@given(st.integers(1, 5), st.integers(0, 2 ** 31 - 1))
def test_two_taps_a_sequence_s_taps_and_a_map_agree_with_central_differences(steps, seed):
    rng = np.random.RandomState(seed)
    s0 = T.dvector("s0")
    a = T.dscalar("a")
    out, _ = scan(lambda s2, s1, a_: T.tanh(s1 * a_ + s2 * 0.5),
                  outputs_info=dict(initial=s0, taps=[-2, -1]), non_sequences=a, n_steps=steps)
    x = T.dvector("x")
    seq, _ = scan(lambda p, n, h, a_: T.tanh(p * a_ + n + h), sequences=dict(input=x, taps=[-1, 1]),
                  outputs_info=T.constant(np.float64(0.1)), non_sequences=a)
    mapped, _ = scan(lambda x_t, a_: T.sin(x_t * a_) * x_t, sequences=x, non_sequences=a)
    vs, va, vx = T.dvector("vs"), T.dscalar("va"), T.dvector("vx")
    cases = [
        ([s0, a], out, [vs, va], [rng.randn(2), rng.uniform(-1, 1)], [rng.randn(2), rng.randn()]),
        ([x, a], seq, [vx, va], [rng.randn(steps + 2), rng.uniform(-1, 1)],
         [rng.randn(steps + 2), rng.randn()]),
        ([x, a], mapped, [vx, va], [rng.randn(steps), rng.uniform(-1, 1)],
         [rng.randn(steps), rng.randn()]),
    ]
    for wrt, y, points, args, directions in cases:
        r = Rop(y, wrt, points)
        values = [function(wrt + points, r, mode=m)(*(args + directions)) for m in MODES]
        for other in values[1:]:
            assert np.allclose(values[0], other, rtol=1e-12, atol=1e-12)
        assert np.allclose(values[0], _central(function(wrt, y), args, directions), atol=1e-6)


def test_a_draw_in_the_step_is_drawn_again_by_the_r_operator_loop():
    x = T.dvector("x")
    a = T.dscalar("a")
    srng = RandomStreams(seed=3)
    out, upd = scan(lambda x_t, h, a_: T.tanh(x_t + h * a_ + 0.1 * srng.normal(())), sequences=x,
                    outputs_info=T.constant(np.float64(0.2)), non_sequences=a)
    va = T.dscalar("va")
    f = function([x, a, va], [out, Rop(out, a, va)], updates=upd)
    xs = np.array([0.1, -0.3, 0.5])
    values, rop = f(xs, 0.5, 1.0)
    # the same noise as the forward loop: d/da of tanh(x + h a + noise) along the states
    h, d = 0.2, 0.0
    for t, x_t in enumerate(xs):
        noise = np.arctanh(values[t]) - x_t - h * 0.5
        d = (1 - np.tanh(x_t + h * 0.5 + noise) ** 2) * (h + 0.5 * d)
        h = values[t]
        assert np.isclose(rop[t], d, atol=1e-12)
    values2, _ = f(xs, 0.5, 1.0)
    assert not np.allclose(values, values2)  # the stream moved between calls


def test_what_theano_refuses_is_refused_alike():
    x = T.dvector("x")
    a, va = T.dscalar("a"), T.dscalar("va")
    srng = RandomStreams(seed=5)
    pair, _ = scan(lambda x_t, a_: [T.tanh(x_t * a_), srng.normal(())], sequences=x,
                   non_sequences=a)
    with pytest.raises(DisconnectedInputError):  # the inner draw has no R-operator
        Rop(pair[0], a, va)
    shifted, _ = scan(lambda s2, s1, a_: T.tanh(s1 * a_ + s2 + srng.normal(())),
                      outputs_info=dict(initial=x[:2], taps=[-2, -1]), non_sequences=a, n_steps=3)
    with pytest.raises(AttributeError, match="'RandomStateType' object has no attribute 'dtype'"):
        Rop(shifted, a, va)
    # the R-operator of a gradient loop is built, and fails when compiled
    x2, h0, W, hs = _rnn()
    gW = gradient.grad(T.sum(hs ** 2), W)
    V = T.dmatrix("V")
    r = Rop(gW, W, V)
    with pytest.raises(ValueError, match="list.remove"):
        function([x2, h0, W, V], r)
    hv = function([x2, h0, W, V], gradient.grad(T.sum(gW * V), W))
    args = (np.array([[0.1, 0.2], [0.3, -0.1]]), np.array([0.2, -0.4]), np.eye(2) * 0.5,
            np.array([[1.0, 0.0], [0.5, -1.0]]))
    f_g = function([x2, h0, W], gW)
    central = _central(lambda w: f_g(args[0], args[1], w), [args[2]], [args[3]])
    # Theano 1.0.5's values (recorded): its second-order loop gets the second column wrong
    theano_values = [[0.18123465, 0.53862219], [-0.02689569, -1.00451386]]
    assert np.allclose(hv(*args), theano_values, atol=1e-8)
    assert np.allclose(hv(*args)[:, 0], central[:, 0], atol=1e-6)
    assert not np.allclose(hv(*args)[:, 1], central[:, 1], atol=1e-3)


def test_an_op_without_an_r_operator_is_refused_in_theano_s_words():
    x = T.dvector("x")
    with pytest.raises(NotImplementedError, match="does not implement R_op"):
        Rop(T.prod(x), x, T.dvector("v"))


def test_a_10000_node_chain_and_a_10000_step_loop():
    x = T.dscalar("x")
    y = x
    for _ in range(10_000):
        y = y * 1.0001 + 0.5
    v = T.dscalar("v")
    # built by an iterative walk; run unoptimized (the canonizer's work on a 10,000-deep
    # product is another matter)
    r = function([x, v], Rop(y, x, v), mode=UNOPTIMIZED)(0.3, 2.0)
    assert np.isclose(r, 2.0 * 1.0001 ** 10_000)
    w = T.dscalar("w")
    out, _ = scan(lambda prev, w_: prev * w_ + 1.0, outputs_info=x, non_sequences=w,
                  n_steps=10_000)
    r = function([x, w, v], Rop(out[-1], x, v))(0.5, 1.0, 3.0)
    assert r == 3.0
