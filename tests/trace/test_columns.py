"""A Recording's columns as Python reads them: lists only once read often, first positions."""
from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from rngscope.runner import load_script
from rngscope.trace.columns import Lists, first_positions
from rngscope.trace.replay import replay


def test_a_column_becomes_a_list_only_once_read_often():
    """A few look-ups (a collapsed timeline's rows) read the arrays; many make Python lists,
    with the same answers."""
    recording = replay(load_script(None)).recording
    first = [recording.call(c) for c in range(recording.n_calls)]
    assert "draw_number" not in vars(recording.lists)
    for _ in range(Lists.FEW):
        again = [recording.call(c) for c in range(recording.n_calls)]
    assert isinstance(vars(recording.lists)["draw_number"], list)
    assert again == first
    assert [type(x) for x in (first[3].draws[0].number, first[3].streams[0].before)] == [int, int]


@given(st.lists(st.integers(-3, 3), max_size=60))
def test_first_positions_name_each_values_first_position(values):
    """Per position, the first position of the same value (found with an unstable sort)."""
    column = np.array(values, np.int64)
    assert first_positions(column).tolist() == [values.index(v) for v in values]
