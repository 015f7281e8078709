"""The rewrites that turn indexed sets and increments into each other, as Theano's compiled
graphs show them: an increment of a constant of zeros is a set, and a set of rows that adds
to those same rows is an increment of them."""
from __future__ import annotations

import numpy as np

from graphs import fgraph
from rngscope.compile.function import function
from rngscope.compile.rewriter import equilibrium
from rngscope.compile.rewrites.increments import set_to_inc_subtensor
from rngscope.compile.rewrites.set_constants import incsubtensor_of_zeros_to_set
from rngscope.tensor import basic as T
from rngscope.tensor.grad_ops import inc_subtensor, set_subtensor


def ops(fg):
    return [str(node.op) for node in fg.toposort()]


def test_an_increment_of_a_constant_of_zeros_becomes_a_set():
    x, i = T.dvector("x"), T.lscalar("i")
    zeros, ones = T.constant(np.zeros(3)), T.constant(np.ones(3))
    fg = fgraph([x, i], [inc_subtensor(zeros[i], x[0]), inc_subtensor(ones[i], x[0]),
                         inc_subtensor(T.zeros_like(x)[i], x[0])])
    equilibrium(fg, (incsubtensor_of_zeros_to_set,))
    sets = [o.owner.op.set_instead_of_inc for o in fg.outputs]
    assert sets == [True, False, False]  # ones, and zeros not yet a constant, stay increments


def test_a_set_of_rows_adding_to_those_rows_becomes_an_increment():
    H, idx, g = T.dmatrix("H"), T.ivector("idx"), T.dmatrix("g")
    fg = fgraph([H, idx, g], [set_subtensor(H[idx], H[idx] + g), set_subtensor(H[idx], g + H[idx]),
                              set_subtensor(H[idx], H[idx] - g), set_subtensor(H[1:3], H[1:3] + g)])
    equilibrium(fg, (set_to_inc_subtensor,))
    assert [str(o.owner.op) for o in fg.outputs] == [
        "AdvancedIncSubtensor1{no_inplace,inc}", "AdvancedIncSubtensor1{no_inplace,inc}",
        "AdvancedIncSubtensor1{no_inplace,set}", "IncSubtensor{Set;int64:int64:}"]
    assert fg.outputs[0].owner.inputs[1].name == "g"


def test_the_compiled_set_then_adds_a_repeated_row_twice_as_theanos_does():
    H, idx, g = T.dmatrix("H"), T.ivector("idx"), T.dmatrix("g")
    f = function([H, idx, g], set_subtensor(H[idx], H[idx] + g))
    got = f(np.zeros((3, 2)), np.array([1, 1], dtype="int32"), np.ones((2, 2)))
    assert got.tolist() == [[0.0, 0.0], [2.0, 2.0], [0.0, 0.0]]
