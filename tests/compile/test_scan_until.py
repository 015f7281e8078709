"""scan's while-loop (``until``): values against Python loops, the stream advancing once per
step run, the return forms Theano accepts and rejects, and how the loop prints.

The rules asserted here are the ones the theano-1.0.5-reach recordings ``scan_until_*``,
``err_scan_until`` and ``debugprint_scan_until`` show.
"""
from __future__ import annotations

from collections import OrderedDict

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rngscope.compile.function import function
from rngscope.compile.scan import scan, until
from rngscope.shared import shared
from rngscope.streams import RandomStreams
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad


def _doubling(limit_steps):
    m = T.dscalar("m")
    out, _ = scan(lambda p, m: (p * 2, until(p * 2 > m)),
                  outputs_info=T.constant(1.0, dtype="float64"), non_sequences=m,
                  n_steps=limit_steps)
    return function([m], out)


@settings(max_examples=40, deadline=None)
@given(st.floats(-5, 1e6, allow_nan=False), st.integers(2, 40))
def test_doubling_stops_after_the_first_true_condition(m, n_steps):
    expected, p = [], 1.0
    for _ in range(n_steps):
        p *= 2
        expected.append(p)
        if p > m:
            break
    np.testing.assert_array_equal(_doubling(n_steps)(m), expected)


def test_a_map_output_holds_only_the_steps_run():
    n0 = T.lscalar("n0")

    def collatz(n):
        nxt = T.switch(T.eq(n % 2, 0), n // 2, 3 * n + 1)
        return [nxt, n * 10], until(T.eq(nxt, 1))

    (seq, tens), _ = scan(collatz, outputs_info=[n0, None], n_steps=100)
    a, b = function([n0], [seq, tens])(6)
    assert a.tolist() == [3, 10, 5, 16, 8, 4, 2, 1]
    assert b.tolist() == [60, 30, 100, 50, 160, 80, 40, 20]


def test_the_stream_advances_once_per_step_run():
    srng = RandomStreams(seed=42)
    def step(pos):
        nxt = pos + srng.uniform(())
        return nxt, until(nxt > 0)

    walk, upd = scan(step, outputs_info=T.constant(-3.0, dtype="float64"), n_steps=50)
    f = function([], walk, updates=upd)
    state = srng.state_updates[0][0].get_value()
    reference = np.random.RandomState()
    reference.set_state(state.get_state())
    values = f()
    draws = reference.uniform(size=len(values))
    np.testing.assert_allclose(values, -3.0 + np.cumsum(draws))
    assert values[-1] > 0 and (len(values) == 50 or all(values[:-1] <= 0))
    after = srng.state_updates[0][0].get_value().get_state()
    assert after[2] == reference.get_state()[2]


def test_updates_and_condition_without_outputs():
    total = shared(np.float64(1.0), name="total")
    _, upd = scan(lambda: (OrderedDict([(total, total * 3.0)]), until(total * 3.0 > 50.0)),
                  n_steps=20)
    function([], [], updates=upd)()
    assert float(total.get_value()) == 81.0


@pytest.mark.parametrize("ret", [
    lambda a: until(a > 2),
    lambda a: (until(a > 2), a + 1),
    lambda a: (OrderedDict(), a + 1, until(a > 2)),
    lambda a: (a + 1, OrderedDict(), until(a > 2), a),
])
def test_return_forms_theano_cannot_parse(ret):
    with pytest.raises(ValueError, match="^Scan cannot parse the return value of your lambda"):
        scan(ret, outputs_info=T.constant(0.0), n_steps=4)


def test_a_condition_must_be_a_scalar():
    with pytest.raises(AssertionError):
        until(T.dvector() > 0)


def test_a_while_loop_prints_as_do_while():
    out, _ = scan(lambda p: (p * 2, until(p > 5)), outputs_info=T.constant(1.0, dtype="float64"),
                  n_steps=9)
    assert str(out.owner.inputs[0].owner.op) == "do_while{cpu,scan_fn}"
    f = function([], out)
    assert any(str(n.op) == "do_whileall_inplace,cpu,scan_fn}" for n in f.fgraph.toposort())
    assert f().tolist() == [2.0, 4.0, 8.0, 16.0]


def test_gradient_with_respect_to_a_non_sequence_covers_the_steps_run():
    w, h0 = T.dscalar("w"), T.dscalar("h0")
    hs, _ = scan(lambda h, w: (h * w, until(h * w > 100.0)), outputs_info=h0,
                 non_sequences=w, n_steps=20)
    gw, gh0 = grad(hs.sum(), [w, h0])
    out, g1, g2 = function([h0, w], [hs, gw, gh0])(1.0, 3.0)
    assert out.tolist() == [3.0, 9.0, 27.0, 81.0, 243.0]
    assert (float(g1), float(g2)) == (547.0, 363.0)
