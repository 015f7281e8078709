"""The JSONL contract rngscope.replay/1: every line of a replay validated against it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rngscope.runner import load_script
from rngscope.trace import contract, expectations as expect
from rngscope.trace.replay import Options, replay


@pytest.mark.parametrize("options", [Options(), Options(restore_after=(0,)),
                                     Options(calls="f,g,nearly_zeros,g", restore_after=(2,))])
def test_every_line_follows_the_contract(tools, options):
    result = replay(load_script(None), options)
    expectations = expect.check(result.timeline, ["v3 == v1"]) if options.calls is None else ()
    lines = [json.dumps(o) for o in tools.jsonl(result, expectations)]
    objects = [json.loads(line) for line in lines]  # one object per line, round trip
    assert contract.validate_stream(objects) == []
    assert objects[0]["schema"] == "rngscope.replay/1"
    assert objects[-1] == {"event": "end", "calls": result.recording.n_calls,
                           "draws": result.recording.n_draws}
    kinds = [o["event"] for o in objects]
    assert kinds.index("finding") > max(i for i, k in enumerate(kinds) if k in ("call", "state"))


def test_the_sample_in_jsonl(tools):
    objects = tools.jsonl(replay(load_script(None)))
    calls = [o for o in objects if o["event"] == "call"]
    assert [(c["call"], c["function"], c["line"], c["result"]) for c in calls] == [
        (0, "nearly_zeros", 17, None), (1, "f", 18, "v1"), (2, "f", 22, "v2"), (3, "f", 23, "v3")]
    state = next(o for o in objects if o["event"] == "state")
    assert state["source"] == "set_value" and state["line"] == 21
    assert state["restores"] == {"call": 0, "when": "before"}
    assert state["after"] == calls[0]["streams"][0]["before"]
    assert calls[2]["draws"][0]["repeat_of"] == 0 and calls[3]["draws"][0]["repeat_of"] == 1
    # v1 and v3 are one draw: the same digest, also as outputs; f's output is its draw
    assert calls[1]["draws"][0]["digest"] == calls[3]["draws"][0]["digest"]
    assert calls[1]["outputs"][0]["digest"] == calls[1]["draws"][0]["digest"]


@pytest.mark.parametrize("obj, problem", [
    ({"event": "call"}, "missing 'call'"),
    ({"event": "start", "schema": "other", "streams": []}, "schema"),
    ({"event": "state", "stream": "s", "line": None, "source": "poke", "before": "0" * 12,
      "after": "0" * 12, "restores": None}, "source"),
    ({"event": "end", "calls": "4", "draws": 2}, "calls"),
    ({"event": "nope"}, "unknown event"),
    ([], "not a JSON object"),
])
def test_validate_rejects_what_breaks_the_contract(obj, problem):
    assert any(problem in p for p in contract.validate(obj))


@pytest.mark.parametrize("options", [Options(), Options(restore_after=(0,)),
                                     Options(calls="f,g,nearly_zeros,g", restore_after=(2,))])
def test_every_line_has_exactly_the_schemas_fields(tools, options):
    result = replay(load_script(None), options)
    expectations = expect.check(result.timeline, ["v3 == v1"]) if options.calls is None else ()
    lines = tools.jsonl(result, expectations)
    assert {o["event"] for o in lines} >= {"start", "call", "finding", "end"}
    assert [p for o in lines for p in contract.extra_or_missing(o)] == []


def test_an_extra_or_missing_field_is_reported():
    line = {"event": "end", "calls": 1, "draws": 1, "more": 2}
    assert contract.extra_or_missing(line) == ["more: not in the schema"]
    assert contract.extra_or_missing({"event": "end", "calls": 1}) == ["draws: missing"]


def test_the_readme_lists_the_schema_as_defined():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert "```text\n" + contract.schema_text() + "\n```" in readme
