"""FunctionGraph's client index: the readers of each variable in Theano's order."""
from __future__ import annotations

from rngscope.compile.fgraph import FunctionGraph
from rngscope.tensor import basic as T


def test_an_output_also_read_by_a_node_lists_the_output_after_the_node():
    # Theano's FunctionGraph.__init__ imports every output's nodes, then adds the outputs
    x = T.dvector("x")
    h = T.tanh(x)
    total = h.sum()
    fg = FunctionGraph([x], [h, total])
    assert [c if c == "output" else str(c.op) for c, _i in fg.clients(h)] == [
        "Sum{acc_dtype=float64}", "output"]
    assert fg.clients(total) == [("output", 1)]
