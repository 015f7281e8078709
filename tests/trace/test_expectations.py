"""--expect: expectations about two results, parsed, checked and explained."""
from __future__ import annotations

import pytest

from rngscope.runner import load_script
from rngscope.trace import expectations
from rngscope.trace.replay import replay


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
    checked = expectations.check(result.timeline, ["r1 != s1", "r2 != s2", "r1 == r1"])
    assert [e.ok for e in checked] == [True, True, True]


@pytest.mark.parametrize("text", ["v3 = v1", "v3 == ", "import os", "v3 == v1 == v2", ""])
def test_malformed_expectations(text):
    with pytest.raises(expectations.ExpectationError):
        expectations.parse_expectation(text)


def test_expectation_on_an_unknown_name():
    timeline = replay(load_script(None)).timeline
    with pytest.raises(expectations.ExpectationError, match="'v9' is not a result"):
        expectations.check(timeline, ["v9 == v1"])
