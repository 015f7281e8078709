"""theano.scan on rngscope's engine: values against numpy loops, and the streams inside loops.

The stream rules asserted here are the ones the theano-1.0.5-reach recordings show (see that
corpus's README, "scan compiled without updates slides").
"""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import MissingInputError, function
from rngscope.compile.scan import OrderedUpdates, Scan, foldl, foldr, map, reduce, scan
from rngscope.graph.basic import ancestors
from rngscope.shared import shared
from rngscope.streams import RandomStreams
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad


def test_running_sum_matches_a_numpy_loop():
    x, s0 = T.dvector("x"), T.dscalar("s0")
    out, upd = scan(lambda xt, acc: acc * 0.5 + xt, sequences=x, outputs_info=s0)
    assert isinstance(upd, OrderedUpdates) and len(upd) == 0
    xv = np.array([1.0, -2.0, 3.5, 0.25])
    expected, acc = [], 1.0
    for v in xv:
        acc = acc * 0.5 + v
        expected.append(acc)
    np.testing.assert_array_equal(function([x, s0], out)(xv, 1.0), expected)


def test_taps_and_outputs_not_fed_back():
    init = T.dvector("init")
    fib, _ = scan(lambda a, b: [a + b, a * b], outputs_info=[dict(initial=init, taps=[-2, -1]),
                                                              None], n_steps=5)
    seq, prods = function([init], fib)(np.array([1.0, 2.0]))
    hist, expected_prods = [1.0, 2.0], []
    for _ in range(5):
        expected_prods.append(hist[-2] * hist[-1])
        hist.append(hist[-2] + hist[-1])
    np.testing.assert_array_equal(seq, hist[2:])
    np.testing.assert_array_equal(prods, expected_prods)


def test_sequence_taps_go_backwards_and_n_steps():
    x = T.dvector("x")
    diff, _ = scan(lambda prev, cur: cur - prev, sequences=dict(input=x, taps=[-1, 0]))
    back, _ = scan(lambda xt: xt * 3, sequences=x, go_backwards=True)
    short, _ = scan(lambda xt: xt + 1, sequences=x, n_steps=2)
    xv = np.array([1.0, 4.0, 9.0])
    got = function([x], [diff, back, short])(xv)
    np.testing.assert_array_equal(got[0], np.diff(xv))
    np.testing.assert_array_equal(got[1], xv[::-1] * 3)
    np.testing.assert_array_equal(got[2], xv[:2] + 1)


def test_map_reduce_foldl_foldr():
    x = T.dvector("x")
    zero = T.constant(np.float64(0.0))
    sq, _ = map(lambda v: v ** 2, sequences=x)
    total, _ = reduce(lambda v, acc: acc + v, sequences=x, outputs_info=zero)
    left, _ = foldl(lambda v, acc: acc * 2 + v, sequences=x, outputs_info=zero)
    right, _ = foldr(lambda v, acc: acc * 2 + v, sequences=x, outputs_info=zero)
    got = function([x], [sq, total, left, right])(np.array([1.0, 2.0, 3.0]))
    assert [g.tolist() for g in got] == [[1.0, 4.0, 9.0], 6.0, 11.0, 17.0]


def test_shared_updated_by_the_step_is_carried_and_changes_only_with_the_updates():
    x = T.dvector("x")
    count = shared(np.array(0.0), name="count")
    out, upd = scan(lambda xt: (xt * 2, {count: count + xt}), sequences=x)
    assert list(upd) == [count]
    with_upd = function([x], out, updates=upd)
    without = function([x], out)
    with_upd(np.array([1.0, 2.0, 3.0]))
    assert count.get_value() == 6.0
    without(np.array([1.0, 2.0, 3.0]))
    assert count.get_value() == 6.0


