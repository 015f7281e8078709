"""The recorder: lazy fingerprints agree with eager ones, draw numbers mean equal draws."""
from __future__ import annotations

import tracemalloc

import numpy as np
from hypothesis import given, settings, strategies as st

from rngscope import observe
from rngscope.runner import load_script
from rngscope.trace.findings import findings
from rngscope.trace.fingerprint import fingerprint
from rngscope.trace.recorder import Recorder
from rngscope.trace.replay import Options, goto, replay

MIXED = """
srng = RandomStreams(seed=7)
rv_u = srng.uniform((2, 2))
rv_n = srng.normal((3,))
f = function([], rv_u)
h = function([], [rv_u, rv_n])
g = function([], rv_n, no_default_updates=True)
saved = rv_u.rng.get_value().get_state()
for i in range(7):
    f()
later = rv_u.rng.get_value().get_state()
h()
g()
rng = rv_u.rng.get_value(borrow=True)
rng.set_state(saved)
rv_u.rng.set_value(rng, borrow=True)
a = f()
srng.seed(7)
b = f()
rng.set_state(later)
rv_u.rng.set_value(rng, borrow=True)
c, d = h()
g()
"""


class EagerFingerprints(observe.Observer):
    """The reference: fingerprints of a call's streams before and after it, read eagerly."""

    def __init__(self):
        self.before, self.after = [], []

    @staticmethod
    def read(fn):
        streams = [s for s in fn.shared_inputs if isinstance(s.storage[0], np.random.RandomState)]
        return [fingerprint(s.storage[0]) for s in streams]

    def on_call(self, fn, args, frame):
        self.before.append(self.read(fn))
        return fn

    def on_return(self, fn, outputs):
        self.after.append(self.read(fn))


def test_lazy_fingerprints_equal_eager_ones(tools):
    eager = EagerFingerprints()
    with observe.observing(eager):  # installed first: it hears of a call's end before any restore
        result = tools.run(tools.script(MIXED), checkpoint_every=3)  # rebuilds cross checkpoints
    calls = [e for e in tools.all_events(result) if hasattr(e, "streams")]
    assert len(calls) == len(eager.before) == 13
    for call, before, after in zip(calls, eager.before, eager.after):
        assert [s.before for s in call.streams] == before, call.call
        assert [s.after for s in call.streams] == after, call.call
        assert [s.advanced for s in call.streams] == [b != a for b, a in zip(before, after)]


def test_writes_are_restores_when_their_state_was_seen_before(tools):
    result = tools.run(tools.script(MIXED))
    writes = [e for e in tools.all_events(result) if not hasattr(e, "streams")]
    described = [(w.source, w.restores and w.restores.describe()) for w in writes]
    assert described == [
        ("set_value", "the state before call 0"),  # saved before the first call
        ("seed", "the state before call 0"),  # rv_u.rng: seeding again gives the start
        ("seed", "the state before call 7"),  # rv_n.rng: h() read it there first
        ("set_value", "the state after call 6"),  # saved mid-run: found by fingerprints
    ]


def test_draw_numbers_name_repeats(tools):
    result = tools.run(tools.script(MIXED))
    calls = {e.call: e for e in tools.all_events(result) if hasattr(e, "streams")}
    assert [d.draw for d in calls[0].draws] == [1]
    assert [(d.draw, d.repeat_of) for d in calls[9].draws] == [(1, 0)]  # a = f() after restore
    assert [(d.draw, d.repeat_of) for d in calls[10].draws] == [(1, 0)]  # b = f() after seed
    assert calls[11].draws[0].repeat_of == 7  # c, d = h() after restoring "later"
    assert calls[12].draws[0].repeat_of == 8  # g() reads rv_n.rng without advancing it


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["f", "g", "nearly_zeros"]), min_size=1, max_size=10),
       st.data())
def test_draws_share_a_number_exactly_when_their_values_are_identical(sequence, data):
    restores = data.draw(st.sets(st.integers(0, len(sequence) - 1), max_size=3))
    spy = []

    class Spy(observe.Observer):
        def on_draw(self, node, state, value):
            spy.append(value.copy())

    with observe.observing(Spy()):
        result = replay(load_script(None), Options(calls=",".join(sequence),
                                                   restore_after=tuple(sorted(restores))))
    recording = result.recording
    values = spy[-len(recording.draw_token):]  # the script's own run drew first
    numbers = list(recording.draw_number)
    assert len(values) == len(numbers)
    for i in range(len(values)):
        for j in range(i):
            same_values = np.array_equal(values[i], values[j]) and values[i].shape == values[j].shape
            assert (numbers[i] == numbers[j]) == same_values, (sequence, restores, i, j)


