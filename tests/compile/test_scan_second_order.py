"""Second-order gradients through a loop: the gradient loop (its buffers mit_mot) is
differentiated again, as Theano 1.0.5's Scan.L_op does (compile/scan_grad.py).  The loop's
layout follows Theano's; every mode gives the same values; a 10,000-step loop's second
derivative compiles and runs; what Theano 1.0.5 cannot do fails as it fails.

Theano's construction counts a gradient loop's written rows twice when it is differentiated
with respect to its output gradients (the row's own gradient plus the tap input that
replaces it), so second derivatives agree with finite differences of the first-order
gradient when the cost's gradient with respect to the loop's outputs does not depend on
what is differentiated (a cost linear in them), and carry Theano's extra term otherwise
(the conformance cases pin those values to Theano's)."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.compile.scan import Scan, scan
from rngscope.graph.basic import Constant
from rngscope.shared import shared
from rngscope.streams import RandomStreams
from rngscope.tensor import basic as T
from rngscope.tensor import gradient
from rngscope.tensor.lop_rop import Lop

MODES = (None, "FAST_COMPILE", UNOPTIMIZED)
# each example compiles several loops in three modes: examples are generated, not shrunk
NO_SHRINK = (Phase.explicit, Phase.reuse, Phase.generate)


def _loops(g):
    """The Scan nodes behind ``g``, by name (searched upwards, iteratively)."""
    stack, seen, found = [g], set(), {}
    while stack:
        v = stack.pop()
        if v.owner is None or id(v.owner) in seen:
            continue
        seen.add(id(v.owner))
        if isinstance(v.owner.op, Scan):
            found.setdefault(v.owner.op.name, v.owner)
        stack.extend(v.owner.inputs)
    return found


def _finite_difference(f, args, k, eps=1e-6):
    """d f / d args[k] by central differences (f returns an array or a scalar)."""
    base = [np.array(a, dtype=float) for a in args]
    parts = []
    for index in np.ndindex(*base[k].shape):
        up = [a.copy() for a in base]
        down = [a.copy() for a in base]
        up[k][index] += eps
        down[k][index] -= eps
        parts.append((np.asarray(f(*up)) - np.asarray(f(*down))) / (2 * eps))
    shape = base[k].shape + np.shape(parts[0])
    return np.array(parts).reshape(shape)


def _tanh_recurrence():
    x = T.dvector("x")
    w = T.dscalar("w")
    h0 = T.dscalar("h0")
    hs, _ = scan(lambda x_t, h, w_: T.tanh(h * w_ + x_t), sequences=x, outputs_info=h0,
                 non_sequences=w)
    return x, w, h0, hs


def test_the_second_order_loop_is_laid_out_as_theano_s():
    x, w, h0, hs = _tanh_recurrence()
    g = gradient.grad(hs[-1], w)
    node = _loops(gradient.grad(g, w))["grad_of_grad_of_scan_fn"]
    op = node.op
    # the first-order loop's buffer (read at 0 and 1, written at 1) becomes one read at -1
    # (the written row's gradient) and 0, written at 0 and -1: tap 1's gradient reads the
    # tap -1 input in place of a new one
    assert op.mitmot_out_taps[0] == (0, -1)
    assert op.out_taps[0] == (-1, 0)
    assert str(op) == "for{cpu,grad_of_grad_of_scan_fn}"


def _agree_across_modes(values):
    for other in values[1:]:
        for a, b in zip(values[0], other):
            assert np.allclose(a, b, rtol=1e-12, atol=1e-12)


@settings(max_examples=12, deadline=None, phases=NO_SHRINK)
@given(st.integers(1, 5), st.integers(0, 2 ** 31 - 1))
def test_second_derivatives_of_a_recurrence_agree_with_finite_differences(steps, seed):
    rng = np.random.RandomState(seed)
    x, w, h0, hs = _tanh_recurrence()
    c = T.dvector("c")
    cost = T.sum(c * hs) + hs[-1]  # linear in the loop's outputs
    gw = gradient.grad(cost, w)
    wrt = [x, w, h0]
    second = gradient.grad(gw, wrt)
    args = (rng.uniform(-1, 1, steps), rng.uniform(-1.2, 1.2), rng.uniform(-1, 1),
            rng.uniform(-1, 1, steps))
    values = [function(wrt + [c], second, mode=m)(*args) for m in MODES]
    _agree_across_modes(values)
    f_gw = function(wrt + [c], gw)
    for k in range(3):
        assert np.allclose(values[0][k], _finite_difference(f_gw, args, k), atol=1e-6)


@settings(max_examples=6, deadline=None, phases=NO_SHRINK)
@given(st.integers(2, 5), st.integers(0, 2 ** 31 - 1))
def test_a_cost_nonlinear_in_the_outputs_agrees_across_modes(steps, seed):
    """d/dw of sum(hs ** 2)'s gradient: the output gradients (2 hs) depend on w, so the
    value carries Theano's doubled rows (the conformance case grad_second_order_through_scan
    pins it to Theano's); every mode computes the same."""
    rng = np.random.RandomState(seed)
    x, w, h0, hs = _tanh_recurrence()
    gw = gradient.grad(T.sum(hs ** 2), w)
    args = (rng.uniform(-1, 1, steps), rng.uniform(-1.2, 1.2), rng.uniform(-1, 1))
    values = [function([x, w, h0], gradient.grad(gw, [x, w, h0]), mode=m)(*args)
              for m in MODES]
    _agree_across_modes(values)