def test_a_shared_variable_read_inside_is_read_at_its_pre_call_value():
    scale = shared(np.array(2.0), name="scale")
    x = T.dvector("x")
    out, _ = scan(lambda xt, acc: acc * scale + xt, sequences=x,
                  outputs_info=T.constant(np.float64(0.0)))
    f = function([x], out, updates=[(scale, scale + 1)])
    np.testing.assert_array_equal(f(np.ones(2)), [1.0, 3.0])
    np.testing.assert_array_equal(f(np.ones(2)), [1.0, 4.0])


def _walk(seed=234, n_steps=3):
    srng = RandomStreams(seed=seed)
    steps, upd = scan(lambda: srng.normal((2,)), n_steps=n_steps)
    return srng.state_updates[0][0], steps, upd


def _rows(state, n):
    r = state.get_value()
    return [r.normal(0.0, 1.0, (2,)) for _ in range(n)]


def test_with_updates_the_stream_advances_by_every_step():
    rng, steps, upd = _walk()
    assert list(upd) == [rng] and isinstance(upd[rng].owner.op, Scan)
    rows = _rows(rng, 9)
    f = function([], steps, updates=upd)
    for call in range(3):
        np.testing.assert_array_equal(f(), rows[3 * call:3 * call + 3])


def test_without_updates_the_loop_slides_by_one_draw_per_call():
    """Calls return r0 r1 r2, then r1 r2 r3, then r2 r3 r4 (the stream's own default update
    is one step's draw, applied outside the loop)."""
    rng, steps, _upd = _walk()
    rows = _rows(rng, 5)
    f = function([], steps)
    for call in range(3):
        np.testing.assert_array_equal(f(), rows[call:call + 3])


def test_without_updates_and_no_default_updates_the_loop_is_frozen():
    rng, steps, _upd = _walk()
    rows = _rows(rng, 3)
    f = function([], steps, no_default_updates=True)
    for _call in range(2):
        np.testing.assert_array_equal(f(), rows)


def test_a_draw_sized_by_the_step_input_does_not_compile_without_updates():
    srng = RandomStreams(seed=12)
    h0 = T.dvector("h0")
    out, upd = scan(lambda h: h * srng.uniform(size=h.shape), outputs_info=h0, n_steps=3)
    function([h0], out, updates=upd)  # compiles
    with pytest.raises(MissingInputError, match=r"used to compute Shape\(h0\[t-1\]\)"):
        function([h0], out)


def test_constant_one_step_builds_no_scan():
    srng = RandomStreams(seed=3)
    out, upd = scan(lambda: srng.uniform((2,)), n_steps=1)
    assert len(upd) == 0
    assert out.type.ndim == 2
    nodes = [v.owner for v in ancestors([out]) if v.owner is not None]
    assert not any(isinstance(n.op, Scan) for n in nodes)


def test_ten_thousand_steps_run_iteratively():
    x0 = T.dscalar("x0")
    out, _ = scan(lambda prev: prev + 1.0, outputs_info=x0, n_steps=10_000)
    got = function([x0], out)(0.0)
    assert got.shape == (10_000,) and got[-1] == 10_000.0


def test_user_errors():
    x = T.dvector("x")
    with pytest.raises(ValueError, match="No information about the number of steps"):
        scan(lambda: T.constant(np.float64(1.0)))
    with pytest.raises(ValueError, match="has dtype float32, while the result"):
        scan(lambda xt, acc: acc + xt, sequences=x, outputs_info=T.constant(0.0))
    with pytest.raises(ValueError, match="may only be made of lists"):
        scan(lambda xt: "not a variable", sequences=x)
    w = shared(np.array(3.0), name="w")
    with pytest.raises(MissingInputError, match="ScanOp is missing an input: w"):
        scan(lambda xt: xt * w, sequences=x, strict=True)


def _linear_recurrence(truncate):
    x, a = T.dvector("x"), T.dscalar("a")
    h, _ = scan(lambda xt, hp, a_: a_ * hp + xt, sequences=x,
                outputs_info=T.constant(np.float64(1.0)), non_sequences=a,
                truncate_gradient=truncate)
    cost = h[-1] + T.sum(h)
    return function([x, a], grad(cost, [x, a]))


