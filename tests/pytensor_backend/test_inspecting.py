"""debugprint, streams, replay and graph on PyTensor scripts: goldens of the PyTensor sample and
of the corpus cases (tests/conformance/pytensor-3), run on the real PyTensor.

Skipped, with the reason, when pytensor cannot be imported (CI installs the extra).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from golden import assert_golden

pytest.importorskip("pytensor", reason="pytensor is not importable; pip install 'rngscope[pytensor]'")

from rngscope.printing import timeline as printer  # noqa: E402
from rngscope.runner import load_script  # noqa: E402
from rngscope.trace import contract, expectations, findings  # noqa: E402
from rngscope.trace.replay import Options, goto, replay  # noqa: E402

HERE = Path(__file__).resolve().parent
GOLDENS = HERE / "goldens"
CORPUS = HERE.parent / "conformance" / "pytensor-3"
SAMPLE = load_script(None, "pytensor")
TIMEOUT = 240  # a first Numba compile of a case can take a while on a busy machine


def text(result, expectations=()):
    t = result.timeline
    return printer.render_text(printer.build(t, findings.findings(t), expectations))


def cli(rngscope, *args, cwd=None):
    """stdout of `rngscope ARGS` (quiet), which must exit 0 with nothing but warnings on stderr."""
    done = rngscope(*args, cwd=cwd, timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr.decode()
    assert b"Traceback" not in done.stderr
    return done.stdout.decode()


# -- the sample: replay ------------------------------------------------------------------------


def test_golden_replay_of_the_sample():
    assert_golden(text(replay(SAMPLE)), GOLDENS / "sample_replay.txt")


def test_the_sample_tells_why_v2_differs_from_v1_and_v3_equals_it():
    t = replay(SAMPLE).timeline
    checked = expectations.check(t, ["v2 != v1", "v3 == v1"])
    assert [e.ok for e in checked] == [True, True]
    assert checked[0].message == (
        "v2 != v1 holds: v2 differs from v1: rv_u.rng was restored to the state before call 0 "
        "(set_value, line 24), so v2 repeats draw #1, the draw nearly_zeros made inside call 0; "
        "v1 is draw #2.")
    assert checked[1].message.startswith(
        "v3 == v1 holds: v3 equals v1: both are draw #2 of rv_u.rng, made at the same state ")


def test_golden_replay_of_the_sample_restore_after_0():
    assert_golden(text(replay(SAMPLE, Options(restore_after=(0,)))),
                  GOLDENS / "sample_replay_restore_after_0.txt")


def test_golden_replay_of_the_sample_calls():
    result = replay(SAMPLE, Options(calls="f,f,nearly_zeros,g,g", restore_after=(1,)))
    assert_golden(text(result), GOLDENS / "sample_replay_calls.txt")


def test_golden_goto_rebuilds_the_state_and_replays_the_draw_exactly():
    visit = goto(replay(SAMPLE), 3)
    assert [d.reproduced for d in visit.draws] == [True]
    assert_golden(printer.render_goto(visit), GOLDENS / "sample_goto_3.txt")


def test_goto_of_a_draw_the_call_did_not_hand_back_replays_it_and_says_so():
    visit = goto(replay(SAMPLE), 0)  # nearly_zeros: its draw is inside the compiled graph
    assert [d.reproduced for d in visit.draws] == [None]
    assert "did not hand these values back" in printer.render_goto(visit)
    again = goto(replay(SAMPLE), 2)  # v2 = f(): the same draw, handed back this time
    assert again.draws[0].digest == visit.draws[0].digest and again.draws[0].reproduced


def test_every_jsonl_line_follows_the_contract(rngscope):
    lines = [json.loads(line) for line in
             cli(rngscope, "replay", "-q", "--sample", "pytensor", "--format", "jsonl").splitlines()]
    assert contract.validate_stream(lines) == []
    assert [p for obj in lines for p in contract.extra_or_missing(obj)] == []
    assert lines[0]["streams"][0] == {"stream": "rv_u.rng", "state": "3ece46469c6c",
                                      "kind": "uniform", "seed": 234}


def test_expect_exits_1_when_it_fails(rngscope):
    done = rngscope("replay", "-q", "--sample", "pytensor", "--expect", "v2 == v1", timeout=TIMEOUT)
    assert done.returncode == 1
    assert b"expectation failed: v2 == v1 fails" in done.stderr


def test_html_report_of_the_sample(rngscope, tmp_path):
    cli(rngscope, "replay", "-q", "--sample", "pytensor", "--html", str(tmp_path / "r.html"))
    page = (tmp_path / "r.html").read_text()
    assert "nearly_zeros" in page and "rv_u.rng" in page and "0x" not in page


# -- the sample: graphs and streams ------------------------------------------------------------


@pytest.mark.parametrize("args, golden", [
    (("debugprint", "--style", "text"), "sample_tree.txt"),
    (("debugprint", "--style", "text", "--source"), "sample_tree_source.txt"),
    (("debugprint", "--format", "json"), "sample_debugprint.json"),
    (("debugprint", "--style", "pytensor"), "sample_dprint.txt"),
    (("streams",), "sample_streams.txt"),
    (("graph",), "sample_graph.dot"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_golden_sample(rngscope, args, golden):
    assert_golden(cli(rngscope, *args, "-q", "--sample", "pytensor"), GOLDENS / golden)


def test_style_pytensor_prints_what_pytensor_dprint_printed():
    """Differential: the corpus recorded `pytensor.dprint(f)` and `pytensor.dprint(nearly_zeros)`
    under real PyTensor; the style prints the same text for those functions."""
    recorded = (CORPUS / "sharing_streams.out").read_text()
    ours = (GOLDENS / "sample_dprint.txt").read_text()
    f_and_nz = ours[ours.index("[uniform_rv"):]  # f, then g, then nearly_zeros
    f_text = f_and_nz[:f_and_nz.index("[normal_rv")]
    nz_text = ours[ours.index("Composite{"):]
    assert f_text + nz_text in recorded


def test_no_memory_address_is_printed(rngscope):
    out = cli(rngscope, "debugprint", "-q", "--sample", "pytensor", "--style", "pytensor",
              "--ids", "id")
    assert re.search(r"0x[0-9a-fA-F]{4,}", out) is None and "0x..." in out
    assert "[id 0]" in out  # ids that would be addresses are numbered instead


def test_style_theano_refuses_a_pytensor_script(rngscope):
    done = rngscope("debugprint", "-q", "--sample", "pytensor", "--style", "theano", timeout=TIMEOUT)
    assert done.returncode == 2 and done.stdout == b""
    assert b"is a PyTensor script: use --style pytensor" in done.stderr


# -- the corpus cases --------------------------------------------------------------------------

CASES = ["scan_updates", "scan_loops", "rng_warnings", "no_default_updates_bool", "no_default_updates_list", "rng_without_update",
         "copy_delete_updates", "mt19937_stream", "fast_compile", "two_streams", "explicit_updates",
         "givens", "seed_restore", "raise_after_draw"]


@pytest.mark.parametrize("case", CASES)
def test_golden_replay_of_a_corpus_case(rngscope, case):
    assert_golden(cli(rngscope, "replay", "-q", f"{case}.py", cwd=CORPUS),
                  GOLDENS / f"replay_{case}.txt")


@pytest.mark.parametrize("case", ["scan_updates", "scan_loops", "rng_without_update",
                                  "copy_delete_updates", "fast_compile", "explicit_updates",
                                  "no_default_updates_list"])
def test_golden_debugprint_of_a_corpus_case(rngscope, case):
    assert_golden(cli(rngscope, "debugprint", "-q", "--style", "text", f"{case}.py", cwd=CORPUS),
                  GOLDENS / f"debugprint_{case}.txt")


@pytest.mark.parametrize("case", ["scan_updates", "copy_delete_updates", "rng_without_update"])
def test_golden_streams_and_graph_of_a_corpus_case(rngscope, case):
    assert_golden(cli(rngscope, "streams", "-q", f"{case}.py", cwd=CORPUS),
                  GOLDENS / f"streams_{case}.txt")
    assert_golden(cli(rngscope, "graph", "-q", f"{case}.py", cwd=CORPUS),
                  GOLDENS / f"graph_{case}.dot")


def test_pytensor_warnings_about_updates_become_findings():
    found = [f for f in findings.findings(replay(load_script(str(CORPUS / "copy_delete_updates.py")))
                                          .timeline) if f.kind == "backend-warning"]
    assert [f.message for f in found] == [
        "PyTensor warned on line 10 (UserWarning: Shared variable 'None' will still be mutated "
        "even though its update is being deleted, because an operation in the graph modifies it "
        "inplace): the copy has no update, yet its random op advances the stream in place, so "
        "its calls still move the stream."]
    kinds = {f.kind for f in findings.findings(
        replay(load_script(str(CORPUS / "no_default_updates_bool.py"))).timeline)}
    assert {"backend-warning", "no-update"} <= kinds


def test_a_copy_without_updates_is_seen_advancing_its_stream_in_place():
    t = replay(load_script(str(CORPUS / "copy_delete_updates.py"))).timeline
    first, second = t.call(0), t.call(1)
    assert first.function == second.function == "no_updates"
    assert first.streams[0].advanced and second.streams[0].before == first.streams[0].after


@pytest.mark.parametrize("golden", ["sample_replay.txt", "sample_tree.txt", "sample_streams.txt"])
def test_the_readme_shows_the_real_output_of_the_sample(golden):
    readme = (HERE.parents[1] / "README.md").read_text(encoding="utf-8")
    assert "```text\n" + (GOLDENS / golden).read_text(encoding="utf-8") + "```" in readme


def test_chained_draws_rebuild_exactly_across_checkpoints(tmp_path):
    """Two draws chained in one function: the stream holds only the second's new state, so the
    first's is replayed, never anchored from the stream (a checkpoint every 3 draws here falls on
    the first draw of every other call)."""
    path = tmp_path / "chain.py"
    path.write_text(
        "import pytensor\n"
        "r = pytensor.tensor.random.shared_rng(seed=3)\n"
        "r1, a = r.uniform(size=(2,))\n"
        "r2, b = r1.normal(size=(2,))\n"
        "f = pytensor.function([], [a, b], updates={r: r2})\n"
        "for i in range(6):\n"
        "    f()\n")
    result = replay(load_script(str(path)), Options(checkpoint_every=3))
    for call in range(6):
        visit = goto(result, call)
        assert [d.reproduced for d in visit.draws] == [True, True]
    t = result.timeline
    assert t.call(5).streams[0].before == t.call(4).streams[0].after


def test_every_distribution_replays_exactly_as_numba_drew_it(rngscope):
    """--goto replays each draw by a one-node function compiled in the function's mode (Numba's
    draws differ from numpy's for several distributions): all 38 match what the call returned."""
    doc = json.loads(cli(rngscope, "replay", "-q", "distributions.py", "--goto", "1", "--format",
                         "json", cwd=CORPUS))
    assert len(doc["draws"]) == 38
    assert [d["stream"] for d in doc["draws"] if d["reproduced"] is not True] == []