@settings(max_examples=8, deadline=None, phases=NO_SHRINK)
@given(st.integers(1, 4), st.integers(0, 2 ** 31 - 1))
def test_an_rnn_s_hessian_vector_product_agrees_with_finite_differences(steps, seed):
    rng = np.random.RandomState(seed)
    X = T.dmatrix("X")
    W = T.dmatrix("W")
    V = T.dmatrix("V")
    b = T.dvector("b")
    C = T.dmatrix("C")

    def step(x_t, h, c, W_, b_):  # two states and two non-sequences
        c_new = 0.5 * c + T.tanh(T.dot(h, W_) + x_t)
        return T.tanh(c_new + b_), c_new

    (hs, cs), _ = scan(step, sequences=X, outputs_info=[T.zeros((2,)), T.zeros((2,))],
                       non_sequences=[W, b])
    cost = T.sum(C * hs) + T.sum(cs)
    gW = gradient.grad(cost, W)
    hv = gradient.grad(T.sum(gW * V), [W, b])
    lop = Lop(gW, W, V)
    args = (rng.randn(steps, 2), rng.randn(2, 2) * 0.5, rng.randn(2, 2), rng.randn(2),
            rng.randn(steps, 2))
    inputs = [X, W, V, b, C]
    values = [function(inputs, hv + [lop], mode=m)(*args) for m in MODES]
    _agree_across_modes(values)
    assert np.allclose(values[0][0], values[0][2], rtol=1e-12, atol=1e-12)  # Lop == grad
    f_gW = function(inputs, gW, on_unused_input="ignore")
    eps = 1e-6
    X_, W_, V_, b_, C_ = args
    along = (f_gW(X_, W_ + eps * V_, V_, b_, C_) - f_gW(X_, W_ - eps * V_, V_, b_, C_)) / (2 * eps)
    assert np.allclose(values[0][0], along, atol=1e-6)  # H V (H is symmetric)
    d_b = _finite_difference(lambda *a: np.sum(f_gW(*a) * a[2]), args, 3)
    assert np.allclose(values[0][1], d_b, atol=1e-6)


