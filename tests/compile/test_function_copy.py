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


def _bptt():
    """A 3-step tanh recurrence and its gradient: Theano's compiled graph squares the last
    state in place (Elemwise{Sqr}[(0, 0)] on a view of the loop's buffer), ordered after the
    gradient loop reads that buffer."""
    x0 = T.vector("x0")
    W = theano.shared(np.eye(2) * 0.5, name="W")
    hs, _ = theano.scan(lambda h: T.tanh(T.dot(h, W)), outputs_info=x0, n_steps=3)
    cost = T.sum(hs[-1] ** 2)
    return theano.function([x0], [cost, T.grad(cost, W)])


def test_a_copy_runs_without_the_in_place_orderings_as_theano_copies_do():
    """Recorded with Theano 1.0.5: a copy's graph has no DestroyHandler, so the in-place
    square overwrites the buffer before the gradient loop reads it; the original is right."""
    f = _bptt()
    g = f.copy()
    assert f(np.ones(2))[1][0, 0] == 0.14119327437195375
    assert g(np.ones(2))[1][0, 0] == 0.016163143731097875
    assert f(np.ones(2))[1][0, 0] == 0.14119327437195375
    assert g(np.ones(2))[0] == f(np.ones(2))[0]


def test_a_copy_without_in_place_hazards_computes_what_the_original_does():
    train, W, rng = _train()
    copy = train.copy()
    state, weights = rng.get_value(), W.get_value()
    expected = train(X)
    rng.set_value(state)
    W.set_value(weights)
    assert copy(X) == [expected]


def test_a_copy_owns_its_nodes_and_shares_the_ops_inputs_and_constants():
    f = _bptt()
    g = f.copy()
    mine, theirs = g.maker.fgraph.toposort(), f.maker.fgraph.toposort()
    assert not {id(n) for n in mine} & {id(n) for n in theirs}
    assert [n.op for n in mine] == [n.op for n in theirs]
    assert g.maker.fgraph.inputs == f.maker.fgraph.inputs


def test_copy_copy_is_a_copy_returning_a_list():
    import copy

    train, W, _rng = _train()
    shallow = copy.copy(train)
    out = shallow(X)
    assert isinstance(out, list) and len(out) == 1  # as f.copy() in Theano 1.0.5
    assert not np.allclose(W.get_value(), np.arange(6.0).reshape(3, 2) / 10)  # W is shared


def test_a_deep_copy_trains_its_own_weights_and_stream():
    """Theano 1.0.5 deep-copies a function through its pickling: the copy's calls leave the
    original's weights and random state alone, and both start from the same state."""
    import copy

    train, W, rng = _train()
    deep = copy.deepcopy(train)
    before, state = W.get_value(), rng.get_value().get_state()[1].copy()
    first = deep(X)
    assert np.array_equal(W.get_value(), before)
    assert np.array_equal(rng.get_value().get_state()[1], state)
    assert float(first) == float(train(X))  # the same mask, the same starting weight
    assert not np.array_equal(W.get_value(), before)
