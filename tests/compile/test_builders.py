"""OpFromGraph (theano.compile.builders): a graph as one op. Values against the graph itself
in every mode, inlining in FAST_RUN and FAST_COMPILE only, the gradient op built from the
inner graph or from overrides (checked by verify_grad), the connection pattern, shapes read
off the inner graph, and T.nnet.sigmoid_binary_crossentropy built on it."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compat import theano
from rngscope.compile.builders import OpFromGraph, io_connection_pattern
from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.compile.verify_grad import verify_grad
from rngscope.shared import shared
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad

MODES = ("FAST_RUN", "FAST_COMPILE", UNOPTIMIZED)
RNG = np.random.RandomState(7)
A, B = RNG.randn(2, 3), RNG.randn(2, 3)


def _ops(f):
    return [str(n.op) for n in f.maker.fgraph.toposort()]


def _layer(inline, name=None):
    x, y = T.dmatrix("x"), T.dmatrix("y")
    return OpFromGraph([x, y], [T.tanh(x) * y, (x + y).sum()], inline=inline, name=name)


@pytest.mark.parametrize("inline", [False, True])
@pytest.mark.parametrize("mode", MODES)
def test_values_match_the_graph_and_only_optimizing_modes_inline(inline, mode):
    a, b = T.dmatrix("a"), T.dmatrix("b")
    out, total = _layer(inline, "layer")(a, b)
    f = function([a, b], [out, total], mode=mode)
    got_out, got_total = f(A, B)
    np.testing.assert_allclose(got_out, np.tanh(A) * B, rtol=1e-15)
    assert float(got_total) == pytest.approx((A + B).sum(), rel=1e-15)
    kept = [op for op in _ops(f) if op.startswith("layer")]
    assert kept == ([] if inline and mode != UNOPTIMIZED else ["layer{inline=%s}" % inline])


def test_the_op_prints_its_name_and_inline_flag():
    assert str(_layer(False)) == "OpFromGraph{inline=False}"
    assert str(_layer(True, "dense")) == "dense{inline=True}"


@pytest.mark.parametrize("inline", [False, True])
def test_default_gradient_passes_verify_grad(inline):
    op = _layer(inline)

    def fun(a, b):
        out, total = op(a, b)  # both outputs reach the cost (else Theano's TypeError)
        return out * 2 + total

    verify_grad(fun, [A, B], rng=np.random.RandomState(0))


def test_grad_overrides_replace_one_input_gradient():
    x, y = T.dvector("x"), T.dvector("y")
    op = OpFromGraph([x, y], [x * y], grad_overrides=["default", lambda inps, grads: grads[0] * 3])
    a, b = T.dvector("a"), T.dvector("b")
    ga, gb = grad(op(a, b).sum(), [a, b])
    f = function([a, b], [ga, gb])
    av, bv = np.array([1.0, 2.0]), np.array([3.0, -1.0])
    got_a, got_b = f(av, bv)
    np.testing.assert_array_equal(got_a, bv)
    np.testing.assert_array_equal(got_b, [3.0, 3.0])
    assert str(op._lop_op()[0]) == "OpFromGraph{inline=False}"


def test_a_shared_variable_becomes_an_input_and_gets_its_gradient():
    w = shared(np.array([1.0, -2.0]), name="w")
    x = T.dvector("x")
    op = OpFromGraph([x], [(x * w).sum()])
    a = T.dvector("a")
    out = op(a)
    assert out.owner.inputs[1] is w and len(op.local_inputs) == 2
    gw = function([a], grad(out, w))(np.array([0.5, 4.0]))
    np.testing.assert_array_equal(gw, [0.5, 4.0])


def test_disconnected_lop_override_and_connection_pattern():
    x, y = T.dvector("x"), T.dvector("y")

    def lop(inps, outs, grads):
        return [grads[0] * 2 + grads[1], theano.gradient.DisconnectedType()()]

    op = OpFromGraph([x, y], [x * y, x.sum()], lop_overrides=lop, name="custom")
    a, b = T.dvector("a"), T.dvector("b")
    m, n = op(a, b)
    assert op.connection_pattern(m.owner) == [[True, True], [False, False]]
    got = function([a, b], grad((m + n).sum(), a))(np.ones(2), np.ones(2))
    np.testing.assert_array_equal(got, [4.0, 4.0])  # 2 * 1 + the sum read by both rows


def test_an_output_out_of_the_cost_is_theanos_type_error():
    op = _layer(False)
    a, b = T.dmatrix("a"), T.dmatrix("b")
    with pytest.raises(TypeError, match="Cannot convert Type DisconnectedType"):
        grad(op(a, b)[0].sum(), a)


def test_io_connection_pattern_follows_the_ops_connections():
    x, y = T.dvector("x"), T.dvector("y")
    assert io_connection_pattern([x, y], [x * 2, T.shape(y)[0] + x.sum()]) == [[True, True],
                                                                              [False, False]]


def test_shapes_are_read_off_the_inner_graph():
    xin, w = T.dmatrix("xin"), T.dmatrix("w")
    dense = OpFromGraph([xin, w], [T.tanh(T.dot(xin, w))], name="dense")
    x, w1 = T.dmatrix("x"), T.dmatrix("w1")
    f = function([x, w1], dense(x, w1).shape)
    assert not [op for op in _ops(f) if op.startswith("dense")]  # the sizes read x and w1
    assert f(np.ones((4, 2)), np.ones((2, 5))).tolist() == [4, 5]


def test_sigmoid_binary_crossentropy_values_and_gradients():
    z, t = T.dvector("z"), T.dvector("t")
    c = theano.tensor.nnet.sigmoid_binary_crossentropy(z, t)
    assert str(c.owner.op) == "sigmoid_binary_crossentropy{inline=True}"
    zv, tv = np.array([-40.0, -2.0, 0.0, 3.0, 40.0]), np.array([0.0, 1.0, 0.5, 0.3, 1.0])
    out, gz, gt = function([z, t], [c] + grad(c.sum(), [z, t]))(zv, tv)
    p = 1 / (1 + np.exp(-zv))
    # (Theano's softplus is 0 below -30)
    np.testing.assert_allclose(out, np.logaddexp(0, zv) - tv * zv, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(gz, p - tv, rtol=1e-12, atol=1e-15)  # (sigmoid too, below -30)
    np.testing.assert_array_equal(gt, -zv)
    verify_grad(theano.tensor.nnet.sigmoid_binary_crossentropy, [zv[1:4], tv[1:4]],
                rng=np.random.RandomState(3))
