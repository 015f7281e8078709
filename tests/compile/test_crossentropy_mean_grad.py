"""The tutorial logistic regression, -mean(log(softmax(x W + b))[arange(n), y]): its gradient's
CrossentropySoftmax1HotWithBiasDx reads the mean's one value, inv(n) as a length-1 vector,
not an Alloc of it to n rows -- Theano drops the fill under the gradient's negation before
specialize meets it."""
from __future__ import annotations

import numpy as np

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.shared import shared
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad
from rngscope.tensor.nnet import CrossentropySoftmax1HotWithBiasDx, arange, softmax
from rngscope.tensor.alloc import Alloc

x = T.dmatrix("x")
y = T.lvector("y")
rs = np.random.RandomState(0)
W = shared(rs.randn(3, 3) * 0.5, name="W")
b = shared(np.zeros(3), name="b")
data = rs.uniform(0, 1, (5, 3))
labels = np.array([0, 2, 1, 2, 0])


def _gradients(cost):
    return grad(cost, [W, b])


def test_the_mean_nll_gradient_gives_dx_its_one_value():
    p = softmax(T.dot(x, W) + b)
    cost = T.mean(-T.log(p)[arange(y.shape[0]), y])
    f = function([x, y], _gradients(cost))
    fg = f.maker.fgraph
    (dx,) = [n for n in fg.toposort() if isinstance(n.op, CrossentropySoftmax1HotWithBiasDx)]
    dy = dx.inputs[0]
    assert dy.broadcastable == (True,)
    assert not any(isinstance(n.op, Alloc) for n in fg.toposort())
    assert "inv(" in str(dy.owner.op), str(dy.owner.op)  # Composite{inv(Cast{float64}(i0))}
    slow = function([x, y], _gradients(cost), mode=UNOPTIMIZED)
    for got, want in zip(f(data, labels), slow(data, labels)):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-15)


def test_a_sum_keeps_its_plain_gradient():
    p = softmax(T.dot(x, W) + b)
    cost = T.sum(-T.log(p)[arange(y.shape[0]), y])
    f = function([x, y], _gradients(cost))
    slow = function([x, y], _gradients(cost), mode=UNOPTIMIZED)
    for got, want in zip(f(data, labels), slow(data, labels)):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-15)


def test_a_log_taken_after_the_pick_is_the_fused_crossentropy():
    """-log(softmax(x W + b)[arange(n), y]): the log after the pick is fused too (the second
    form of Theano's local_advanced_indexing_crossentropy_onehot), and its gradient
    inc(zeros, -g / sm[arange(n), y], arange(n), y) becomes Dx(fill(x[:, 0], g), sm, y),
    whose alloc then goes: dy is the mean's inv(n)."""
    p = softmax(T.dot(x, W) + b)
    cost = T.mean(-T.log(p[arange(y.shape[0]), y]))
    f = function([x, y], [cost] + _gradients(cost))
    names = [type(n.op).__name__ for n in f.maker.fgraph.toposort()]
    assert "CrossentropySoftmaxArgmax1HotWithBias" in names and "SoftmaxGrad" not in names
    assert "AdvancedSubtensor" not in names and "Alloc" not in names, names
    slow = function([x, y], [cost] + _gradients(cost), mode=UNOPTIMIZED)
    for got, want in zip(f(data, labels), slow(data, labels)):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-15)


def test_rows_counted_from_another_tensor_are_not_fused():
    """log(softmax(x W))[arange(n), y] is fused only when n is y's length as the graph
    computes it (Theano's _check_rows_is_arange_len_labels): arange(idx.shape[0]),
    arange(x.shape[0]) or arange(5) keep the plain LogSoftmax pick and its SoftmaxGrad,
    even though the lengths agree when the function runs."""
    idx = T.lvector("idx")
    p = softmax(T.dot(x, W))
    for rows in (arange(idx.shape[0]), arange(x.shape[0]), arange(5)):
        cost = T.mean(-T.log(p)[rows, y])
        f = function([x, y, idx], [cost, grad(cost, W)], on_unused_input="ignore")
        names = [type(n.op).__name__ for n in f.maker.fgraph.toposort()]
        assert not any(n.startswith("Crossentropy") for n in names), names
        assert "SoftmaxGrad" in names and "LogSoftmax" in names, names
        slow = function([x, y, idx], [cost, grad(cost, W)], mode=UNOPTIMIZED,
                        on_unused_input="ignore")
        for got, want in zip(f(data, labels, labels), slow(data, labels, labels)):
            np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-15)
    cost = T.mean(-T.log(p)[arange(y.shape[0]), y])
    names = [type(n.op).__name__ for n in function([x, y], cost).maker.fgraph.toposort()]
    assert "CrossentropySoftmaxArgmax1HotWithBias" in names, names
