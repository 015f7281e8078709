"""A softmax written by hand and its negative log-likelihood: the canonizer makes the Softmax,
and specialize (not stabilize: Theano registers local_logsoftmax in specialize) fuses
log(softmax(z))[arange(n), y] into CrossentropySoftmaxArgmax1HotWithBias before log(softmax)
can become LogSoftmax (conformance case `debugprint_softmax_by_hand_nll`)."""
from __future__ import annotations

import numpy as np

from graphs import fgraph
from rngscope.compile import modes
from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad
from rngscope.tensor.grad_ops import inc_subtensor
from rngscope.tensor.nnet import CrossentropySoftmaxArgmax1HotWithBias, LogSoftmax, Softmax, arange
from rngscope.tensor.shape_ops import AdvancedIncSubtensor
from rngscope.tensor.alloc import Alloc

z = T.dmatrix("z")
y = T.ivector("y")
rows = np.random.RandomState(0).uniform(-2, 2, size=(5, 3))
labels = np.array([0, 2, 1, 2, 0], dtype="int32")


def _ops(f):
    return [type(n.op) for n in f.maker.fgraph.toposort()]


def _nll(p):
    return -T.mean(T.log(p)[arange(y.shape[0]), y])


def _by_hand(z):
    e = T.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def test_a_hand_written_softmax_nll_is_the_fused_crossentropy():
    for p in (_by_hand(z), T.exp(z) / T.exp(z).sum(1, keepdims=True)):
        f = function([z, y], _nll(p))
        ops = _ops(f)
        assert CrossentropySoftmaxArgmax1HotWithBias in ops
        assert LogSoftmax not in ops
        reference = function([z, y], _nll(p), mode=UNOPTIMIZED)
        np.testing.assert_allclose(f(rows, labels), reference(rows, labels), rtol=1e-13)


def test_log_softmax_waits_for_specialize():
    fg = fgraph([z], [T.log(_by_hand(z))])
    for p in (modes.canonicalize, modes.stabilize):
        p(fg)
    assert Softmax in [type(n.op) for n in fg.toposort()]
    f = function([z], T.log(_by_hand(z)))
    assert LogSoftmax in _ops(f) and Softmax not in _ops(f)
    want = rows - rows.max(axis=1, keepdims=True)
    want = want - np.log(np.exp(want).sum(axis=1, keepdims=True))
    np.testing.assert_allclose(f(rows), want, rtol=1e-13)


def test_its_gradient_matches_the_unoptimized_graph():
    p = _by_hand(z)
    g = grad(_nll(p), z)
    fast, slow = function([z, y], g), function([z, y], g, mode=UNOPTIMIZED)
    np.testing.assert_allclose(fast(rows, labels), slow(rows, labels), rtol=1e-12, atol=1e-15)


def test_an_advanced_increment_reads_the_value_an_alloc_repeats():
    """inc(zeros, alloc(v, n), arange(n), y) -> inc(zeros, v, arange(n), y) when the alloc's
    length is the picked length (Theano's local_useless_inc_subtensor_alloc)."""
    v = T.dscalar("v")
    n = y.shape[0]
    out = AdvancedIncSubtensor()(T.zeros_like(z), T.alloc(v, n), arange(n), y)
    fg = fgraph([z, y, v], [out])
    modes.canonicalize(fg)
    (node,) = [k for k in fg.toposort() if isinstance(k.op, AdvancedIncSubtensor)]
    assert node.inputs[1].owner is None or not isinstance(node.inputs[1].owner.op, Alloc)
    f = function([z, y, v], out)
    want = np.zeros_like(rows)
    np.add.at(want, (np.arange(5), labels), 0.5)
    np.testing.assert_array_equal(f(rows, labels, 0.5), want)


def test_an_alloc_of_another_length_is_guarded():
    """An alloc whose length is not provably the pick's keeps its check as an Assert."""
    v, m = T.dscalar("v"), T.lscalar("m")
    n = y.shape[0]
    out = AdvancedIncSubtensor()(T.zeros_like(z), T.alloc(v, m), arange(n), y)
    f = function([z, y, v, m], out)
    assert "Assert" in [type(k.op).__name__ for k in f.maker.fgraph.toposort()]
    np.testing.assert_array_equal(f(rows, labels, 0.5, 5), function(
        [z, y, v, m], out, mode=UNOPTIMIZED)(rows, labels, 0.5, 5))


def test_the_nll_is_fused_in_specialize_not_before_canonicalize():
    """Theano registers the cross-entropy fusion in specialize only (recorded: a mode cut
    off after stabilize leaves log(softmax)[arange(n), y] as it is), so canonicalize and
    stabilize see the unfused cost."""
    from rngscope.tensor.nnet import softmax
    w = T.dmatrix("w")
    nll = -T.mean(T.log(softmax(T.dot(z, w)))[arange(y.shape[0]), y])
    stabilized = function([z, w, y], nll, mode=modes.STABILIZE)
    assert CrossentropySoftmaxArgmax1HotWithBias not in _ops(stabilized)
    assert Softmax in _ops(stabilized)
    fused = function([z, w, y], nll)
    assert CrossentropySoftmaxArgmax1HotWithBias in _ops(fused)
    args = (rows, np.eye(3), labels)
    assert np.allclose(stabilized(*args), fused(*args))


def test_labels_whose_rows_are_another_variables_are_fused_through_their_shape():
    """arange(n) where n is the rows of the one-hot the labels are the argmax of: Theano's
    check is shape_of[labels][0] is n (conformance case random_multinomial_policy_gradient)."""
    from rngscope.tensor.nnet import softmax
    onehot = T.dmatrix("onehot")
    labels_of = T.argmax(onehot, axis=1)
    nll = -T.mean(T.log(softmax(z))[arange(labels_of.shape[0]), labels_of])
    f = function([z, onehot], nll)
    assert CrossentropySoftmaxArgmax1HotWithBias in _ops(f)
    picked = np.eye(3)[labels]
    expected = -np.mean(np.log(np.exp(rows) / np.exp(rows).sum(1, keepdims=True))[np.arange(5), labels])
    assert np.isclose(f(rows, picked), expected)
