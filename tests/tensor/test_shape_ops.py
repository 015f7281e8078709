"""Join: its shape is known without running it, and numpy's mismatch message is Theano's."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.tensor import basic as T


def test_the_shape_of_a_join_is_computed_without_the_join():
    x, y = T.dmatrix("x"), T.dmatrix("y")
    f = function([x, y], T.join(0, x, y).shape)
    assert f(np.ones((5, 4)), np.ones((3, 3))).tolist() == [8, 4]
    assert "Join" not in [str(n.op) for n in f.maker.fgraph.toposort()]
    g = function([x, y], T.join(1, x, y, x).shape)
    assert g(np.ones((2, 4)), np.ones((2, 1))).tolist() == [2, 9]


def test_a_mismatched_join_says_what_numpy_1_23_said():
    x, y = T.dmatrix("x"), T.dmatrix("y")
    with pytest.raises(ValueError, match=r"^all the input array dimensions for the concatenation axis "
                                         r"must match exactly, but along dimension 1"):
        function([x, y], T.join(0, x, y))(np.ones((5, 4)), np.ones((3, 3)))
