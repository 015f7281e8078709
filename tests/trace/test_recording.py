"""The Recording: frozen named records per stream, function, write, call and draw; its columns."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from rngscope.runner import load_script
from rngscope.trace.recording import CallRecord, DrawRecord, Recording, StreamStep, WriteRecord
from rngscope.trace.replay import replay


@pytest.fixture(scope="module")
def sample():
    return replay(load_script(None)).recording


def test_the_sample_as_records(sample):
    assert isinstance(sample, Recording) and sample.n_calls == 4 and sample.n_draws == 2
    v2 = sample.call(2)  # v2 = f() after the restore: it repeats call 0's draw
    assert isinstance(v2, CallRecord) and v2.line == 22
    assert v2.draws == (DrawRecord(row=v2.draws[0].row, stream=0, token=v2.draws[0].token,
                                   number=1, step=v2.draws[0].step, repeat_of=0),)
    assert [type(s) for s in v2.streams] == [StreamStep] and v2.streams[0].advanced
    assert sample.call(3).draws[0].number == 2 and sample.call(3).draws[0].repeat_of == 1
    (write,) = sample.writes
    assert isinstance(write, WriteRecord)
    assert (write.after_calls, write.stream, write.source) == (2, 0, "set_value")
    assert sample.states.find(write.after) == sample.states.find(sample.call(0).streams[0].before)


def test_records_are_frozen(sample):
    with pytest.raises(dataclasses.FrozenInstanceError):
        sample.call(0).index = 5
    with pytest.raises(dataclasses.FrozenInstanceError):
        sample.n_draws = 0


def test_columns_agree_with_the_records(sample):
    for c in range(sample.n_calls):
        call = sample.call(c)
        rows = range(sample.draws_at[c], sample.draws_at[c + 1])
        assert [d.row for d in call.draws] == list(rows)
        assert [d.number for d in call.draws] == sample.draw_number[list(rows)].tolist()
        assert [s.stream for s in call.streams] == list(call.function.reads)
    # v3 (call 3) has v1's (call 1's) values: its output first appeared there
    assert sample.first_equal_output(3, 0) == (1, 0)
    assert sample.first_equal_output(1, 0) is None
    assert isinstance(sample.draw_number, np.ndarray)


def test_tokens_before_a_call_follow_writes(sample):
    find = sample.states.find
    before = [find(t) for t in sample.tokens_before(2)]  # after the set_value restore
    assert before[0] == find(sample.call(0).streams[0].before)


def test_calls_made_inside_rngscope_are_placed_at_the_scripts_lines(tools):
    # x.eval() compiles and calls a function from inside rngscope: every call used to get
    # the line of the first one (the eval frame's place never changes)
    result = tools.run(tools.script("""
        srng = RandomStreams(seed=3)
        u = srng.uniform((2,))
        a = u.eval()
        b = u.eval()
        n = srng.normal((2,))
        c = n.eval()
    """))
    rec = result.recording
    assert [rec.call(i).line for i in range(rec.n_calls)] == [6, 7, 9]