def test_a_call_that_raises_after_its_draw_leaves_the_stream_where_the_draw_left_it(tmp_path):
    """Numba draws in place: a call that fails after its draw (an Assert on the values) has
    moved the stream though its update never ran; the adapter says on_fail and the recorder
    reads the stream again, so the next draw is seen at the state it was really made at."""
    path = tmp_path / "raises.py"
    path.write_text(
        "import pytensor\n"
        "import pytensor.tensor as pt\n"
        "from pytensor.raise_op import Assert\n"
        "from pytensor.tensor.random.utils import RandomStream\n"
        "from rngscope.trace.fingerprint import fingerprint\n"
        "srng = RandomStream(seed=4)\n"
        "k = pt.dscalar('k')\n"
        "x = srng.uniform(0, 1, size=(2,))\n"
        "f = pytensor.function([k], Assert('k too large')(x, k < 2))\n"
        "rng = x.owner.inputs[0]\n"
        "a = f(1.0)\n"
        "try:\n"
        "    f(5.0)\n"
        "except AssertionError:\n"
        "    pass\n"
        "MOVED = fingerprint(rng.get_value(borrow=True))\n"
        "b = f(1.0)\n")
    result = replay(load_script(str(path)))
    t = result.timeline
    assert t.recording.n_calls == 2
    first, second = t.call(0), t.call(1)
    assert (first.result, second.result) == ("a", "b")
    assert second.draws[0].state == result.session.module.MOVED != first.streams[0].after
    assert [d.draw for d in first.draws + second.draws] == [1, 2]
    # the move is an event between the two calls, at the failed call's line, and the next
    # call starts from where it left the stream
    (moved,) = [t.state(w) for w in range(len(t.recording.writes))]
    assert (moved.source, moved.line, moved.before, moved.after, moved.unchanged) == (
        "raise", 13, first.streams[0].after, second.streams[0].before, False)


