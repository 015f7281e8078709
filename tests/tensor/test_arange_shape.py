"""ARange's inferred length (Theano's ARange.infer_shape): the graph it builds computes
len(numpy.arange(start, stop, step)) for integer and float bounds, in every compile mode,
and a compiled function reads it without running the ARange."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.tensor import basic as T
from rngscope.tensor.nnet import ARange, arange

MODES = ("FAST_RUN", "FAST_COMPILE", UNOPTIMIZED)


def _ops(f):
    return [type(n.op).__name__ for n in f.maker.fgraph.toposort()]


@settings(max_examples=40, deadline=None)
@given(st.integers(-20, 20), st.integers(-20, 20), st.integers(-5, 5).filter(bool))
def test_integer_lengths_match_numpy(start, stop, step):
    a, b, s = T.lscalar("a"), T.lscalar("b"), T.lscalar("s")
    f = function([a, b, s], arange(a, b, s).shape[0])
    assert int(f(start, stop, step)) == len(np.arange(start, stop, step))


@settings(max_examples=30, deadline=None)
@given(st.floats(-10, 10), st.floats(-10, 10), st.sampled_from([0.25, 0.5, 1.5, -0.5, -2.0]))
def test_float_lengths_match_numpy(start, stop, step):
    a, b = T.dscalar("a"), T.dscalar("b")
    f = function([a, b], arange(a, b, step).shape[0])
    assert int(f(start, stop)) == len(np.arange(start, stop, step))


def test_counting_from_zero_by_one_is_the_stop_itself():
    n = T.iscalar("n")
    for mode in MODES:
        f = function([n], arange(n).shape[0], mode=mode)
        assert int(f(7)) == 7
    f = function([n], arange(n).shape[0])
    assert "ARange" not in _ops(f)  # the length is cast(n), not Shape_i of a computed arange
    assert isinstance(arange(n).owner.op, ARange)
