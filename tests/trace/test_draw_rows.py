"""Draw rows of finished calls: a loop's calls make as many rows as their steps, each row
knows its node and replay step, and rows hash equal exactly when their values are equal."""
from __future__ import annotations

import numpy as np

from rngscope import observe


class Spy(observe.Observer):
    def __init__(self):
        self.values = []

    def on_draw(self, node, state, value):
        self.values.append(np.asarray(value).copy())


LOOP = """
import theano
import theano.tensor as T
srng = RandomStreams(seed=3)
n = T.iscalar('n')
out, upd = theano.scan(lambda: srng.uniform((2,)), n_steps=n)
walk = function([n], out, updates=upd)
g = function([], srng.normal((3,)), no_default_updates=True)
walk(1)
g()
walk(3)
g()
walk(2)
"""


def test_a_loops_calls_make_one_row_per_step_with_its_node_and_step(tools):
    spy = Spy()
    with observe.observing(spy):
        result = tools.run(tools.script(LOOP))
    rec = result.recording
    assert [len(rec.draws(call)) for call in range(rec.n_calls)] == [1, 1, 3, 1, 2]
    rows = len(rec.draw_hash)
    values = spy.values[-rows:]  # the script's own run drew first
    assert rows == 8 and rec.n_draws == 7  # g's second call repeats its first draw
    for row in range(rows):
        assert rec.states.step_of(row) == rec.nodes[rec.draw_node[row]].step
    for i in range(len(values)):
        for j in range(i):
            same = values[i].shape == values[j].shape and np.array_equal(values[i], values[j])
            assert (rec.draw_hash[i] == rec.draw_hash[j]) == same, (i, j)
    assert rec.draw_hash[1] == rec.draw_hash[5]  # g reads the same state twice


ROP_LOOP = """
import numpy as np
import theano
import theano.tensor as T
srng = RandomStreams(seed=3)
x = T.dvector('x')
w = T.dscalar('w')
v = T.dscalar('v')
hs, upd = theano.scan(lambda a, h, w: T.tanh(a + h * w + 0.1 * srng.normal(())), sequences=x,
                      outputs_info=T.constant(np.float64(0.0)), non_sequences=w)
fn = function([x, w, v], [hs, T.Rop(hs, w, v)], updates=upd)
fn(np.array([0.1, 0.2, 0.3]), 0.5, 1.0)
fn(np.array([0.1, 0.2, 0.3]), 0.5, 1.0)
"""


def test_the_r_operator_loop_draws_the_forward_loops_draws_again_from_a_copy(tools):
    # Theano's Scan.R_op hands the R-operator loop the stream's state without an update, so
    # each call's R-operator loop draws what the forward loop then draws from the stream
    result = tools.run(tools.script(ROP_LOOP))
    rec = result.recording
    assert [len(rec.draws(call)) for call in range(rec.n_calls)] == [6, 6]
    assert rec.n_draws == 6  # three per call, each made twice
    # scan_merge runs both loops as one (scan_fn&rop_of_scan_fn, as Theano does): each step
    # makes one draw twice: the forward loop's from the stream, the R-operator's from the copy
    numbers = [[d.number for d in rec.draws(call)] for call in range(rec.n_calls)]
    assert numbers == [[1, 1, 2, 2, 3, 3], [4, 4, 5, 5, 6, 6]]
    loops = [[rec.loops[d.loop].name for d in rec.draws(call)] for call in range(rec.n_calls)]
    assert loops[0] == ["scan_fn&rop_of_scan_fn"] * 6 == loops[1]