def test_a_call_that_raises_before_drawing_is_no_event(tmp_path):
    path = tmp_path / "raises_first.py"
    path.write_text(
        "import pytensor\n"
        "import pytensor.tensor as pt\n"
        "from pytensor.tensor.random.utils import RandomStream\n"
        "srng = RandomStream(seed=4)\n"
        "k = pt.dvector('k')\n"
        "x = srng.uniform(0, 1, size=(2,))\n"
        "f = pytensor.function([k], x + k)\n"
        "a = f([1.0, 2.0])\n"
        "try:\n"
        "    f('two')\n"  # not a number: refused before the graph runs
        "except (ValueError, TypeError):\n"
        "    pass\n"
        "b = f([1.0, 2.0])\n")
    t = replay(load_script(str(path))).timeline
    assert t.recording.n_calls == 2 and t.recording.writes == ()
    assert t.call(1).streams[0].before == t.call(0).streams[0].after


def test_the_move_of_a_call_that_raised_is_a_jsonl_state_line(rngscope):
    lines = [json.loads(line) for line in
             cli(rngscope, "replay", "-q", "raise_after_draw.py", "--format", "jsonl",
                 cwd=CORPUS).splitlines()]
    assert contract.validate_stream(lines) == []
    assert [p for obj in lines for p in contract.extra_or_missing(obj)] == []
    assert [(obj["event"], obj.get("source")) for obj in lines[1:4]] == [
        ("call", None), ("state", "raise"), ("call", None)]
    assert lines[2]["before"] == lines[1]["streams"][0]["after"]
    assert lines[2]["after"] == lines[3]["streams"][0]["before"] == lines[3]["draws"][0]["state"]
