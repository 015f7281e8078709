"""A function that only reads a stream repeats its draw, and sees every change to the stream.

The compiled function reuses the previous draw of a read-only stream while the
stream's change count is unchanged; these tests change the stream every way a
script can and check the draw always equals a fresh copy's draw.
"""
from __future__ import annotations

import copy

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.random.state import RandomState
from rngscope.streams import RandomStreams


def expected(state, size=(2, 2)):
    return copy.deepcopy(state).normal(0.0, 1.0, size)


@pytest.fixture
def setup():
    srng = RandomStreams(234)
    rv_n = srng.normal((2, 2))
    g = function([], rv_n, no_default_updates=True)
    return srng, rv_n, g


def test_repeats_the_same_draw_and_leaves_the_stream_alone(setup):
    _srng, rv_n, g = setup
    before = rv_n.rng.get_value().get_state()[1].tolist()
    first, second = g(), g()
    np.testing.assert_array_equal(first, second)
    assert rv_n.rng.get_value().get_state()[1].tolist() == before
    first[0, 0] = 99.0  # the caller owns what it got back
    assert g()[0, 0] != 99.0


@pytest.mark.parametrize("change", [
    lambda r: r.normal(),  # one draw: flips the cached-gaussian flag, may not move the key
    lambda r: r.uniform(size=5),
    lambda r: r.seed(5),
    lambda r: r.set_state(np.random.RandomState(7).get_state()),
])
def test_sees_changes_made_through_a_borrowed_state(setup, change):
    _srng, rv_n, g = setup
    g()
    state = rv_n.rng.get_value(borrow=True)
    change(state)
    np.testing.assert_array_equal(g(), expected(state))


def test_sees_set_value_seed_and_setitem(setup):
    srng, rv_n, g = setup
    g()
    rv_n.rng.set_value(np.random.RandomState(3))
    np.testing.assert_array_equal(g(), np.random.RandomState(3).normal(0.0, 1.0, (2, 2)))
    plain = np.random.RandomState(4)
    rv_n.rng.set_value(plain, borrow=True)  # an untracked state: copied every call
    np.testing.assert_array_equal(g(), expected(plain))
    plain.normal()
    np.testing.assert_array_equal(g(), expected(plain))
    srng.seed(11)
    np.testing.assert_array_equal(g(), expected(rv_n.rng.get_value()))
    srng[rv_n.rng] = np.random.RandomState(12)
    np.testing.assert_array_equal(g(), np.random.RandomState(12).normal(0.0, 1.0, (2, 2)))


def test_another_function_advancing_the_stream_is_seen(setup):
    _srng, rv_n, g = setup
    advance = function([], rv_n)
    g()
    advance()
    np.testing.assert_array_equal(g(), expected(rv_n.rng.get_value()))


def test_tracked_state_is_a_random_state_that_counts():
    r = RandomState(3)
    assert isinstance(r, np.random.RandomState) and type(r).__name__ == "RandomState"
    assert r.version == 0
    r.get_state()
    assert r.version == 0
    r.uniform()
    r.seed(1)
    assert r.version == 2
    assert np.random.RandomState(3).uniform() == RandomState(3).uniform()
