"""Which equal constants a merge makes one (compile/merge_constants.py), as recorded with
Theano 1.0.5's MergeFeature: a constant met while an equal one is kept waits for the next
merge; if the kept one left the graph by then, the merge skips it and it stays apart for
good (the sampler's ``1 + n`` keeps its own ``TensorConstant{1}``)."""
from __future__ import annotations

import numpy as np

from rngscope.compile.fgraph import FunctionGraph
from rngscope.compile.rewriter import merge
from rngscope.tensor import basic as T
from rngscope.tensor.variable import TensorConstant, tensor_type


def constant(value, dtype):
    """A new constant object each time (rngscope.tensor's ``constant`` caches small ones)."""
    return TensorConstant(tensor_type(dtype, ()), np.asarray(value, dtype=dtype))


def _ones(fg):
    """The distinct int64 constants 1 the graph reads, in first-read order."""
    found = []
    for node in fg.nodes():
        for v in node.inputs:
            if getattr(v, "data", None) is not None and v.data == 1 and not any(v is f for f in found):
                found.append(v)
    return found


def _graph():
    """n + 1 and n * 1, each reading its own int64 constant 1, merged once (the first 1 kept)."""
    n = T.lscalar("n")
    one, other_one = constant(1, dtype="int64"), constant(1, dtype="int64")
    fg = FunctionGraph([n], [n + one, n * other_one])
    merge(fg)
    return fg, n, one


def test_equal_constants_met_at_the_start_merge():
    fg, _n, one = _graph()
    assert _ones(fg) == [one]


def test_a_new_constant_merges_into_the_kept_one_while_it_is_read():
    fg, n, one = _graph()
    fresh = constant(1, dtype="int64")
    fg.change_input("output", 1, n - fresh)  # n * 1 leaves; n + 1 still reads the kept 1
    merge(fg)
    assert _ones(fg) == [one]


def test_a_new_constant_whose_kept_one_left_before_the_merge_stays_apart_for_good():
    fg, n, one = _graph()
    fresh = constant(1, dtype="int64")
    fg.change_input("output", 1, n - fresh)  # scheduled to become the kept 1 ...
    fg.change_input("output", 0, n)  # ... whose only reader, n + 1, leaves
    merge(fg)
    assert len(_ones(fg)) == 1 and _ones(fg)[0] is fresh
    later = constant(1, dtype="int64")
    fg.change_input("output", 0, n // later)  # the next 1 met is kept in its place ...
    merge(fg)
    again = constant(1, dtype="int64")
    fg.change_input("output", 0, (n // later) + again)  # ... and the one after merges into it
    merge(fg)
    assert sorted(map(id, _ones(fg))) == sorted(map(id, [fresh, later]))


def test_a_kept_constant_read_twice_by_a_pruned_node_stays_kept():
    """Theano counts readers as (node, input) entries: a node reading the kept constant
    twice leaves it kept when pruned, so a later equal constant is scheduled into a
    constant no longer read, and skipped."""
    n = T.lscalar("n")
    one = constant(1, dtype="int64")
    fg = FunctionGraph([n], [n + (one * one)])
    merge(fg)
    fg.change_input("output", 0, n)  # one * one leaves, reading the kept 1 twice
    fresh = constant(1, dtype="int64")
    fg.change_input("output", 0, n - fresh)
    merge(fg)
    stray = constant(1, dtype="int64")
    fg.change_input("output", 0, (n - fresh) + stray)
    merge(fg)
    assert len(_ones(fg)) == 2
