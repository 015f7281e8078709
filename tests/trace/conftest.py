"""Fixtures for the trace tests: scripts in temporary files, replays, a draw spy, goldens.

Tests get them through the ``tools`` fixture (``tools.script(body)``, ...).
"""
from __future__ import annotations

import textwrap
from types import SimpleNamespace

import pytest
from golden import assert_golden as check_golden

from rngscope import observe
from rngscope.runner import load_script
from rngscope.trace.findings import findings
from rngscope.trace.replay import Options, replay

HEADER = """\
from theano.tensor.shared_randomstreams import RandomStreams
from theano import function
"""


def _script(tmp_path, body, name="script.py"):
    """A ScriptSource for ``body`` (dedented, after the RandomStreams/function imports)."""
    path = tmp_path / name
    path.write_text(HEADER + textwrap.dedent(body))
    return load_script(str(path))


def run(source, **options):
    return replay(source, Options(**options))


def all_events(result, fingerprints=True):
    t = result.timeline
    return [t.event(kind, i, fingerprints) for kind, i in t.entries()]


def jsonl(result, expectations=()):
    """Every JSONL object of a replay, as the command writes them."""
    t = result.timeline
    objects = [t.start().to_json()] + [e.to_json() for e in all_events(result)]
    objects += [f.to_json() for f in findings(t)] + [e.to_json() for e in expectations]
    return objects + [t.end().to_json()]


class DrawSpy(observe.Observer):
    """Copies of every draw's values, in order, seen as an observer of the engine."""

    def __init__(self):
        self.values = []

    def on_draw(self, node, state, value):
        self.values.append(value.copy())

    def __enter__(self):
        observe.install(self)
        return self

    def __exit__(self, *exc):
        observe.uninstall(self)


def assert_golden(path, text):
    """Compare with a golden file; on a difference, print what was found so it can be pasted."""
    check_golden(text, path)


@pytest.fixture
def tools(tmp_path):
    """The helpers above, with ``script`` writing into this test's temporary directory."""
    return SimpleNamespace(
        script=lambda body, name="script.py": _script(tmp_path, body, name),
        run=run, all_events=all_events, jsonl=jsonl, DrawSpy=DrawSpy, assert_golden=assert_golden)