@settings(max_examples=8, deadline=None, phases=NO_SHRINK)
@given(st.integers(2, 5), st.integers(1, 6), st.integers(0, 2 ** 31 - 1))
def test_a_truncated_gradient_is_differentiated_in_its_last_steps(steps, trunc, seed):
    """The second-order loop keeps the first's truncate_gradient: the rows of x before the
    last ``trunc`` steps get no second derivative (Theano's zeros), and with nothing cut
    the values are the finite differences of the gradient, the same in every mode.  With
    steps cut, Theano 1.0.5's own modes disagree (its FAST_RUN loops differ from the
    unoptimized ones); rngscope gives each mode's value (the conformance case
    grad_second_order_scan_truncate pins FAST_RUN's)."""
    rng = np.random.RandomState(seed)
    x = T.dvector("x")
    w = T.dscalar("w")
    c = T.dvector("c")
    hs, _ = scan(lambda x_t, h: T.tanh(w * h + x_t), sequences=x,
                 outputs_info=T.constant(np.float64(0.1)), truncate_gradient=trunc)
    gw = gradient.grad(T.sum(c * hs), w)
    args = (rng.uniform(-1, 1, steps), rng.uniform(-1, 1), rng.uniform(-1, 1, steps))
    values = [function([x, w, c], gradient.grad(gw, [x, w]), mode=m)(*args) for m in MODES]
    if trunc < steps:
        for value in values:
            assert not value[0][:steps - trunc].any()
            assert value[0][steps - trunc:].all()
        _agree_across_modes(values[1:])  # FAST_COMPILE and unoptimized
    else:
        _agree_across_modes(values)
        f_gw = function([x, w, c], gw)
        assert np.allclose(values[0][0], _finite_difference(f_gw, args, 0), atol=1e-6)
        assert np.allclose(values[0][1], _finite_difference(f_gw, args, 1), atol=1e-6)


def test_a_10000_step_loop_s_second_derivative_compiles_and_runs():
    x0 = T.dscalar("x0")
    w = T.dscalar("w")
    out, _ = scan(lambda prev, w_: prev * w_ + 1.0, outputs_info=x0, non_sequences=w,
                  n_steps=10_000)
    gw = gradient.grad(out[-1], w)
    f = function([x0, w], [gw, gradient.grad(gw, w), gradient.grad(gw, x0)])
    dw, dww, dwx0 = f(0.5, 1.0)
    # out[n] = x0 w^n + sum_{k<n} w^k: at w = 1, d/dw = n x0 + n(n-1)/2,
    # d2/dw2 = n(n-1) x0 + n(n-1)(n-2)/3, d2/dw dx0 = n
    n = 10_000
    assert dw == n * 0.5 + n * (n - 1) // 2
    assert np.isclose(dww, n * (n - 1) * 0.5 + n * (n - 1) * (n - 2) / 3, rtol=1e-12)
    assert dwx0 == n


def test_a_loop_that_carries_a_stream_fails_again_as_theano_s():
    srng = RandomStreams(seed=3)
    x = T.dvector("x")
    w = T.dscalar("w")
    hs, _ = scan(lambda x_t, h: T.tanh(w * h + x_t + srng.normal(())), sequences=x,
                 outputs_info=T.constant(np.float64(0.0)))
    gw = gradient.grad(hs[-1], w)  # the gradient loop reads the stream as a non-sequence
    with pytest.raises(AttributeError, match="'RandomStateType' object has no attribute 'dtype'"):
        gradient.grad(gw, w)


def _two_tap_loop():
    xs, w, v, h0 = T.dvector("xs"), T.dscalar("w"), T.dscalar("v"), T.dvector("h0")
    (hs, ys), _ = scan(lambda a, h1, h2, w_, v_: [T.tanh(a * w_ + h1 * v_ + h2 * w_),
                                                  T.tanh(a * w_ + h1 * v_ + h2 * w_) * a * v_],
                       sequences=[xs], outputs_info=[dict(initial=h0, taps=[-1, -2]), None],
                       non_sequences=[w, v])
    return xs, w, v, h0, ys.sum()