def _numeric_grads(xv, av):
    def cost(xs, a_):
        hp, hs = 1.0, []
        for xt in xs:
            hp = a_ * hp + xt
            hs.append(hp)
        return hs[-1] + sum(hs)

    eps = 1e-6
    gx = [(cost(xv + eps * np.eye(len(xv))[i], av) - cost(xv - eps * np.eye(len(xv))[i], av))
          / (2 * eps) for i in range(len(xv))]
    ga = (cost(xv, av + eps) - cost(xv, av - eps)) / (2 * eps)
    return np.array(gx), ga


def test_gradient_through_scan_matches_finite_differences():
    xv, av = np.array([1.0, 2.0, -3.0, 0.5]), 0.7
    gx, ga = _linear_recurrence(-1)(xv, av)
    ngx, nga = _numeric_grads(xv, av)
    np.testing.assert_allclose(gx, ngx, rtol=1e-6)
    np.testing.assert_allclose(ga, nga, rtol=1e-6)


def test_truncate_gradient_backpropagates_only_the_last_steps():
    """h_t = a h_{t-1} + x_t, cost = h[-1] + sum(h): with truncate_gradient=k only the last
    k steps are walked back, so x's earlier entries get no gradient at all."""
    xv, av = np.array([1.0, 2.0, 3.0, 4.0]), 0.5
    gx, ga = _linear_recurrence(1)(xv, av)
    np.testing.assert_array_equal(gx, [0.0, 0.0, 0.0, 2.0])
    h = [1.0]
    for xt in xv:
        h.append(av * h[-1] + xt)
    assert ga == 2.0 * h[-2]  # the last step only: d(cost)/d(h_4) = 2, times h_3


def test_gradient_through_a_step_that_draws_reuses_the_steps_draws():
    """The backward pass draws again from the same states: the same noise as the forward."""
    srng = RandomStreams(seed=8)
    w = shared(np.array(0.5), name="w")
    h0 = T.dscalar("h0")
    h, upd = scan(lambda hp: T.tanh(hp * w + 0.1 * srng.normal(())), outputs_info=h0, n_steps=3)
    rng = srng.state_updates[0][0]
    noise = [0.1 * n for n in _draw_scalars(rng, 3)]
    f = function([h0], [h, grad(T.sum(h), w)], updates=upd)
    hv, gw = f(0.3)
    hp, hs = 0.3, []
    for n in noise:
        hp = np.tanh(hp * 0.5 + n)
        hs.append(hp)
    np.testing.assert_allclose(hv, hs, rtol=1e-12)
    eps, numeric = 1e-6, []
    for sign in (1, -1):
        hp, total = 0.3, 0.0
        for n in noise:
            hp = np.tanh(hp * (0.5 + sign * eps) + n)
            total += hp
        numeric.append(total)
    np.testing.assert_allclose(gw, (numeric[0] - numeric[1]) / (2 * eps), rtol=1e-6)


def _draw_scalars(rng, n):
    r = rng.get_value()
    return [r.normal(0.0, 1.0) for _ in range(n)]


def test_function_names_a_missing_input_as_theano_does():
    x = T.dvector("x")
    with pytest.raises(MissingInputError, match=r"^Input 0 of the graph .* used to compute ") as err:
        function([], x + 1)
    assert "error.\n \nBacktrace when that variable is created:\n\n  File " in str(err.value)
    assert 'x = T.dvector("x")' in str(err.value)  # where the missing input was made
    with pytest.raises(MissingInputError, match=r"^Undeclared input\n \nBacktrace when"):
        function([], x)


