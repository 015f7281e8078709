"""The observer seam: a fake Observer in place of the recorder hears the sample's story.

These tests prove the protocol of ``rngscope.observe`` from the outside: the events
the engine sends for the built-in sample, in order and with their arguments, and the
rules of installing (nesting, fan-out, ``wants_state_before``).
"""
from __future__ import annotations

import contextlib
import io

import numpy as np

from rngscope import observe
from rngscope.runner import load_script, run_script


class Log(observe.Observer):
    """Every event as a tuple; calls and writes with the script line they came from."""

    def __init__(self, filename, wants_state_before=False):
        self.filename = filename
        self.wants_state_before = wants_state_before
        self.events = []
        self.names = {}

    def name(self, obj):
        return self.names.setdefault(id(obj), f"#{len(self.names)}")

    def line(self, frame):
        while frame is not None and frame.f_code.co_filename != self.filename:
            frame = frame.f_back
        return frame.f_lineno if frame is not None else None

    def on_stream(self, shared, variable, kind):
        self.events.append(("stream", self.name(shared), kind))

    def on_build(self, function):
        self.events.append(("build", self.name(function)))

    def on_call(self, function, args, frame):
        self.events.append(("call", self.name(function), args, self.line(frame)))
        return ("token", self.name(function))

    def before_draw(self, node, state):
        self.events.append(("before", node.op.fn, self.name(node.inputs[0])))

    def on_draw(self, node, state, value):
        self.events.append(("draw", node.op.fn, np.asarray(value).shape))

    def on_return(self, token, outputs):
        self.events.append(("return", token, len(outputs)))

    def on_write(self, shared, before, source, frame):
        self.events.append(("write", self.name(shared), source, self.line(frame),
                            before is not shared.storage[0]))


def run_sample(*observers):
    source = load_script(None)
    with contextlib.ExitStack() as stack, contextlib.redirect_stdout(io.StringIO()):
        for observer in observers:
            stack.enter_context(observe.observing(observer))
        run_script(source, [])
    return source


SAMPLE_EVENTS = [
    ("stream", "#0", "uniform"),  # rv_u.rng
    ("stream", "#1", "normal"),  # rv_n.rng
    ("build", "#2"),  # f
    ("build", "#3"),  # g
    ("build", "#4"),  # nearly_zeros
    ("call", "#4", (), 17), ("draw", "uniform", (2, 2)), ("return", ("token", "#4"), 1),
    ("call", "#2", (), 18), ("draw", "uniform", (2, 2)), ("return", ("token", "#2"), 1),
    ("write", "#0", "set_value", 21, False),  # borrow=True: the very object it held, changed in place
    ("call", "#2", (), 22), ("draw", "uniform", (2, 2)), ("return", ("token", "#2"), 1),
    ("call", "#2", (), 23), ("draw", "uniform", (2, 2)), ("return", ("token", "#2"), 1),
]


def test_a_fake_observer_hears_the_sample_in_order():
    log = Log(load_script(None).filename)
    run_sample(log)
    assert log.events == SAMPLE_EVENTS
    assert observe.current is None


def test_before_draw_only_for_observers_that_want_it():
    quiet = Log(load_script(None).filename)
    eager = Log(load_script(None).filename, wants_state_before=True)
    run_sample(quiet, eager)
    assert quiet.events == SAMPLE_EVENTS  # no "before" events: it did not ask
    befores = [e for e in eager.events if e[0] == "before"]
    assert len(befores) == 4
    draws = [i for i, e in enumerate(eager.events) if e[0] == "draw"]
    assert all(eager.events[i - 1][0] == "before" for i in draws)


def test_nested_observers_each_hear_every_event_and_tokens_stay_their_own():
    outer = Log(load_script(None).filename)
    inner = Log(load_script(None).filename)
    run_sample(outer, inner)
    assert outer.events == inner.events == SAMPLE_EVENTS


def test_an_observer_that_starts_wanting_states_is_heard_after_refresh():
    class Late(observe.Observer):
        def __init__(self):
            self.before = 0

        def on_draw(self, node, state, value):
            if not self.wants_state_before:
                self.wants_state_before = True
                observe.refresh()

        def before_draw(self, node, state):
            self.before += 1

    late, other = Late(), Log(None)
    run_sample(late, other)  # with a second observer: through the fan-out
    assert late.before == 3  # every draw after the first


def test_uninstall_of_an_observer_not_installed_is_harmless():
    observe.uninstall(observe.Observer())
    assert observe.current is None


def test_a_loop_is_told_once_per_call_and_a_gradient_rerun_is_not():
    """``on_loop`` comes before the loop's draws; a gradient running the steps again (and
    back) reports nothing."""
    from rngscope.compat.theano import function, grad, scan, shared
    from rngscope.streams import RandomStreams

    srng = RandomStreams(seed=3)
    w = shared(0.5)
    h, upd = scan(lambda prev: prev * w + srng.normal(()), outputs_info=shared(0.0) * 1,
                  n_steps=4, name="noisy")
    cost = h[-1] ** 2
    train = function([], cost, updates=list(upd.items()) + [(w, w - 0.1 * grad(cost, w))])

    class Seen(observe.Observer):
        events = []

        def on_loop(self, node, steps):
            self.events.append(("loop", node.op.name, steps))

        def on_draw(self, node, state, value):
            self.events.append(("draw",))

    with observe.observing(Seen()) as seen:
        train()
    assert seen.events == [("loop", "noisy", 4)] + [("draw",)] * 4
