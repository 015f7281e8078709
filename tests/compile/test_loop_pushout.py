"""Theano's scan push-out of loop-invariant work (scanOp_pushout_nonseqs_ops) and the
constant non-sequences read back inside (scanOp_remove_constants_and_unused_inputs)."""
from __future__ import annotations

import numpy as np

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.compile.scan import Scan, scan
from rngscope.graph.basic import Constant
from rngscope.streams import RandomStreams
from rngscope.tensor import basic as T


def _loops(fn):
    return [n for n in fn.fgraph.toposort() if isinstance(n.op, Scan)]


def test_work_on_non_sequences_only_is_done_once_before_the_loop():
    x = T.dvector("x")
    c = T.dscalar("c")
    out, _ = scan(lambda v, c_: v * T.exp(c_ * 2.0), sequences=x, non_sequences=c)
    f = function([x, c], out)
    (node,) = _loops(f)
    inner_ops = [str(n.op) for n in node.op.fgraph.toposort()]
    assert not any("exp" in op.lower() for op in inner_ops)  # exp(2c) is an outer input now
    reference = function([x, c], out, mode=UNOPTIMIZED)
    args = (np.array([1.0, 2.0, 3.0]), 0.25)
    assert np.array_equal(f(*args), reference(*args))


def test_a_step_made_only_of_loop_invariant_work_is_no_loop_at_all():
    v = T.dvector("v")
    sq, _ = scan(lambda: v ** 2, n_steps=4)
    f = function([v], sq)
    assert not _loops(f)
    assert f(np.array([1.0, 2.0])).tolist() == [[1.0, 4.0]] * 4


def test_a_draw_is_never_moved_out_of_the_loop():
    srng = RandomStreams(seed=1)
    noise, upd = scan(lambda: srng.uniform((2,)) * 2.0, n_steps=3)
    f = function([], noise, updates=upd)
    (node,) = _loops(f)
    assert any(n.op.__class__.__name__ == "RandomFunction" for n in node.op.fgraph.toposort())
    rows = f()
    assert rows.shape == (3, 2) and len({tuple(r) for r in rows}) == 3


def test_a_size_folded_outside_is_read_back_as_a_constant_inside():
    srng = RandomStreams(seed=1)
    x0 = T.dvector("x0")
    walk, upd = scan(lambda x: x + srng.normal((2,)), outputs_info=x0, n_steps=3)
    f = function([x0], walk, updates=upd)
    (node,) = _loops(f)
    assert node.op.n_nonseq == 0  # the size is a constant of the step, not an input
    draw = [n for n in node.op.fgraph.toposort() if n.op.__class__.__name__ == "RandomFunction"]
    assert isinstance(draw[0].inputs[1], Constant)
