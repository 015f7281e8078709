"""``--format jsonl`` written while the script runs: the same lines the finished recording
gives, a ``stream`` line for a stream made after ``start``, and names taken when written."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from rngscope.commands.replay import _events
from rngscope.naming import ResultNames
from rngscope.runner import load_script
from rngscope.trace import contract, findings
from rngscope.trace.replay import Options, replay
from rngscope.trace.stream import LiveLines

REPO = Path(__file__).resolve().parents[2]
REACH = REPO / "tests" / "conformance" / "theano-1.0.5-reach"
PUBLIC = REPO / "tests" / "conformance" / "theano-1.0.5"


def offline(source, **options):
    """The lines from the finished recording (what ``--format json`` holds)."""
    result = replay(source, Options(**options), io.StringIO())
    t = result.timeline
    return [json.dumps(o, ensure_ascii=False) for o in _events(t, findings.findings(t), ())]


def streamed(source, **options):
    """The lines ``--format jsonl`` writes while the script runs."""
    out = io.StringIO()
    lines = LiveLines(out, source.name, ResultNames(source.text))
    result = replay(source, Options(lines=lines, **options), io.StringIO())
    t = result.timeline
    lines.finish(findings.findings(t), (), t.end())
    return out.getvalue().splitlines()


CASES = [
    (None, {}), (None, {"restore_after": (0,)}), (None, {"restore_after": (0, 2)}),
    (None, {"calls": "f,f,nearly_zeros,g,g,f", "restore_after": (1,)}),
    (REACH / "scan_random_walk_without_updates.py", {}),
    (REACH / "scan_random_nsteps_calls.py", {}),
    (REACH / "tutorial_mlp_dropout.py", {}),
    (REACH / "scan_random_bptt_noise.py", {"restore_after": (1,)}),
    (PUBLIC / "tutorial_random_basic.py", {}),
    (PUBLIC / "mrg_uniform.py", {}),
]


def folded(lines):
    """The lines with each ``stream`` line's stream moved into ``start`` (where the finished
    recording lists every stream)."""
    objects = [json.loads(line) for line in lines]
    later = [{k: v for k, v in o.items() if k != "event"} for o in objects
             if o["event"] == "stream"]
    objects[0]["streams"] = objects[0]["streams"] + later
    return [o for o in objects if o["event"] != "stream"]


@pytest.mark.parametrize("path, options", CASES,
                         ids=[f"{p.name if p else 'sample'}-{o}" for p, o in CASES])
def test_streamed_lines_are_the_finished_recordings(path, options):
    source = load_script(None if path is None else str(path))
    lines = streamed(source, **options)
    assert contract.validate_stream([json.loads(line) for line in lines]) == []
    assert folded(lines) == folded(offline(source, **options))


# A stream first seen after the first call (`stream`), a hot loop with a restore in the
# middle (its draws looked up again), a write restoring a state hot calls left, a call site
# that changes while a function is hot, and a seed.
LOOP = """
from theano.tensor.shared_randomstreams import RandomStreams
from theano import function
srng = RandomStreams(seed=5)
u = srng.uniform((2,))
f = function([], u)
start = u.rng.get_value()
for i in range(300):
    f()
mid = u.rng.get_value()
for i in range(40):
    f()
u.rng.set_value(start)
for i in range(20):
    f()
a = f()
b = f()
u.rng.set_value(mid)
for i in range(5):
    f()
n = srng.normal((3,))
g = function([], n)
g()
srng.seed(5)
c = f()
"""


def test_a_long_loop_with_restores_streams_the_same_lines(tmp_path):
    (tmp_path / "loop.py").write_text(LOOP)
    source = load_script(str(tmp_path / "loop.py"))
    lines = streamed(source)
    objects = [json.loads(line) for line in lines]
    assert contract.validate_stream(objects) == []
    assert [p for o in objects for p in contract.extra_or_missing(o)] == []
    (stream,) = [o for o in objects if o["event"] == "stream"]
    assert stream["stream"] == "n.rng"
    assert [o["stream"] for o in objects[0]["streams"]] == ["u.rng"]
    # everything but where n.rng is first listed is what the finished recording says
    assert folded(lines) == folded(offline(source))
    restored = [o for o in objects if o["event"] == "state"][:2]
    assert [r["restores"] for r in restored] == [{"call": 0, "when": "before"},
                                                 {"call": 299, "when": "after"}]


def test_names_are_the_scripts_when_the_line_is_written(tmp_path):
    """A global bound again to another function: the first keeps the name it had."""
    (tmp_path / "rebind.py").write_text(
        "from theano.tensor.shared_randomstreams import RandomStreams\n"
        "from theano import function\n"
        "srng = RandomStreams(seed=5)\n"
        "u = srng.uniform((2,))\n"
        "for name in ('first', 'second'):\n"
        "    f = function([], u, name=name)\n"
        "    f()\n")
    source = load_script(str(tmp_path / "rebind.py"))
    calls = [json.loads(line) for line in streamed(source) if '"event": "call"' in line]
    assert [c["function"] for c in calls] == ["f", "second"]
    # the finished recording names things as the script left them
    assert [json.loads(line)["function"] for line in offline(source)
            if '"event": "call"' in line] == ["first", "f"]


# A hot loop whose calls draw equal values (two outcomes only), and one that starts at a
# state never drawn from and runs into states drawn from before, in the middle of a batch of
# lines (batches hold 1, 2, 4, ... calls): new draws first, then draws looked up.
BATCHES = """
import numpy as np
from theano.tensor.shared_randomstreams import RandomStreams
from theano import function
srng = RandomStreams(seed=5)
coin = function([], srng.random_integers((1,), 0, 1))
for i in range(200):
    coin()
u = srng.uniform((2, 2))
f = function([], u)
y = np.random.RandomState(7)
z = np.random.RandomState(7)
z.random_sample(16)  # 32 words: four calls of f on from y
u.rng.set_value(z)
for i in range(6):
    f()
u.rng.set_value(y)
for i in range(20):
    f()
"""


def test_hot_lines_with_equal_values_and_revisits_in_a_batch(tmp_path):
    (tmp_path / "batches.py").write_text(BATCHES)
    source = load_script(str(tmp_path / "batches.py"))
    lines = streamed(source)
    objects = [json.loads(line) for line in lines]
    assert contract.validate_stream(objects) == []
    calls = [o for o in objects if o["event"] == "call"]
    assert sum(c["outputs"][0]["equals"] is not None for c in calls[:200]) > 150
    assert [c["draws"][0]["repeat_of"] for c in calls[206:216]] == [None] * 4 + list(range(200, 206))
    assert folded(lines) == folded(offline(source))
