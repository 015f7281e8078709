"""Results: why a later result differs from an earlier one, as fields and as a sentence."""
from __future__ import annotations

from rngscope.runner import load_script
from rngscope.trace import results
from rngscope.trace.replay import replay


def test_a_difference_carries_its_cause_as_fields():
    timeline = replay(load_script(None)).timeline
    named = results.results(timeline)
    difference = results.different(timeline, named["v2"], named["v1"])
    (part,) = difference.parts
    assert (part.cause, part.stream, part.number, part.other, part.maker, part.maker_call) == (
        results.Cause.REPEATS_DRAW, "rv_u.rng", 1, 2, "nearly_zeros", 0)
    assert difference.repeats and difference.render() == results.explain_different(
        timeline, named["v2"], named["v1"])
