"""The inspecting commands on a loop scan_merge made of two (rewrites/loop_merge.py): each
stream is named with the loop of the script its draws came from, and its place in the
merged loop (``walk_a (1st of walk_a&walk_b)``)."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from rngscope.cli import main

SCRIPT = """\
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=2024)
x0 = T.dscalar('x0')
xs, ux = theano.scan(lambda x: x + srng.normal(), outputs_info=x0, n_steps=3, name='walk_a')
ys, uy = theano.scan(lambda y: y * srng.uniform(), outputs_info=x0, n_steps=3, name='walk_b')
upd = ux.copy()
upd.update(uy)
f = theano.function([x0], [xs, ys], updates=upd)
g = theano.function([x0], [xs, ys])
a, b = f(0.0)
c, d = g(0.0)
"""


@pytest.fixture
def run(tmp_path, monkeypatch):
    (tmp_path / "merged.py").write_text(SCRIPT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")

    def invoke(*args):
        result = CliRunner().invoke(main, [*args, "-q", "--width", "200", "merged.py"])
        assert result.exit_code == 0, result.output
        return result.output.splitlines()

    return invoke


def test_replay_counts_each_streams_draws_under_the_loop_they_came_from(run):
    lines = run("replay")
    assert [line.split()[0:2] + [" ".join(line.split()[2:])] for line in lines[7:9]] == [
        ["0", "13", "a, b = f() advanced 86c02016c840 → 02e263fcff34, loop walk_a (1st of "
         "walk_a&walk_b) ×3: draws #1, #3, #5 advanced e40f90d0af1c → c3fc52d7801f, loop walk_b "
         "(2nd of walk_a&walk_b) ×3: draws #2, #4, #6"],
        ["1", "14", "c, d = g() advanced 02e263fcff34 → 7d1cae598730, loop walk_a (1st of "
         "walk_a&walk_b) ×3: draws #7, #9, #11 advanced c3fc52d7801f → 2af24bdb1983, loop "
         "walk_b (2nd of walk_a&walk_b) ×3: draws #8, #10, #12 d = b"],
    ]
    assert ("  - `function()` at line 12 (g) was compiled without scan walk_a (1st of "
            "walk_a&walk_b)'s updates, so each call draws the loop's steps (n_steps=3) from a "
            "copy of normal#0.rng, and only the stream's default update, applied once outside "
            "the loop, advances it, by one step's draw: call 1 draws #7, #9, #11; pass "
            "`updates=updates` to function() so that normal#0.rng advances by every step."
            ) in lines


def test_streams_names_the_loop_of_each_stream(run):
    lines = [" ".join(line.split()) for line in run("streams")]
    assert lines[2:4] == [
        "normal#0.rng normal - 378019464 7d1cae598730 advances every step (walk_a (1st of "
        "walk_a&walk_b)) advances 1 step per call (walk_a (1st of walk_a&walk_b))",
        "uniform#0.rng uniform - 30723578 2af24bdb1983 advances every step (walk_b (2nd of "
        "walk_a&walk_b)) advances 1 step per call (walk_b (2nd of walk_a&walk_b))",
    ]


def test_the_annotated_tree_says_which_loop_advances_each_stream_once_per_step(run):
    lines = run("debugprint", "--style", "text")
    for expected in [
        "    normal#0.rng: drawn once per step of loop walk_a (1st of walk_a&walk_b) "
        "(n_steps=3); each call advances it by every step",
        "    │ ⟳ each step of loop walk_b (2nd of walk_a&walk_b): uniform#0 ~ "
        "uniform(0.0, 1.0) from uniform#0.rng · advanced once per step (n_steps=3)",
        "    normal#0.rng ← forall_inplace,cpu,walk_a&walk_b}.2 [id A] ↑ (explicit update: "
        "loop walk_a (1st of walk_a&walk_b)'s final state)",
        "    uniform#0.rng ← uniform.new_state [id N] step 6 (default update, outside loop "
        "walk_b (2nd of walk_a&walk_b): one step's draw per call)",
        "  note: compiled without loop walk_a (1st of walk_a&walk_b)'s updates: each call draws "
        "the loop's steps from a copy of normal#0.rng, which then moves by one step's draw only, "
        "so the next call repeats all but one of them; pass updates=updates to function()",
    ]:
        assert expected in lines