def test_debugprint_gives_a_loop_inside_a_step_its_sections():
    # Theano's debugprint keeps a growing list of scan outputs: those met while printing a
    # step's section get their own sections after it (.0 from the read of the inner loop's
    # last row, .1 as a step output, .1 again from the outer loop's second output), and an
    # inner loop's inputs name the outer step's variables (" -> [id ..]")
    from rngscope.printing.debugprint import debugprint
    srng = RandomStreams(seed=13)

    def outer_step(x_t, h_tm1):
        hs, upd = scan(lambda h: h + srng.normal(size=(2,), std=0.1), outputs_info=h_tm1 + x_t,
                       n_steps=3)
        return hs[-1], upd

    x = T.dmatrix("x")
    h, updates = scan(outer_step, sequences=x, outputs_info=T.zeros(2))
    text = debugprint(function([x], h, updates=updates), file="str")
    heads = [part.strip("\n") + "\n" for part in
             text.split("Inner graphs of the scan ops:\n")[1].split("\n\n") if part.strip()]
    assert [h.split("\n")[0] for h in heads] == [
        "forall_inplace,cpu,scan_fn}.0 [id B] ''   ", "forall_inplace,cpu,scan_fn}.1 [id B] ''   ",
        "forall_inplace,cpu,scan_fn}.0 [id BD] ''   ", "forall_inplace,cpu,scan_fn}.1 [id BD] ''   ",
        "forall_inplace,cpu,scan_fn}.1 [id BD] ''   "]
    assert " > |<TensorType(float64, vector)> [id BS] -> [id BF]" in heads[2]


def test_a_draw_in_a_compiled_step_stays_a_copy_and_its_readers_are_reversed():
    # Theano protects every input of a step: the draw's in-place attempt is refused and
    # reverted, which reverses the readers of its sample (recorded with Theano 1.0.5: the
    # Gemv reading it, then the output); the stream still advances once per step
    srng = RandomStreams(seed=1)
    W = shared(np.ones((3, 3)), name="W")
    v = T.dvector("v")

    def step(v_tm1):
        m = T.sigmoid(T.dot(v_tm1, W))
        s = srng.binomial(size=m.shape, n=1, p=m, dtype="float64")
        return s, T.dot(s, W)

    (vs, hs), upd = scan(step, outputs_info=[v, None], n_steps=3)
    f = function([v], [vs, hs], updates=upd)
    (loop,) = [n for n in f.fgraph.toposort() if isinstance(n.op, Scan)]
    step_fg = loop.op.fgraph
    (draw,) = [n for n in step_fg.toposort() if "binomial" in str(n.op)]
    assert not draw.op.inplace
    readers = step_fg.clients(draw.outputs[1])
    assert [c if c == "output" else str(c.op) for c, _i in readers] == [
        "Gemv{no_inplace}", "output"]
    before = srng.state_updates[0][0].get_value().get_state()[2]
    f(np.ones(3))
    assert srng.state_updates[0][0].get_value().get_state()[2] != before


@pytest.mark.parametrize("p", ["constant", "tensor"])
def test_a_steps_draw_advances_the_loops_own_state_without_a_copy_per_step(p, monkeypatch):
    """The step's graph keeps Theano's refused in-place draw, but the loop copied its carried
    state once, so the linked draw advances it itself: no copy per step, the same walk as
    numpy's draws one after another (constant and tensor parameters)."""
    import copy

    srng = RandomStreams(seed=5)
    x0 = T.dvector("x0")
    scale = T.dscalar("scale")
    std = 1.0 if p == "constant" else scale
    walk, upd = scan(lambda x: x + srng.normal((2,), std=std), outputs_info=x0, n_steps=50)
    f = function([x0, scale], walk, updates=upd, on_unused_input="ignore")
    state = srng.state_updates[0][0].get_value()
    expected = np.cumsum(copy.deepcopy(state).normal(0.0, 1.0, (50, 2)), axis=0)
    copies = []
    real = copy.deepcopy
    monkeypatch.setattr(copy, "deepcopy", lambda *a, **k: copies.append(1) or real(*a, **k))
    out = f(np.zeros(2), 1.0)
    assert len(copies) < 5  # (the loop's one copy of the state, not one per step)
    np.testing.assert_allclose(out, expected, rtol=0, atol=1e-12)
