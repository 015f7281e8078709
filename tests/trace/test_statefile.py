"""State files: round trips that reproduce the same draws; bad files rejected, nothing changed."""
from __future__ import annotations

import json
import os

import numpy as np
import pytest

from rngscope.runner import load_script
from rngscope.trace import statefile
from rngscope.trace.replay import Options, ReplayError, replay


def save(tmp_path, at=None, options=None):
    options = options or {}
    result = replay(load_script(None), Options(save=True, save_at=at, **options))
    path = tmp_path / "state.json"
    statefile.write(str(path), statefile.document(result.saved, "sample", {"call": at}))
    return result, path


def test_round_trip_reproduces_the_same_draws(tools, tmp_path):
    with tools.DrawSpy() as first:
        original, path = save(tmp_path, at=2, options={"calls": "f,nearly_zeros,f,f,g"})
    doc = statefile.read(str(path))
    assert [s.stream for s in doc.streams] == ["rv_u.rng", "rv_n.rng"]
    with tools.DrawSpy() as second:
        loaded = replay(load_script(None), Options(calls="f,f,g", load_state=doc))
    tail = first.values[-3:]  # the draws of calls 2-4 of the first replay
    again = second.values[-3:]
    assert all(np.array_equal(a, b) for a, b in zip(tail, again))
    first_call = loaded.timeline.call(0)
    before_call_2 = original.timeline.call(2)
    assert first_call.streams[0].before == before_call_2.streams[0].before
    write = loaded.timeline.state(0)
    assert write.source == "load-state" and write.line is None


def test_round_trip_of_a_scripts_end_state(tmp_path):
    result, path = save(tmp_path)
    fps = {s.stream: s.state for s in result.timeline.start().streams}
    doc = statefile.read(str(path))
    again = replay(load_script(None), Options(load_state=doc))
    loaded = [again.timeline.state(i) for i in range(2)]
    assert [(w.stream, w.source) for w in loaded] == [("rv_u.rng", "load-state"),
                                                       ("rv_n.rng", "load-state")]
    assert loaded[0].before == fps["rv_u.rng"]


def test_write_is_atomic_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    _, path = save(tmp_path)
    before = path.read_text()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(statefile.StateFileError, match="No space left"):
        statefile.write(str(path), {"schema": statefile.SCHEMA, "script": None, "at": None,
                                    "streams": []})
    assert path.read_text() == before
    assert os.listdir(tmp_path) == ["state.json"]


def _edit(path, change):
    doc = json.loads(path.read_text())
    change(doc)
    path.write_text(json.dumps(doc))


def _key(doc, value):
    doc["streams"][0]["state"]["key"] = value


BAD = {
    "not json": lambda p: p.write_text("{nope"),
    "truncated": lambda p: p.write_text(p.read_text()[: len(p.read_text()) // 2]),
    "empty": lambda p: p.write_text(""),
    "wrong schema": lambda p: _edit(p, lambda d: d.update(schema="rngscope.state/2")),
    "unknown field": lambda p: _edit(p, lambda d: d.update(pickle="gASV")),
    "short key": lambda p: _edit(p, lambda d: _key(d, d["streams"][0]["state"]["key"][:600])),
    "key out of range": lambda p: _edit(p, lambda d: _key(d, [2 ** 32] * 624)),
    "edited state": lambda p: _edit(p, lambda d: d["streams"][0]["state"].update(pos=3)),
    "NaN gaussian": lambda p: p.write_text(p.read_text().replace(
        '"cached_gaussian": 0.0', '"cached_gaussian": NaN')),
    "duplicate stream": lambda p: _edit(p, lambda d: d["streams"].append(d["streams"][0])),
    "no streams": lambda p: _edit(p, lambda d: d.update(streams=[])),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_files_are_rejected(tmp_path, name):
    _, path = save(tmp_path)
    BAD[name](path)
    with pytest.raises(statefile.StateFileError):
        statefile.read(str(path))


def test_a_stream_the_script_does_not_have_changes_nothing(tmp_path, tools):
    _, path = save(tmp_path)
    _edit(path, lambda d: d["streams"][1].update(stream="rv_x.rng"))
    doc = statefile.read(str(path))
    with pytest.raises(ReplayError, match="rv_x.rng"):
        replay(load_script(None), Options(load_state=doc))
    with pytest.raises(ReplayError, match="rv_x.rng"):
        replay(load_script(None), Options(calls="f", load_state=doc))


def test_reading_never_executes_anything(tmp_path):
    path = tmp_path / "evil.json"
    path.write_text('{"schema": "rngscope.state/1", "streams": "__import__(\'os\').system(\'x\')"}')
    with pytest.raises(statefile.StateFileError, match="non-empty list"):
        statefile.read(str(path))
