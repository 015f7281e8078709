"""The PyTensor adapter: a fake Observer hears the real PyTensor run the sample, in order.

As tests/test_observe.py does for rngscope's engine: the exact events for the PyTensor
sharing-streams sample (streams, builds, calls with their script lines, draws with the states
they left, the set_value), then seed(), copy(), scan and that the patches never outlive a run.
"""
from __future__ import annotations

import contextlib
import importlib.resources
import io
import textwrap

import numpy as np
import pytest

from rngscope import observe
from rngscope.backends.pytensor.adapter import random_nodes
from rngscope.runner import ScriptError, ScriptSource, load_script, run_script

pytensor = pytest.importorskip("pytensor", reason="pytensor is not importable; pip install 'rngscope[pytensor]'")

SAMPLE = str(importlib.resources.files("rngscope.samples") / "sharing_streams_pytensor.py")


class Log(observe.Observer):
    """Every event as a tuple; objects as #n, Generator states as S<n> (equal states, equal names)."""

    def __init__(self, filename, wants_state_before=False):
        self.filename = filename
        self.wants_state_before = wants_state_before
        self.events, self.names, self.states = [], {}, {}

    def name(self, obj):
        return self.names.setdefault(id(obj), f"#{len(self.names)}")

    def state(self, generator):
        s = generator.bit_generator.state
        key = repr(sorted(s.items()))
        return self.states.setdefault(key, f"S{len(self.states)}")

    def line(self, frame):
        while frame is not None and frame.f_code.co_filename != self.filename:
            frame = frame.f_back
        return frame.f_lineno if frame is not None else None

    def on_stream(self, shared, variable, kind):
        assert variable.owner.inputs[0] is shared or shared in variable.owner.inputs
        self.events.append(("stream", self.name(shared), kind, self.state(shared.get_value(borrow=True))))

    def on_build(self, function):
        self.events.append(("build", self.name(function)))

    def on_call(self, function, args, frame):
        self.events.append(("call", self.name(function), args, self.line(frame)))
        # a node's inputs may be clones (Function.copy): the adapter says which stream it draws from
        self.stream_of = {node: shared for node, shared, _, _ in random_nodes(function)}
        return ("token", self.name(function))

    def before_draw(self, node, state):
        self.events.append(("before", self.state(state)))

    def on_draw(self, node, state, value):
        stream = self.stream_of.get(node)  # None: a loop's inner draw (no stream of its own)
        self.events.append(("draw", None if stream is None else self.name(stream),
                            None if state is None else self.state(state),
                            None if value is None else np.shape(value)))

    def on_loop(self, node, steps):
        self.events.append(("loop", steps))

    def on_return(self, token, outputs):
        self.events.append(("return", token, len(outputs)))

    def on_write(self, shared, before, source, frame):
        self.events.append(("write", self.name(shared), source, self.line(frame),
                            self.state(before), self.state(shared.get_value(borrow=True))))


def run(source, *observers):
    with contextlib.ExitStack() as stack, contextlib.redirect_stdout(io.StringIO()) as out:
        for observer in observers:
            stack.enter_context(observe.observing(observer))
        module = run_script(source, [])
    return module, out.getvalue()


def script(text, name="pt_case.py"):
    text = textwrap.dedent(text)
    return ScriptSource(name, name, text, None)


SAMPLE_EVENTS = [
    ("stream", "#0", "uniform", "S0"),  # rv_u's generator
    ("stream", "#1", "normal", "S1"),  # rv_n's generator
    ("build", "#2"),  # f
    ("build", "#3"),  # g
    ("build", "#4"),  # nearly_zeros
    ("call", "#4", (), 20), ("draw", "#0", "S2", None), ("return", ("token", "#4"), 1),  # value not kept
    ("call", "#2", (), 21), ("draw", "#0", "S3", (2, 2)), ("return", ("token", "#2"), 1),
    ("write", "#0", "set_value", 24, "S0", "S0"),  # borrow=True: the same Generator, set back to S0
    ("call", "#2", (), 25), ("draw", "#0", "S2", (2, 2)), ("return", ("token", "#2"), 1),  # v2: nearly_zeros' draw
    ("call", "#2", (), 26), ("draw", "#0", "S3", (2, 2)), ("return", ("token", "#2"), 1),  # v3 == v1
]


def test_a_fake_observer_hears_the_pytensor_sample_in_order():
    log = Log(SAMPLE)
    module, out = run(load_script(SAMPLE), log)
    assert log.events == SAMPLE_EVENTS
    assert "v1 == v3: True" in out
    names = {v: k for k, v in log.names.items()}
    assert names["#2"] == id(module.f) and names["#4"] == id(module.nearly_zeros)
    assert names["#0"] == id(module.rng_u)
    assert observe.current is None


