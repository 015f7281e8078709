"""Theano's merge between canonicalize and fusion (compile/merge_window.py): a node that
enters the graph equal to one already there waits for the merge after fusion; if its twin
has left by then, it is merged no more (recorded: the scalar RNN's BPTT over a sequence
of symbolic length computes save_mem's ``-1 + n`` twice)."""
from __future__ import annotations

from rngscope.compile.fgraph import FunctionGraph
from rngscope.compile.merge_window import open_merge_window
from rngscope.compile.rewriter import merge
from rngscope.tensor import basic as T


def _reading(fg, a, b):
    """How many nodes of ``fg`` read exactly (a, b)."""
    return sum(1 for node in fg.nodes() if len(node.inputs) == 2
               and node.inputs[0] is a and node.inputs[1] is b)


def _twins_after(keep_first):
    """A graph holding a + b, two more a + b entering while the window is open, and the
    first one kept or dropped before the merge: how many a + b nodes the merge leaves."""
    a, b = T.lscalar("a"), T.lscalar("b")
    first = a + b
    fg = FunctionGraph([a, b], [first, a * b])
    open_merge_window(fg)
    fg.change_input("output", 1, (a + b) * (a + b))
    if not keep_first:
        fg.change_input("output", 0, a)  # the first a + b leaves (fused, in Theano's case)
    merge(fg)
    return _reading(fg, a, b)


def test_twins_of_a_node_that_stays_merge_into_it():
    assert _twins_after(keep_first=True) == 1


def test_twins_of_a_node_that_left_before_the_merge_stay_apart_for_good():
    assert _twins_after(keep_first=False) == 2


def test_without_a_window_the_merge_makes_equal_nodes_one():
    a, b = T.lscalar("a"), T.lscalar("b")
    fg = FunctionGraph([a, b], [a + b, a * b])
    fg.change_input("output", 1, (a + b) * (a + b))
    fg.change_input("output", 0, a)
    merge(fg)
    assert _reading(fg, a, b) == 1