def test_a_buffer_written_at_two_rows_shifts_theano_s_output_kinds():
    """The first-order loop of a state read at taps [-1, -2] writes its buffer at two rows.
    Differentiating it again, Theano 1.0.5 tells the step outputs apart by position against
    the count of loop outputs, so the accumulator of v is read as the (disconnected)
    sequence output after it: T.grad raises as Theano's does (recorded in the conformance
    case grad_second_order_scan_multitap)."""
    xs, w, v, h0, cost = _two_tap_loop()
    gv = gradient.grad(cost, v)
    with pytest.raises(TypeError, match=r"for\{cpu,grad_of_scan_fn\}.grad returned "
                       "DisconnectedType for input 2. Its connection_pattern method does not "
                       "allow this."):
        gradient.grad(gv, w)


def test_a_buffer_written_at_two_rows_still_gives_the_other_second_derivatives():
    xs, w, v, h0, cost = _two_tap_loop()
    gw = gradient.grad(cost, w)
    args = (np.arange(6.) / 10, np.array([0.1, 0.2]), 0.5, 0.7)
    values = [function([xs, h0, w, v], [gw, gradient.grad(gw, w)], mode=m)(*args)
              for m in MODES]
    for got in values[1:]:
        assert np.allclose(got, values[0], rtol=1e-12, atol=1e-12)
    assert np.allclose(values[0], [0.9199502673850904, -1.8759080707681381], rtol=1e-12)


def test_the_second_order_loop_reads_the_constant_two_inside_its_step():
    """d(sum(x ** 2)) gives the step a 2 that the push-out moves before the loop and
    canonicalize folds to a constant: loop_constants reads it back inside in the same
    rebuild that drops the sequences the step no longer reads, as Theano's
    remove_constants_and_unused_inputs_scan does (it was left an int8 non-sequence)."""
    w = shared(np.random.RandomState(0).uniform(-0.5, 0.5, (3, 3)), name="W")
    x0 = T.dvector("x0")
    xs, _ = scan(lambda h: T.tanh(T.dot(h, w)), outputs_info=[x0], n_steps=3)
    cost = T.sum(xs[-1] ** 2)
    g = gradient.grad(cost, w)
    f = function([x0], gradient.grad(T.sum(g ** 2), w))
    (node,) = [n for n in f.fgraph.toposort()
               if isinstance(n.op, Scan) and n.op.name == "grad_of_grad_of_scan_fn"]
    outer = node.inputs[len(node.inputs) - node.op.n_nonseq:]
    assert not any(isinstance(v, Constant) for v in outer)
    assert all(v.type.dtype == "float64" for v in outer)
    reference = function([x0], gradient.grad(T.sum(g ** 2), w), mode=UNOPTIMIZED)
    x = np.array([0.5, -0.2, 0.1])
    assert np.allclose(f(x), reference(x), rtol=1e-12, atol=1e-12)


def test_gradient_terms_meet_a_loop_s_inputs_through_the_output_that_reads_them():
    """Theano's grad walks from a loop's output only to the inputs that output depends on
    (Scan.connection_pattern): the second output's sequence is met after the first
    output's, though it comes first among the loop's inputs, and its term is summed
    second."""
    x = T.dvector("x")
    (first, second), _ = scan(lambda a, b: [b * 2.0, a * 3.0], sequences=[x, x[::-1]])
    g = gradient.grad(T.sum(first) + T.sum(second), x)
    terms = g.owner.inputs
    assert str(g.owner.op) == "Elemwise{add,no_inplace}"
    # first reads x[::-1] (b): its term comes back through the reversal and is summed first
    assert str(terms[0].owner.op) == "IncSubtensor{Inc;::int64}"
    assert str(terms[1].owner.op) == "IncSubtensor{Inc;int64::}"  # scan's x[0:] of a
    f = function([x], g)
    assert f(np.array([1.0, 2.0, 3.0])).tolist() == [5.0, 5.0, 5.0]
