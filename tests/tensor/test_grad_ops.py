"""inc_subtensor / set_subtensor of the indexed forms Theano's inc_subtensor takes apart: a
dimshuffled part (``W[idx].T``) and a part indexed by a matrix of indices (``W[m]``, the
flattened index then a reshape), as embedding and negative-sampling code writes them."""
from __future__ import annotations

import numpy as np

from rngscope.compile.function import function
from rngscope.tensor import basic as T
from rngscope.tensor.grad_ops import AdvancedIncSubtensor1, inc_subtensor, set_subtensor

W = T.dmatrix("W")
v = T.ivector("v")
m = T.imatrix("m")
Wv = np.arange(9.0).reshape(3, 3)


def test_an_increment_of_a_part_indexed_by_a_matrix_increments_the_rows_it_names():
    """inc_subtensor(W[m], y): Theano's Reshape branch, y spread to W[m]'s shape, flattened
    to the rows of the flattened index, and W incremented there (the result is W's shape)."""
    y = T.dmatrix("y")
    out = inc_subtensor(W[m], y.dimshuffle(0, "x", 1))
    assert isinstance(out.owner.op, AdvancedIncSubtensor1) and out.ndim == 2
    mv = np.array([[0, 1], [1, 1]], dtype="int32")
    yv = np.array([[1.0, 2.0, 3.0], [10.0, 20.0, 30.0]])
    got = function([W, m, y], out)(Wv, mv, yv)
    want = Wv.copy()
    np.add.at(want, mv.ravel(), np.repeat(yv, 2, axis=0))
    np.testing.assert_array_equal(got, want)
    scalar = function([W, m], set_subtensor(W[m], 5.0))(Wv, mv)
    np.testing.assert_array_equal(scalar, [[5.0] * 3, [5.0] * 3, Wv[2]])


def test_an_increment_of_a_dimshuffled_part_is_the_dimshuffled_increment():
    """inc_subtensor(W[v].T, y): Theano's DimShuffle branch, the increment made in W's
    order and the result dimshuffled as the part was (W.T's shape)."""
    y = T.dmatrix("y")
    out = inc_subtensor(W[v].T, y)
    assert out.owner.op.__class__.__name__ == "DimShuffle"
    vv = np.array([2, 0], dtype="int32")
    yv = np.ones((3, 2)) * 10
    got = function([W, v, y], out)(Wv, vv, yv)
    want = Wv.copy()
    want[vv] += yv.T
    np.testing.assert_array_equal(got, want.T)
    got = function([W], set_subtensor(W[1:].T, 5.0))(Wv)
    np.testing.assert_array_equal(got, [[0.0, 5.0, 5.0], [1.0, 5.0, 5.0], [2.0, 5.0, 5.0]])
