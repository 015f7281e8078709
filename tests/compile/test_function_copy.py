"""``Function.copy``: what a copy of a training function computes and updates (Theano 1.0.5)."""
from __future__ import annotations

import numpy as np

from rngscope.compat import theano
from rngscope.compat.theano import tensor as T
from rngscope.streams import RandomStreams


def _train():
    """SGD on a shared weight (an in-place Gemm update) with a dropout mask on the input."""
    srng = RandomStreams(seed=7)
    x = T.matrix("x")
    W = theano.shared(np.arange(6.0).reshape(3, 2) / 10, name="W")
    mask = srng.binomial(size=x.shape, p=0.8, dtype="float64")
    cost = T.sum(T.dot(x * mask, W) ** 2)
    train = theano.function([x], cost, updates=[(W, W - 0.1 * T.grad(cost, W))], name="train")
    return train, W, mask.owner.inputs[0]


X = np.ones((2, 3))


def test_a_copy_without_updates_writes_no_weight_though_the_update_was_in_place():
    train, W, _rng = _train()
    assert "Gemm{inplace}" in [str(n.op) for n in train.maker.fgraph.toposort()]
    before = W.get_value()
    evaluate = train.copy(delete_updates=True)
    evaluate(X)
    evaluate(X)
    assert np.array_equal(W.get_value(), before)
    assert len(evaluate.maker.fgraph.outputs) == 1 and len(train.maker.fgraph.outputs) == 3
    assert evaluate.name == "train copy"


def test_a_copy_without_updates_still_advances_its_stream_in_place():
    train, _W, rng = _train()
    evaluate = train.copy(delete_updates=True)
    positions = [rng.get_value().get_state()[2]]
    first = evaluate(X)
    positions.append(rng.get_value().get_state()[2])
    second = evaluate(X)
    positions.append(rng.get_value().get_state()[2])
    assert positions[0] == 624 and positions[2] - positions[1] == positions[1] > 0
    assert first != second


def test_a_copy_without_updates_gives_the_cost_the_original_gives_from_the_same_state():
    """Differential: the copy's cost is the training function's from the same weights and
    stream state (the training call then moves the weights, the copy's does not)."""
    train, W, rng = _train()
    evaluate = train.copy(delete_updates=True)
    state = rng.get_value()
    expected = train(X)
    rng.set_value(state)
    W.set_value(np.arange(6.0).reshape(3, 2) / 10)
    assert evaluate(X) == [expected]