def test_goto_rebuilds_states_and_draws_from_checkpoints(tools):
    source = tools.script("""
        srng = RandomStreams(seed=3)
        rv = srng.uniform((3,))
        f = function([], rv)
        values = [f() for i in range(40)]
    """)
    with tools.DrawSpy() as spy:
        result = tools.run(source, checkpoint_every=7)
    for n in (0, 6, 7, 23, 39):
        visit = goto(result, n)
        assert np.array_equal(visit.draws[0].values, spy.values[n])
        assert visit.draws[0].reproduced
        assert visit.streams[0].replayed < 7  # never more than a checkpoint's distance
        assert visit.streams[0].state == visit.call.streams[0].before


def test_long_runs_keep_no_full_state_per_call(tools):
    source = tools.script("""
        srng = RandomStreams(seed=3)
        rv = srng.uniform((2, 2))
        f = function([], rv)
        for i in range(20000):
            f()
    """)
    tracemalloc.start()
    result = tools.run(source)
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    states = result.recording.states
    assert len(states.full) <= 20000 // states.checkpoint_every + 2  # start + checkpoints
    assert size / 20000 < 600  # bytes kept per call, everything included


def test_recording_costs_nothing_when_off(tools):
    source = tools.script("""
        srng = RandomStreams(seed=3)
        f = function([], srng.uniform((2,)))
        f()
    """)
    tools.run(source)
    assert observe.current is None  # the engine's plain path: nothing observes


def test_a_restore_with_no_draw_after_it_is_found_by_fingerprints(tools):
    result = tools.run(tools.script("""
        srng = RandomStreams(seed=3)
        rv = srng.uniform((2,))
        f = function([], rv)
        f()
        f()
        mid = rv.rng.get_value()
        f()
        rv.rng.set_value(mid)
    """))
    write = result.timeline.state(0)
    assert write.restores.describe() == "the state after call 1"


BULK = """
import numpy as np
import theano.tensor as T
srng = RandomStreams(seed=11)
rv_u = srng.uniform((2, 2))
rv_n = srng.normal((3,))
f = function([], rv_u)
g = function([], rv_n, no_default_updates=True)
n = function([], rv_n)
x = T.dvector('x')
h = function([x], x + srng.uniform((2,)))
start = rv_u.rng.get_value()
for i in range(30):
    f()
mid = rv_u.rng.get_value()
for i in range(12):
    f()
    n()
    g()
rv_u.rng.set_value(start)
for i in range(25):
    f()
try:
    h(np.zeros(3))  # draws, then fails: its draw is forgotten, its stream has moved
except ValueError:
    pass
h(np.zeros(2))
rv_u.rng.set_value(mid)
a = f()
srng.seed(11)
b = f()
c = f()
"""


def test_hot_calls_are_recorded_as_they_are_one_by_one(tools, monkeypatch):
    """Calls recorded in bulk (quiet, followed afterwards) give the same timeline as calls
    recorded one by one (an observer hearing draws keeps the recorder off the bulk path)."""
    quiet = []
    original = Recorder.on_quiet_call
    monkeypatch.setattr(Recorder, "on_quiet_call",
                        lambda self, *a: (quiet.append(1), original(self, *a)))
    source = tools.script(BULK)
    hot = tools.run(source, checkpoint_every=7)
    assert len(quiet) > 50  # most calls of f were quiet

    class Hearing(observe.Observer):
        def on_draw(self, node, state, value):
            pass

    before = len(quiet)
    with observe.observing(Hearing()):
        cold = tools.run(source, checkpoint_every=7)
    assert len(quiet) == before  # no quiet call while something else hears draws
    assert tools.all_events(hot) == tools.all_events(cold)
    assert [f.message for f in findings(hot.timeline)] == [f.message for f in findings(cold.timeline)]
    assert hot.recording.n_draws == cold.recording.n_draws
    for n in (0, 10, 29, 40, 70, hot.recording.n_calls - 1):
        visit, other = goto(hot, n), goto(cold, n)  # (their checkpoints are elsewhere)
        assert [(s.state, s.detail) for s in visit.streams] == [
            (s.state, s.detail) for s in other.streams]
        assert all(s.replayed < 7 for s in visit.streams)
        assert all(d.reproduced for d in visit.draws)
