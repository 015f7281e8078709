"""Draws whose values were not handed over: matched by state and step, replayed only where needed."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.runner import load_script
from rngscope.trace import unseen
from rngscope.trace.replay import replay

pytest.importorskip("pytensor", reason="pytensor is not importable; pip install 'rngscope[pytensor]'")


def _plan(tokens, steps, unseen_rows):
    return unseen.plan(np.array(tokens, np.int64), np.array(steps, np.int64),
                       np.array(unseen_rows, bool))


def test_each_unseen_row_is_matched_replayed_or_stood_in_for():
    # rows:    0 seen (t5, s1)  1 unseen (t5, s1)  2 unseen (t6, s1)  3 unseen (t7, s1)
    #          4 seen (t7, s2)  5 unseen (t8, s1)  6 unseen (t8, s1)
    plan = _plan([5, 5, 6, 7, 7, 8, 8], [1, 1, 1, 1, 2, 1, 1],
                 [False, True, True, True, False, True, True])
    assert plan.matched.tolist() == [1] and plan.sources.tolist() == [0]
    assert plan.replay.tolist() == [3]  # another step drew at its state: its values decide
    assert sorted(plan.standing.tolist()) == [2, 5, 6]
    stand = dict(zip(plan.standing.tolist(), plan.stand_ins.tolist()))
    assert stand[5] == stand[6] != stand[2]  # one state, one step: one draw


def test_stand_ins_of_distinct_states_or_steps_differ():
    tokens = np.arange(1 << 40, (1 << 40) + 10000, dtype=np.int64)
    assert len(set(unseen.stand_in(tokens, np.zeros(10000, np.int64)).tolist())) == 10000
    assert len(set(unseen.stand_in(np.full(50, 3, np.int64), np.arange(50)).tolist())) == 50


CASES = ["sharing_streams", "two_streams", "seed_restore", "explicit_updates", "givens",
         "no_default_updates_list", "copy_delete_updates", "mt19937_stream", "fast_compile",
         "scan_loops"]


@pytest.mark.parametrize("case", CASES)
def test_numbering_is_what_replaying_every_unseen_draw_gives(case, monkeypatch):
    """Differential: the plan against replaying every draw a call did not hand over."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "conformance" / "pytensor-3" / f"{case}.py"
    planned = replay(load_script(str(path))).recording
    monkeypatch.setattr(unseen, "plan", lambda tokens, steps, rows: unseen.Plan(
        np.flatnonzero(rows), *[np.zeros(0, np.int64)] * 4))
    replayed = replay(load_script(str(path))).recording
    assert planned.n_draws == replayed.n_draws
    assert planned.draw_number.tolist() == replayed.draw_number.tolist()
    assert planned.draw_repeat.tolist() == replayed.draw_repeat.tolist()
    assert planned.out_first.tolist() == replayed.out_first.tolist()
