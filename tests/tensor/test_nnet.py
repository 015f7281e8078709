"""nnet ops and their rewrites: values against numpy, and the fused cross-entropy of FAST_RUN
against the unfused graph of the unoptimized mode."""
from __future__ import annotations

import re

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.shared import shared
from rngscope.tensor import basic as T
from rngscope.tensor import nnet
from rngscope.tensor.gradient import grad

X = np.array([[1.0, 2.0, 3.0], [-1.0, 0.0, 1000.0], [0.5, 0.5, -0.5]])


def numpy_softmax(x):
    e = np.exp(x - x.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def test_softmax_log_softmax_argmax_arange_values():
    m = T.dmatrix("m")
    f = function([m], [nnet.softmax(m), T.log(nnet.softmax(m)), T.argmax(m, axis=1),
                       nnet.arange(m.shape[0])])
    sm, lsm, am, rows = f(X)
    np.testing.assert_allclose(sm, numpy_softmax(X))
    assert np.all(np.isfinite(lsm))  # LogSoftmax: no log(0) for the 1000 row
    np.testing.assert_array_equal(am, X.argmax(axis=1))
    np.testing.assert_array_equal(rows, np.arange(3))
    names = [str(n.op) for n in f.maker.fgraph.toposort()]
    assert "LogSoftmax" in names


def test_fused_crossentropy_matches_the_unfused_graph():
    x = T.dmatrix("x")
    y = T.lvector("y")
    W = shared(np.array([[0.2, -0.1, 0.4], [0.3, 0.5, -0.6]]), name="W")
    b = shared(np.array([0.0, 0.1, -0.1]), name="b")
    p = nnet.softmax(T.dot(x, W) + b)
    nll = -T.mean(T.log(p)[nnet.arange(y.shape[0]), y])
    outs = [nll] + grad(nll, [W, b])
    xv, yv = np.array([[1.0, 2.0], [-1.0, 0.5], [0.3, -0.7]]), np.array([2, 0, 1])
    fast = function([x, y], outs)
    slow = function([x, y], outs, mode=UNOPTIMIZED)
    for a, c in zip(fast(xv, yv), slow(xv, yv)):
        np.testing.assert_allclose(a, c, rtol=1e-12)
    names = [str(n.op) for n in fast.maker.fgraph.toposort()]
    assert "CrossentropySoftmaxArgmax1HotWithBias" in names
    assert "CrossentropySoftmax1HotWithBiasDx" in names
    sm = numpy_softmax(xv @ W.get_value() + b.get_value())
    expected = -np.mean(np.log(sm[np.arange(3), yv]))
    np.testing.assert_allclose(fast(xv, yv)[0], expected, rtol=1e-12)


def test_pairs_of_index_vectors_pick_and_accumulate():
    m = T.dmatrix("m")
    rows, cols = np.array([0, 2, 2]), np.array([1, 0, 0])
    picked = m[rows, cols]
    g = grad(T.sum(picked * np.array([1.0, 10.0, 100.0])), m)
    pv, gv = function([m], [picked, g])(X)
    np.testing.assert_array_equal(pv, X[rows, cols])
    expected = np.zeros_like(X)
    np.add.at(expected, (rows, cols), [1.0, 10.0, 100.0])
    np.testing.assert_array_equal(gv, expected)


def test_argmax_sees_through_softmax_and_tanh():
    m = T.dmatrix("m")
    f = function([m], T.argmax(nnet.softmax(T.tanh(m)), axis=1))
    np.testing.assert_array_equal(f(X), X.argmax(axis=1))
    names = [str(n.op) for n in f.maker.fgraph.toposort()]
    assert names == ["Argmax{axis=(1,)}"]


def _compiled_ops(f):
    return [str(n.op) for n in f.maker.fgraph.toposort()]


def test_fused_crossentropy_gradient_reads_the_mean_scale_without_an_alloc():
    # CrossentropySoftmax1HotWithBiasDx broadcasts a one-row dy itself (Theano drops the
    # Alloc the mean's gradient makes), and the values are the unfused graph's
    x = T.dmatrix("x")
    y = T.lvector("y")
    b = shared(np.array([0.0, 0.1, -0.1]), name="b")
    cost = T.mean(nnet.categorical_crossentropy(nnet.softmax(x + b), y))
    g = grad(cost, b)
    fast, slow = function([x, y], g), function([x, y], g, mode=UNOPTIMIZED)
    xv, yv = np.array([[1.0, 2.0, 0.5], [-1.0, 0.5, 0.0]]), np.array([2, 0])
    np.testing.assert_allclose(fast(xv, yv), slow(xv, yv), rtol=1e-12)
    dx = next(n for n in fast.maker.fgraph.toposort()
              if str(n.op) == "CrossentropySoftmax1HotWithBiasDx")
    assert dx.inputs[0].broadcastable == (True,) and "Alloc" not in _compiled_ops(fast)


def test_a_mean_of_the_picked_log_probabilities_divides_by_the_rows_of_y():
    # Theano keeps the pick's shape for the fused op that replaces it: the mean of
    # log(p)[arange(y.shape[0]), y] divides by y's length; a mean of the crossentropy op
    # itself by x's rows
    x = T.dmatrix("x")
    y = T.lvector("y")
    p = nnet.softmax(x)

    def divisor_shape_of(cost):
        f = function([x, y], cost)
        (shape_i,) = [n for n in f.maker.fgraph.toposort() if str(n.op) == "Shape_i{0}"]
        return shape_i.inputs[0].name

    assert divisor_shape_of(-T.mean(T.log(p)[nnet.arange(y.shape[0]), y])) == "y"
    assert divisor_shape_of(T.mean(nnet.categorical_crossentropy(p, y))) == "x"


def test_elu_selu_softsign_logsoftmax_values_and_gradients():
    x = T.dvector("x")
    xv = np.array([-3.0, -0.2, 0.0, 0.4, 2.0])
    alpha, scale = 1.6732632423543772848170429916717, 1.0507009873554804934193349852946
    expected = {
        "elu": np.where(xv > 0, xv, np.expm1(xv)),
        "selu": scale * np.where(xv > 0, xv, alpha * np.expm1(xv)),
        "softsign": xv / (1 + np.abs(xv)),
    }
    for name, fn in (("elu", nnet.elu), ("selu", nnet.selu), ("softsign", nnet.softsign)):
        out = fn(x)
        np.testing.assert_allclose(function([x], out)(xv), expected[name], rtol=1e-15)
        cost = function([x], T.sum(out * np.arange(1.0, 6.0)))
        g = function([x], grad(T.sum(out * np.arange(1.0, 6.0)), x))(xv + 0.05)
        fd = [(cost(xv + 0.05 + 1e-6 * e) - cost(xv + 0.05 - 1e-6 * e)) / 2e-6 for e in np.eye(5)]
        np.testing.assert_allclose(g, fd, rtol=1e-6)
    assert str(nnet.softsign(x).owner.op) == "softsign"
    m = T.dmatrix("m")
    mv = np.array([[1.0, 2.0, 3.0], [0.5, -0.5, 0.0]])
    lsm = function([m], nnet.logsoftmax(m))(mv)
    np.testing.assert_allclose(lsm, np.log(numpy_softmax(mv)), rtol=1e-14)
    assert function([x], nnet.logsoftmax(x))(xv).shape == (1, 5)


def test_the_fused_crossentropy_api_and_its_gradient():
    x, y, b = T.dmatrix("x"), T.lvector("y"), T.dvector("b")
    xv, yv, bv = np.array([[1.0, 2.0, 0.5], [-1.0, 0.0, 3.0]]), np.array([1, 2]), np.array([0.1, -0.2, 0.3])
    nll, sm = nnet.crossentropy_softmax_1hot_with_bias(x, b, y)
    p = numpy_softmax(xv + bv)
    got_nll, got_sm = function([x, b, y], [nll, sm])(xv, bv, yv)
    np.testing.assert_allclose(got_sm, p, rtol=1e-14)
    np.testing.assert_allclose(got_nll, -np.log(p[[0, 1], yv]), rtol=1e-14)
    cost = T.sum(nll * np.array([1.0, 3.0])) + T.sum(sm * np.arange(6.0).reshape(2, 3))
    gx, gb = grad(cost, [x, b])
    unfused = T.sum(-T.log(nnet.softmax(x + b))[nnet.arange(2), y] * np.array([1.0, 3.0])) + \
        T.sum(nnet.softmax(x + b) * np.arange(6.0).reshape(2, 3))
    ux, ub = grad(unfused, [x, b])
    got = function([x, b, y], [gx, gb])(xv, bv, yv)
    want = function([x, b, y], [ux, ub], mode=UNOPTIMIZED)(xv, bv, yv)
    for g, w in zip(got, want):
        np.testing.assert_allclose(g, w, rtol=1e-12, atol=1e-15)


def test_max_and_argmax_compiles_to_one_node_and_keeps_dims():
    m = T.dmatrix("m")
    mx, am = T.max_and_argmax(m, axis=1)
    f = function([m], [mx, am])
    assert [str(n.op) for n in f.maker.fgraph.toposort()] == ["MaxAndArgmax{axis=(1,)}"]
    values, where = f(np.array([[1.0, 5.0, 5.0], [7.0, -1.0, 0.0]]))
    assert values.tolist() == [5.0, 7.0] and where.tolist() == [1, 0]
    mk, ak = function([m], T.max_and_argmax(m, keepdims=True))(np.eye(2))
    assert mk.shape == (1, 1) and ak.shape == (1, 1) and int(ak[0, 0]) == 0


def test_a_softmax_without_bias_gets_a_zero_bias_filled_from_a_row_of_its_logits():
    # The fused cross-entropy is made after specialize (Theano's position 2.01), so its zero
    # bias, zeros_like(x[0]), stays a fill (Elemwise{second}): specialize_device does not
    # turn fills into Allocs.
    x = T.dmatrix("x")
    y = T.lvector("y")
    W = shared(np.array([[0.2, -0.1, 0.4], [0.3, 0.5, -0.6]]), name="W")
    cost = T.mean(nnet.categorical_crossentropy(nnet.softmax(T.dot(x, W)), y))
    f = function([x, y], cost)
    (csa,) = [n for n in f.maker.fgraph.toposort()
              if str(n.op) == "CrossentropySoftmaxArgmax1HotWithBias"]
    bias = csa.inputs[1].owner
    assert str(bias.op) == "Elemwise{second,no_inplace}"
    assert str(bias.inputs[0].owner.op) == "Subtensor{int64}"
    xv, yv = np.array([[1.0, 2.0], [-1.0, 0.5]]), np.array([2, 0])
    slow = function([x, y], cost, mode=UNOPTIMIZED)
    np.testing.assert_allclose(f(xv, yv), slow(xv, yv), rtol=1e-12)


def test_the_one_hot_crossentropy_takes_only_int32_or_int64_vectors_of_labels_as_theano():
    import pytest

    from rngscope.tensor.variable import TensorType

    p = nnet.softmax(T.dmatrix("x"))
    for labels in (T.lvector("l"), T.ivector("i")):
        assert str(nnet.categorical_crossentropy(p, labels).type) == "TensorType(float64, vector)"
    with pytest.raises(TypeError, match=r"true_one_of_n\(got type: TensorType\(float64, vector\) "
                                        r"instead of: TensorType\(int64, vector\)\)"):
        nnet.categorical_crossentropy(p, T.dvector("t"))
    with pytest.raises(TypeError, match=r"got type: TensorType\(int64, \(True,\)\)"):
        nnet.categorical_crossentropy(p, TensorType("int64", (True,))("l1"))
    with pytest.raises(TypeError, match="matrix required for argument: coding_dist"):
        nnet.crossentropy_categorical_1hot(T.dvector("c"), T.lvector("l"))


@pytest.mark.parametrize("var", [T.tensor3("t"), T.imatrix("i")])
@pytest.mark.parametrize("build", [nnet.softmax, nnet.logsoftmax])
def test_softmax_refuses_what_is_not_a_vector_or_matrix_of_floats_as_theano_does(build, var):
    with pytest.raises(ValueError, match=r"^x must be 1-d or 2-d tensor of floats\. Got "
                                         + re.escape(str(var.type)) + "$"):
        build(var)


def test_softmax_of_a_scalar_fails_reading_its_last_broadcastable_flag():
    with pytest.raises(IndexError, match="tuple index out of range"):
        nnet.softmax(T.dscalar("s"))
