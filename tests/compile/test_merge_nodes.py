"""Which of two equal nodes the merge keeps (compile/merge_nodes.py): Theano's MergeFeature
schedules literal twins first and merges newest first, looking again at each reader of a
merged node; recorded with Theano 1.0.5's MergeOptimizer on the same graphs."""
from __future__ import annotations

from rngscope.compile.fgraph import FunctionGraph
from rngscope.compile.rewriter import merge
from rngscope.tensor import basic as T


def test_a_reader_found_equal_only_after_its_input_merged_becomes_the_seen_one():
    """p1 = -x, then p2 = -x, tanh(exp(p2)) and tanh(exp(p1)), in that order: p2 becomes p1,
    then exp(p2), looked at again, finds exp(p1) seen and becomes it, and so does its tanh:
    Theano keeps the later tanh(exp(p1)), not the first one in order."""
    x = T.dvector("x")
    p1, p2 = T.neg(x), T.neg(x)
    first = T.tanh(T.exp(p2))
    second = T.tanh(T.exp(p1))
    fg = FunctionGraph([x], [p1, first, second])
    assert [n for n in fg.nodes()][:2] == [p1.owner, p2.owner]
    merge(fg)
    assert fg.contains(second.owner) and not fg.contains(first.owner)
    assert fg.outputs[1] is fg.outputs[2] is second


def test_literal_twins_merge_into_the_first_in_order():
    """(a + b) * (a + b): the toposort meets the second a + b first, and keeps it."""
    a, b = T.lscalar("a"), T.lscalar("b")
    first, again = a + b, a + b
    fg = FunctionGraph([a, b], [first * again])
    assert fg.nodes()[0] is again.owner
    merge(fg)
    (mul,) = [n for n in fg.nodes() if n.inputs[0] is n.inputs[1]]
    assert mul.inputs[0] is again


def test_a_twins_name_carries_over_to_the_node_kept():
    a, b = T.lscalar("a"), T.lscalar("b")
    first, again = a + b, a + b
    again.name = "total"
    fg = FunctionGraph([a, b], [first, again])
    merge(fg)
    assert fg.outputs == [first, first] and first.name == "total"
