"""theano.gof.graph.inputs/ancestors walk as Theano's stack search does: the last variable of
the list first, a node's inputs first to last."""
from __future__ import annotations

from rngscope.compat.theano.gof import graph
from rngscope.tensor import basic as T


def test_inputs_lists_the_last_outputs_needs_first():
    a, b, c = T.dscalar("a"), T.dscalar("b"), T.dscalar("c")
    first, second = a * b, c + a
    assert graph.inputs([first, second]) == [c, a, b]
    assert graph.inputs([first]) == [a, b]
    assert graph.inputs([first + second], blockers=[second]) == [a, b]
    assert graph.ancestors([first])[0] is first
