"""In-place rewrites: ``cond_inplace`` (Theano's cond_make_inplace) makes an if a view;
``elemwise_inplace`` tries an update's own input first, then a value computed in place on it."""
from __future__ import annotations

import numpy as np

from rngscope.compat import theano
from rngscope.compat.theano import tensor as T
from rngscope.compat.theano.ifelse import ifelse
from rngscope.compile.fgraph import FunctionGraph
from rngscope.compile.rewrites.inplace import cond_inplace
from rngscope.tensor.ifelse import IfElse


def _ifs(fn):
    return [str(n.op) for n in fn.maker.fgraph.toposort() if isinstance(n.op, IfElse)]


def test_a_compiled_if_returns_a_view_of_its_branch():
    c, x = T.iscalar("c"), T.matrix("x")
    f = theano.function([c, x], ifelse(c, x + 1, x - 1, name="sel") * 3)
    assert _ifs(f) == ["if{sel,inplace}"]
    assert np.array_equal(f(1, np.ones((2, 2))), np.full((2, 2), 6.0))
    assert np.array_equal(f(0, np.ones((2, 2))), np.zeros((2, 2)))


def test_an_if_returning_a_shared_value_is_copied_before_it_leaves_the_function():
    W = theano.shared(np.arange(4.0).reshape(2, 2), name="W")
    c = T.iscalar("c")
    f = theano.function([c], ifelse(c, W, W * 2))
    assert _ifs(f) == ["if{inplace}"]
    assert str(f.maker.fgraph.outputs[0].owner.op) == "DeepCopyOp"
    f(1)[0, 0] = 100.0
    assert W.get_value()[0, 0] == 0.0


def test_a_big_graph_keeps_its_scalar_ifs_copying():
    c, a = T.iscalar("c"), T.scalar("a")
    small = ifelse(c, a, a * 2)
    big = small
    for _ in range(250):
        big = T.exp(big) * 2
    fg = FunctionGraph([c, a], [small, big])
    assert len(fg.nodes()) >= 500
    cond_inplace(fg)
    assert [n.op.as_view for n in fg.nodes() if isinstance(n.op, IfElse)] == [False]
    fg = FunctionGraph([c, a], [small])
    cond_inplace(fg)
    assert [n.op.as_view for n in fg.nodes() if isinstance(n.op, IfElse)] == [True]


def test_an_update_overwrites_the_value_a_gemv_computed_in_place_on_its_input():
    """tanh(dot(B, z)) * (u + dot(A, x)) as u's update: both factors are Gemv outputs the
    product may overwrite; Theano tries first the one computed in place on u (its
    DestroyHandler's root_destroyer of the updated input), so the product is [(0, 1)]."""
    u = theano.shared(np.zeros(2), name="u")
    A, B = T.dmatrix("A"), T.dmatrix("B")
    x, z = T.dvector("x"), T.dvector("z")
    f = theano.function([A, x, B, z], [], updates=[(u, T.tanh(T.dot(B, z)) * (u + T.dot(A, x)))])
    (product,) = [str(n.op) for n in f.maker.fgraph.toposort() if "Composite" in str(n.op)]
    assert product == "Elemwise{Composite{(tanh(i0) * i1)}}[(0, 1)]"
    f(np.eye(2), np.ones(2), np.eye(2), np.ones(2))
    assert np.allclose(u.get_value(), np.tanh(1.0))


def test_an_in_place_draw_whose_size_folded_to_one_is_retyped_under_a_rebroadcast():
    # multinomial draws pvals.shape[0] uniforms: a vector when built, the size folded to
    # (1,) later. Theano's in-place twin is made by make_node, typed (True,), and the
    # replace keeps the reader on a vector through Rebroadcast{0}
    from rngscope.compat.theano.sandbox.rng_mrg import MRG_RandomStreams

    srng = MRG_RandomStreams(42)
    f = theano.function([], srng.multinomial(pvals=T.constant([[0.2, 0.3, 0.5]]), dtype="float64"))
    draw, rebroadcast, pick = f.maker.fgraph.toposort()
    assert str(draw.op) == "mrg_uniform{TensorType(float64, vector),inplace}"
    assert draw.outputs[1].type.broadcastable == (True,)
    assert str(rebroadcast.op) == "Rebroadcast{0}" and rebroadcast.inputs == [draw.outputs[1]]
    assert rebroadcast.outputs[0].type.broadcastable == (False,)
    assert pick.inputs[1] is rebroadcast.outputs[0]
    assert f().tolist() == [[1.0, 0.0, 0.0]]
    typed = theano.function([], srng.uniform((1,)) + 1)  # (True,) when built: nothing stale
    assert [str(n.op) for n in typed.maker.fgraph.toposort()] == [
        "mrg_uniform{TensorType(float64, vector),inplace}", "Elemwise{Add}[(0, 1)]"]


def test_an_output_made_in_place_earlier_in_the_pass_is_tried_and_its_readers_reversed():
    # Theano's pass lists the outputs as they were when it began: tanh's in-place twin is a
    # new output, so z is tried in place on it, refused, and reverted, which reverses the
    # readers of z (recorded with Theano 1.0.5: max first, then the output)
    x = T.dmatrix("x")
    w = theano.shared(np.ones((3, 3)), name="w")
    c = theano.shared(np.ones(3), name="c")
    h = T.tanh(T.dot(x, w) + c)
    z = h / (h + 1)
    f = theano.function([x], [z, h, z.max()])
    fg = f.maker.fgraph
    readers = fg.clients(fg.outputs[0])
    assert [c if c == "output" else str(c.op) for c, _i in readers] == [
        "Reduce{maximum}{0, 1}", "output"]
    assert str(fg.outputs[0].owner.op) == "Elemwise{Composite{(i0 / (i1 + i0))}}"
