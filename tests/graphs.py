"""Graph helpers the rewrite tests share."""
from __future__ import annotations

from rngscope.compile.fgraph import FunctionGraph
from rngscope.graph.basic import clone_graph


def fgraph(inputs, outputs):
    """The private FunctionGraph a compiled function would rewrite (no updates)."""
    private, explicit = clone_graph(outputs, inputs)
    fg = FunctionGraph(explicit, private)
    fg.n_real, fg.updated, fg.listeners = len(outputs), [], []
    return fg
