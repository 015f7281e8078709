"""``pickle`` of a compiled function (Theano 1.0.5): the unpickled function reads its own copies
of the shared variables and random states, as they were when pickled, with the same graph."""
from __future__ import annotations

import pickle

import numpy as np
import pytest

from rngscope.compat import theano
from rngscope.compat.theano import tensor as T
from rngscope.streams import RandomStreams

X = np.ones((2, 3))


def _train():
    srng = RandomStreams(seed=7)
    x = T.matrix("x")
    W = theano.shared(np.arange(6.0).reshape(3, 2) / 10, name="W")
    mask = srng.binomial(size=x.shape, p=0.8, dtype="float64")
    cost = T.sum(T.dot(x * mask, W) ** 2)
    train = theano.function([x], cost, updates=[(W, W - 0.1 * T.grad(cost, W))], name="train")
    return train, W


def test_an_unpickled_function_trains_its_own_weights_from_the_pickled_state():
    train, W = _train()
    train(X)
    loaded = pickle.loads(pickle.dumps(train))
    before = W.get_value()
    expected = [float(train(X)), float(train(X))]
    after = W.get_value()
    W.set_value(before)
    assert [float(loaded(X)), float(loaded(X))] == expected  # the same draws, the same steps
    assert np.array_equal(W.get_value(), before)  # the loaded function's W is its own
    W.set_value(after)
    assert loaded.name == "train" and not loaded.copied


def test_an_unpickled_function_has_the_compiled_graph_of_the_original():
    train, _W = _train()
    loaded = pickle.loads(pickle.dumps(train))
    assert theano.printing.debugprint(loaded, file="str") == theano.printing.debugprint(
        train, file="str")


def test_functions_pickled_together_share_one_copy_of_their_weight():
    V = theano.shared(np.ones(2), name="V")
    inc = theano.function([], V, updates=[(V, V + 1)])
    read = theano.function([], V * 10)
    inc2, read2 = pickle.loads(pickle.dumps((inc, read)))
    inc2()
    inc2()
    assert read2().tolist() == [30.0, 30.0] and read().tolist() == [10.0, 10.0]


def test_a_scan_with_a_draw_in_its_step_pickles_and_walks_on_from_the_same_state():
    srng = RandomStreams(seed=3)
    steps, upd = theano.scan(lambda prev: prev + srng.normal(size=(2,)),
                             outputs_info=T.zeros(2), n_steps=3)
    walk = theano.function([], steps[-1], updates=upd)
    walk()
    loaded = pickle.loads(pickle.dumps(walk))
    assert loaded().tolist() == walk().tolist()
    assert loaded().tolist() == walk().tolist()


def test_a_copy_is_not_pickled_and_says_so():
    train, _W = _train()
    with pytest.raises(NotImplementedError, match="pickling a copy made by Function.copy"):
        pickle.dumps(train.copy())
