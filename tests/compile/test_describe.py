"""The engine's loops as ``backends.describe`` tells them: carried states, inner draws, updates."""
from __future__ import annotations

from rngscope import backends
from rngscope.compat.theano import function, scan
from rngscope.streams import RandomStreams


def _walk():
    srng = RandomStreams(seed=234)
    steps, upd = scan(lambda: srng.normal((2,)), n_steps=3, name="walk")
    return srng.state_updates[0][0], steps, upd


def test_a_plain_function_has_no_loop_and_its_draw_is_read():
    srng = RandomStreams(seed=3)
    d = backends.describe(function([], srng.uniform((2, 2))))
    (r,) = d.random
    assert d.loops == () and r.values_read and r.carry is None
    assert d.updates[0].carry is None and d.updates[0].node == 0


def test_without_the_loops_updates_the_stream_is_updated_by_a_draw_outside_the_loop():
    rng, steps, _upd = _walk()
    d = backends.describe(function([], steps))
    (loop,) = d.loops
    assert (loop.name, loop.steps) == ("walk", "3")
    (carry,) = loop.carries
    assert carry.stream is rng and carry.source is None
    (inner,) = loop.random
    assert inner.carry is carry and carry.feeder is inner.node and inner.values_read
    (outside,) = d.random  # the stream's default update: drawn only to advance the stream
    assert outside.stream is rng and not outside.values_read
    (update,) = d.updates
    assert update.node == outside.position and update.carry is None and update.default


def test_with_the_loops_updates_the_stream_is_updated_by_the_carried_state():
    _rng, steps, upd = _walk()
    d = backends.describe(function([], steps, updates=upd))
    (loop,) = d.loops
    (update,) = d.updates
    assert update.carry is loop.carries[0] and update.node is None and not update.default
    assert d.random == ()


def test_a_symbolic_n_steps_is_named_and_a_sequence_gives_its_length():
    import rngscope.compat.theano.tensor as T

    srng = RandomStreams(seed=1)
    n = T.lscalar("n")
    steps, _ = scan(lambda: srng.normal((2,)), n_steps=n)
    assert backends.describe(function([n], steps)).loops[0].steps == "n"
    x = T.dvector("x")
    out, _ = scan(lambda x_t: x_t * srng.uniform(()), sequences=x)
    assert backends.describe(function([x], out)).loops[0].steps == "len(x)"


def test_a_copy_without_updates_overwrites_its_stream_in_place():
    srng = RandomStreams(seed=3)
    f = function([], srng.uniform((2, 2)))
    d = backends.describe(f.copy(delete_updates=True))
    (update,) = d.updates
    (r,) = d.random
    assert update.in_place and not update.default and update.node == r.position
    assert update.shared is r.stream and r.keeps_state
    assert not backends.describe(f).updates[0].in_place
