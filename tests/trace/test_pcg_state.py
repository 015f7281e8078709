"""PCG64 states read in place: the same dict, bytes and fingerprint as numpy's own state gives."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, strategies as st

from rngscope.trace import generator_states, pcg_state
from rngscope.trace.fingerprint import fingerprint


def _generator(cls, seed, draws, buffered):
    g = np.random.Generator(cls(seed))
    g.random(draws)
    if buffered:  # one 32-bit word left buffered: has_uint32 1
        g.integers(0, 1 << 31, dtype=np.uint32)
    return g


@given(st.sampled_from(pcg_state.KINDS), st.integers(0, 2**64), st.integers(0, 50), st.booleans())
def test_a_read_state_is_what_numpy_gives(cls, seed, draws, buffered):
    g = _generator(cls, seed, draws, buffered)
    reader = pcg_state.reader(g)
    raw = reader.read()
    assert pcg_state.canonical(reader.kind, raw) == generator_states.canonical(g)
    assert pcg_state.canonical_bytes(reader.kind, raw) == generator_states.canonical_bytes(g)


def test_kept_rows_give_fingerprints_and_states_after_each_draw():
    g = _generator(np.random.PCG64, 7, 0, False)
    reader, kept, fingerprints = pcg_state.reader(g), pcg_state.Kept(), {}
    for row in (0, 2, 5):  # the reader follows the same object as it moves
        g.random((2, 2))
        kept.keep(row, reader)
        fingerprints[row] = fingerprint(g)
    for row in (0, 2, 5):
        assert kept.fingerprint(row, 12) == fingerprints[row]
    assert kept.fingerprint(1, 12) is None and kept.fingerprint(6, 12) is None


@pytest.mark.parametrize("value", [np.random.Generator(np.random.MT19937(1)),
                                   np.random.Generator(np.random.Philox(1)),
                                   np.random.RandomState(1), None])
def test_other_states_get_a_reader_that_reads_nothing(value):
    reader = pcg_state.reader(value)
    assert reader.words is None and reader.generator is value