def test_before_draw_gives_the_state_each_call_starts_from():
    log = Log(SAMPLE, wants_state_before=True)
    run(load_script(SAMPLE), log)
    pairs = [(a[1], b[2]) for a, b in zip(log.events, log.events[1:]) if a[0] == "before"]
    assert pairs == [("S0", "S2"), ("S2", "S3"), ("S0", "S2"), ("S2", "S3")]
    assert [e for e in log.events if e[0] != "before"] == SAMPLE_EVENTS


def test_a_function_without_updates_leaves_its_stream_where_it_was():
    log = Log("pt_case.py")
    run(script("""\
        import pytensor
        from pytensor.tensor.random.utils import RandomStream
        srng = RandomStream(seed=1)
        x = srng.normal(0, 1, size=(3,))
        g = pytensor.function([], x, no_default_updates=True)
        g(); g()
    """), log)
    assert log.events == [
        ("stream", "#0", "normal", "S0"), ("build", "#1"),
        ("call", "#1", (), 6), ("draw", "#0", "S0", (3,)), ("return", ("token", "#1"), 1),
        ("call", "#1", (), 6), ("draw", "#0", "S0", (3,)), ("return", ("token", "#1"), 1),
    ]


def test_seed_is_one_write_per_stream_from_the_seed_line_and_copy_is_a_build():
    log = Log("pt_case.py")
    module, _ = run(script("""\
        import pytensor
        from pytensor.tensor.random.utils import RandomStream
        srng = RandomStream(seed=5)
        a = srng.uniform(size=(2,))
        b = srng.integers(0, 10, size=(2,))
        f = pytensor.function([], [a, b])
        f()
        srng.seed(5)
        f2 = f.copy()
        f2()
    """), log)
    assert log.events == [
        ("stream", "#0", "uniform", "S0"), ("stream", "#1", "integers", "S1"), ("build", "#2"),
        # draws in the compiled graph's order, each with the state it left its stream in
        ("call", "#2", (), 7), ("draw", "#1", "S2", (2,)), ("draw", "#0", "S3", (2,)),
        ("return", ("token", "#2"), 2),
        ("write", "#0", "seed", 8, "S3", "S0"), ("write", "#1", "seed", 8, "S2", "S1"),
        ("build", "#3"),  # the copy draws from the same shared Generators: the same draws again
        ("call", "#3", (), 10), ("draw", "#1", "S2", (2,)), ("draw", "#0", "S3", (2,)),
        ("return", ("token", "#3"), 2),
    ]
    assert log.names[id(module.f2)] == "#3"


def test_a_scan_is_heard_as_a_loop_with_its_steps_draws_and_arguments_are_passed():
    """A compiled loop keeps neither its steps' values nor their states: each inner draw is
    heard without them, after ``on_loop``; the recorder replays them."""
    log = Log("pt_case.py")
    run(script("""\
        import pytensor
        import pytensor.tensor as pt
        from pytensor.tensor.random.utils import RandomStream
        srng = RandomStream(seed=42)
        k = pt.scalar("k")
        walk, updates = pytensor.scan(lambda acc: acc + k * srng.normal(0, 1),
                                      outputs_info=[pt.constant(0.0, dtype="float64")], n_steps=3)
        f = pytensor.function([k], walk, updates=updates)
        without = pytensor.function([k], walk)
        f(1.0); without(2.0); without(k=2.0)
    """), log)
    calls = [e for e in log.events if e[0] in ("call", "draw", "loop")]
    steps = [("loop", 3)] + [("draw", None, None, None)] * 3
    assert calls == [("call", "#1", (1.0,), 10), *steps,
                     ("call", "#2", (2.0,), 10), *steps,
                     ("call", "#2", ({"k": 2.0},), 10), *steps]


def test_nothing_observing_and_outside_a_run_pytensor_is_untouched():
    from pytensor.compile import Function
    from pytensor.tensor.random.utils import RandomStream

    before = (pytensor.function, Function.__call__, Function.copy, RandomStream.gen, RandomStream.seed,
              type(pytensor.shared(np.random.default_rng(0))).__dict__.get("set_value"))
    _, out = run(load_script(SAMPLE))  # no observer: runs as under python
    assert "v1 == v3: True" in out
    with pytest.raises(ScriptError):
        run(script("import pytensor\nraise RuntimeError('stop')\n"), Log(None))
    after = (pytensor.function, Function.__call__, Function.copy, RandomStream.gen, RandomStream.seed,
             type(pytensor.shared(np.random.default_rng(0))).__dict__.get("set_value"))
    assert after == before


def test_functions_built_before_the_run_are_not_reported():
    import pytensor.tensor as pt

    outside = pytensor.function([], pt.constant(1.0) * 2, mode="FAST_COMPILE")
    log = Log(None)
    with observe.observing(log):
        from rngscope.backends.pytensor.adapter import observed_pytensor

        with observed_pytensor():
            outside()
    assert log.events == []
