"""Canonicalize meets the nodes in Theano's order: Shape(x)[k] is read in two steps (Shape(x)
becomes a MakeVector, then the item is taken), so a sum over the step count of a loop is
reordered while that count is still one item: a backwards scan's buffer size is 1 + n_steps over
the step count node itself, as Theano 1.0.5 compiles it."""
from __future__ import annotations

import numpy as np

from graphs import fgraph
from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.compile.rewriter import Context
from rngscope.compile.rewrites import canonical
from rngscope.compile.scan import scan
from rngscope.shared import shared
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad
from rngscope.tensor.shape_ops import MakeVector, Subtensor
from rngscope.tensor.static import constant_value



def test_shape_then_index_is_read_in_two_steps_in_canonicalize():
    x = T.dvector("x")
    fg = fgraph([x], [Subtensor.build(T.shape(x), 0)])
    node = fg.toposort()[-1]
    assert canonical.subtensor_make_vector(node, Context(fg)) is None  # Shape first
    fg = fgraph([x], [Subtensor.build(MakeVector("int64")(T.shape(x)[0], 3), 1)])
    node = fg.toposort()[-1]
    (item,) = canonical.subtensor_make_vector(node, Context(fg))
    assert constant_value(item) == 3


def test_a_backwards_scans_buffer_size_reads_its_step_count_whole():
    x = T.dvector("x")
    back, _ = scan(lambda xt, acc: acc + xt, sequences=x,
                   outputs_info=T.constant(np.float64(0.0)), go_backwards=True)
    f = function([x], back)
    fg = f.maker.fgraph
    loop = next(n for n in fg.toposort() if type(n.op).__name__ == "Scan")
    n_steps = loop.inputs[0]
    readers = [c for c, _i in fg.clients(n_steps) if c != "output"]
    # 1 + n_steps, as Theano keeps it (the canonizer met it while n_steps was still Shape(x)[0])
    assert any(str(c.op) == "Elemwise{add,no_inplace}" and c.inputs[1] is n_steps
               for c in readers), [str(c.op) for c in readers]
    np.testing.assert_array_equal(f(np.arange(4.0)), [3.0, 5.0, 6.0, 6.0])


def test_a_merge_brings_back_the_equal_node_its_replacement_dropped():
    """The greedy distributor's new tree holds mul(fill, dot) equal to a node of the tree it
    replaced: Theano's merge, scheduled at import, re-imports the dropped node, the
    equilibrium visits it (fill_sink) before the new top, so the distributor fires twice and
    the gradient of (1 / x) * dot(...) stays neg(dot / sqr(x)), not a Dot22Scalar by -1."""
    x, y = T.dmatrix("x"), T.dmatrix("y")
    W = shared(np.eye(3) * 0.5 + 0.1, name="W")
    g = grad(T.sum((1 / x) * T.dot(T.sqr(T.sqrt(y)), W)), x)
    f = function([x, y], g)
    ops = [str(n.op) for n in f.maker.fgraph.toposort()]
    assert "Elemwise{Composite{(-(i0 / sqr(i1)))}}[(0, 0)]" in ops, ops
    assert not any(op.startswith("Dot22Scalar") for op in ops), ops
    xv, yv = np.full((2, 3), 2.0), np.ones((2, 3))
    np.testing.assert_allclose(f(xv, yv), -(yv @ W.get_value()) / xv ** 2)


def test_a_flattened_sigmoid_meets_its_logs_as_a_sigmoid():
    """sigmoid(z).flatten() under a hand-written binary cross-entropy: Reshape(sigmoid(z)) is
    lifted to sigmoid(Reshape(z)) (Theano's local_reshape_lift), so log(p) and log(1 - p)
    become softplus terms of the reshaped logits."""
    x, y = T.dmatrix("x"), T.dvector("y")
    w = shared(np.array([[0.5], [-0.25]]), name="w")
    p = T.sigmoid(T.dot(x, w)).flatten()
    cost = T.sum(-(y * T.log(p) + (1 - y) * T.log(1 - p)))
    f = function([x, y], cost)
    ops = [str(n.op) for n in f.maker.fgraph.toposort()]
    assert any("scalar_softplus" in op for op in ops), ops
    reshape = next(n for n in f.maker.fgraph.toposort() if type(n.op).__name__ == "Reshape")
    assert "Dot" in str(reshape.inputs[0].owner.op) or "Add" in str(reshape.inputs[0].owner.op)
    xv, yv = np.array([[1.0, 2.0], [-1.0, 0.5], [0.3, 0.3]]), np.array([1.0, 0.0, 1.0])
    q = 1 / (1 + np.exp(-(xv @ w.get_value()).ravel()))
    np.testing.assert_allclose(f(xv, yv), np.sum(-(yv * np.log(q) + (1 - yv) * np.log(1 - q))))


def test_an_inverse_the_canonizer_has_not_met_becomes_a_power():
    """inv(x) -> x ** -1.0 in canonicalize (Theano's local_inv_canon, offered after the mul
    canonizer): the gradient of inv(sqr(x) / 3) / dot(...) keeps inv(1/3 * x...) apart from
    the -1/4 of the cost's scale, as Theano 1.0.5 compiles it, instead of one -0.75."""
    x, y = T.dmatrix("x"), T.dmatrix("y")
    W = shared(np.eye(3) * 0.5 + 0.1, name="W")
    e = T.inv(T.sqr(x) / 3) / T.dot(T.exp(-T.maximum(y, x)), W)
    g = grad(T.sum(e) / 4, x)
    f = function([x, y], g)
    ops = [str(n.op) for n in f.maker.fgraph.toposort()]
    assert "Elemwise{Composite{((i0 * inv((i1 * i2))) / sqr(i3))}}" in ops, ops
    slow = function([x, y], g, mode=UNOPTIMIZED)
    xv, yv = np.full((2, 3), 0.5), np.full((2, 3), 0.25)
    np.testing.assert_allclose(f(xv, yv), slow(xv, yv), rtol=1e-12)
