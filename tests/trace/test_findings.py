"""Findings: each kind on a script made to show it; expectations."""
from __future__ import annotations

import pytest

from rngscope.runner import load_script
from rngscope.trace import findings
from rngscope.trace.replay import replay


def kinds(result):
    return [(f.kind, f.calls) for f in findings.findings(result.timeline)]


def test_the_sample_explains_v2_and_v3():
    found = findings.findings(replay(load_script(None)).timeline)
    by_kind = {f.kind: f for f in found}
    assert by_kind["different-results"].message == (
        "v2 differs from v1: rv_u.rng was restored to the state before call 0 (set_value, line "
        "21), so v2 repeats draw #1, the draw nearly_zeros made inside call 0; v1 is draw #2.")
    assert by_kind["equal-results"].message.startswith(
        "v3 equals v1: both are draw #2 of rv_u.rng, made at the same state ")
    assert by_kind["advances-shared-stream"].message.startswith(
        "nearly_zeros() advances rv_u.rng, which f also reads, so the next f() gives a different draw")
    assert "3 times" in by_kind["draw-used-several-times"].message
    assert by_kind["no-update"].message.startswith("g reads rv_n.rng without advancing it")


def test_no_update_function_returns_the_same_draw(tools):
    result = tools.run(tools.script("""
        srng = RandomStreams(seed=5)
        rv = srng.normal((2,))
        g = function([], rv, no_default_updates=True)
        a = g()
        b = g()
    """))
    found = kinds(result)
    assert ("equal-results", (0, 1)) in found and ("no-update", (0, 1)) in found


def test_tuple_results_are_named_per_output(tools):
    result = tools.run(tools.script("""
        srng = RandomStreams(seed=5)
        rv = srng.uniform((2,))
        h = function([], [rv, rv * 2])
        r1, r2 = h()
        s1, s2 = h()
    """))
    call = result.timeline.call(0)
    assert call.result == "r1, r2" and [o.name for o in call.outputs] == ["r1", "r2"]
    checked = findings.check(result.timeline, ["r1 != s1", "r2 != s2", "r1 == r1"])
    assert [e.ok for e in checked] == [True, True, True]


def test_results_not_assigned_have_no_name(tools):
    result = tools.run(tools.script("""
        srng = RandomStreams(seed=5)
        f = function([], srng.uniform((2,)))
        def show(name, value):
            return value
        show("x", f())
        y = f() + 1
        z = f()
    """))
    assert [result.timeline.call(i).result for i in range(3)] == [None, None, "z"]


@pytest.mark.parametrize("text", ["v3 = v1", "v3 == ", "import os", "v3 == v1 == v2", ""])
def test_malformed_expectations(text):
    with pytest.raises(findings.ExpectationError):
        findings.parse_expectation(text)


def test_expectation_on_an_unknown_name():
    timeline = replay(load_script(None)).timeline
    with pytest.raises(findings.ExpectationError, match="'v9' is not a result"):
        findings.check(timeline, ["v9 == v1"])
