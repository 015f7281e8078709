"""The broadcastable-axis rules (rngscope.compile.rewrites.broadcast): each rule alone on a small
graph, then what they do to a whole compiled function (a one-step scan's last output is the
step's value again; values unchanged)."""
from __future__ import annotations

import numpy as np

from graphs import fgraph
from rngscope.compile.function import function
from rngscope.compile.rewriter import Context, equilibrium
from rngscope.compile.rewrites.broadcast import (
    rebroadcast_lift, subtensor_broadcastable_index, subtensor_of_rebroadcast, useless_rebroadcast,
)
from rngscope.compile.scan import scan
from rngscope.shared import shared
from rngscope.tensor import basic as T
from rngscope.tensor.elemwise import DimShuffle
from rngscope.tensor.shape_ops import Rebroadcast, Subtensor



def _ops(fg):
    return [str(n.op) for n in fg.toposort()]


def test_a_rebroadcast_that_changes_no_flag_goes_and_a_partly_useless_one_keeps_its_useful_flags():
    m = T.dmatrix("m")
    fg = fgraph([m], [Rebroadcast(((0, False),))(m)])
    (node,) = fg.toposort()
    assert useless_rebroadcast(node, Context(fg)) == [fg.inputs[0]]
    col = T.dcol("c")
    fg = fgraph([col], [Rebroadcast(((0, False), (1, False)))(col)])
    (node,) = fg.toposort()
    (out,) = useless_rebroadcast(node, Context(fg))
    assert str(out.owner.op) == "Rebroadcast{?,0}" and out.broadcastable == (False, False)


def test_rebroadcast_moves_below_a_unary_elementwise_op_and_merges_with_another():
    c = T.dcol("c")
    fg = fgraph([c], [Rebroadcast(((1, False),))(T.exp(c))])
    equilibrium(fg, (rebroadcast_lift,))
    assert _ops(fg) == ["Rebroadcast{?,0}", "Elemwise{exp,no_inplace}"]
    fg = fgraph([c], [Rebroadcast(((0, True),))(Rebroadcast(((1, False),))(c))])
    equilibrium(fg, (rebroadcast_lift,))
    assert _ops(fg) == ["Rebroadcast{1,0}"]


def test_an_index_into_a_rebroadcast_indexes_its_input_first():
    t = T.dtensor3("t")
    u = Rebroadcast(((0, True),))(DimShuffle((False, False, False), ("x", 0, 1, 2))(t))
    fg = fgraph([t], [u[-1, 1:]])
    node = fg.toposort()[-1]
    (out,) = subtensor_of_rebroadcast(node, Context(fg))
    assert isinstance(out.owner.op, Rebroadcast) and out.owner.op.axis == (
        (0, False), (1, False), (2, False))
    assert isinstance(out.owner.inputs[0].owner.op, Subtensor)


def test_index_0_or_minus_1_of_a_broadcastable_axis_drops_the_axis():
    r = T.drow("r")
    fg = fgraph([r], [r[-1]])
    node = fg.toposort()[-1]
    (out,) = subtensor_broadcastable_index(node, Context(fg))
    assert isinstance(out.owner.op, DimShuffle) and out.owner.op.new_order == (1,)
    fg = fgraph([r], [r[0, 1:]])  # a partial slice elsewhere: left alone
    assert subtensor_broadcastable_index(fg.toposort()[-1], Context(fg)) is None
    m = T.dmatrix("m")
    fg = fgraph([m], [m[0]])  # not a broadcastable axis
    assert subtensor_broadcastable_index(fg.toposort()[-1], Context(fg)) is None


def test_a_one_step_scans_last_output_is_the_steps_value_in_the_compiled_graph():
    x = T.dmatrix("x")
    w = shared(np.array([[0.5, -1.0], [0.25, 2.0]]), name="w")
    outs, _ = scan(lambda h: T.tanh(T.dot(h, w)) * 2, outputs_info=[x], n_steps=1)
    f = function([x], outs[-1].sum())
    names = _ops(f.maker.fgraph)
    assert not any(n.startswith(("Rebroadcast", "Subtensor")) for n in names), names
    xv = np.array([[1.0, 2.0], [-0.5, 0.25]])
    assert np.isclose(f(xv), (np.tanh(xv @ w.get_value()) * 2).sum())
