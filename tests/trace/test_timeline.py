"""The text timeline and findings: goldens for the built-in sample, collapsed long runs, rich."""
from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from rngscope.printing import timeline as printer
from rngscope.runner import load_script
from rngscope.trace import findings
from rngscope.trace.replay import Options, replay

GOLDENS = Path(__file__).resolve().parent / "goldens"


def text(result, expectations=()):
    t = result.timeline
    return printer.render_text(printer.build(t, findings.findings(t), expectations))


def test_golden_built_in_sample(tools):
    tools.assert_golden(GOLDENS / "sample.txt", text(replay(load_script(None))))


def test_golden_built_in_sample_restore_after_0(tools):
    result = replay(load_script(None), Options(restore_after=(0,)))
    tools.assert_golden(GOLDENS / "sample_restore_after_0.txt", text(result))


def test_golden_calls(tools):
    result = replay(load_script(None), Options(calls="f,f,nearly_zeros,g,g", restore_after=(1,)))
    tools.assert_golden(GOLDENS / "calls.txt", text(result))


def test_restore_after_0_shows_v1_repeating_the_draw_nearly_zeros_made():
    result = replay(load_script(None), Options(restore_after=(0,)))
    v1 = next(e for k, i in result.timeline.entries() if k == "call"
              for e in [result.timeline.call(i)] if e.result == "v1")
    assert [(d.draw, d.repeat_of, d.first_function) for d in v1.draws] == [(1, 0, "nearly_zeros")]
    messages = [f.message for f in findings.findings(result.timeline)]
    assert any(m.startswith("v1 repeats draw #1 of rv_u.rng, the draw nearly_zeros made inside "
                            "call 0") for m in messages)


def test_a_long_run_collapses_into_first_last_and_one_line(tools):
    source = tools.script("""
        srng = RandomStreams(seed=234)
        rv_u = srng.uniform((2, 2))
        f = function([], rv_u)
        v0 = f()
        for i in range(998):
            f()
        v1 = f()
    """)
    out = text(tools.run(source))
    lines = out.splitlines()
    assert "  calls 2–997: f() ×996, advancing rv_u.rng (draws #3–#998)" in lines
    rows = [line for line in lines if line[:1].isdigit()]
    assert [r.split()[0] for r in rows] == ["0", "1", "998", "999"]
    assert len(lines) < 25


def test_calls_with_literal_arguments(tools):
    source = tools.script("""
        import theano.tensor as T
        srng = RandomStreams(seed=1)
        x = T.dvector("x")
        h = function([x], srng.uniform((2,)) * x)
    """)
    result = tools.run(source, calls="h([1.5, 2.0]), h(x=[1, 2])")
    calls = [result.timeline.call(i) for i in range(2)]
    assert [c.text for c in calls] == ["h([1.5, 2.0])", "h(x=[1, 2])"]
    assert [c.draws[0].draw for c in calls] == [1, 2]


def test_rich_table_has_the_same_rows():
    result = replay(load_script(None))
    t = result.timeline
    console = Console(color_system=None, width=200, record=True, file=io.StringIO())
    printer.print_rich(printer.build(t, findings.findings(t)), console)
    out = console.export_text()
    assert "v3 = f()" in out and "draw #2 again (call 1)" in out and "= v1" in out
    assert "equal-results: v3 equals v1" in out
