"""unravel_index, ravel_multi_index and bartlett: numpy's values, Theano's dtypes, op names,
shapes and errors (as observed in Theano 1.0.5, whose UnravelIndex ignores its order)."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.tensor import basic as T
from rngscope.tensor.extra_ops import bartlett
from rngscope.tensor.flat_index import ravel_multi_index, unravel_index
from rngscope.tensor.gradient import grad


def test_unravel_index_gives_int64_coordinates_as_a_tuple():
    i = T.ivector("i")
    rows, cols = out = unravel_index(i, (3, 4))
    assert isinstance(out, tuple) and [v.dtype for v in out] == ["int64", "int64"]
    assert str(rows.owner.op) == "UnravelIndex{ndim=2, order='C'}"
    assert rows.owner.inputs[1].dtype == "int64"  # a tuple of dims through numpy
    got = function([i], list(out))(np.array([5, 7, 11], dtype="int32"))
    assert [g.tolist() for g in got] == [[1, 1, 2], [1, 3, 3]]


def test_unravel_index_in_f_order_still_unravels_in_c_order_as_theano_does():
    i = T.lvector("i")
    out = unravel_index(i, (3, 4), order="F")
    got = function([i], list(out))(np.array([1, 2, 7]))
    assert [g.tolist() for g in got] == [list(c) for c in np.unravel_index([1, 2, 7], (3, 4))]


def test_unravel_index_needs_ndim_for_dims_of_unknown_length():
    i, d = T.ivector("i"), T.ivector("d")
    with pytest.raises(ValueError, match=r"dimension list \(d\) cannot be automatically"):
        unravel_index(i, d)
    assert len(unravel_index(i, d, ndim=3)) == 3
    assert unravel_index(i, np.array([3, 4], dtype="int32"))[0].owner.inputs[1].dtype == "int32"


def test_ravel_multi_index_matches_numpy_and_wants_a_list():
    i = T.ivector("i")
    r = ravel_multi_index((i, i), (3, 4), order="F")
    assert str(r.owner.op) == "RavelMultiIndex{mode='raise', order='F'}" and r.dtype == "int64"
    assert function([i], r)(np.array([1, 2], dtype="int32")).tolist() == [4, 8]
    with pytest.raises(TypeError, match="multi_index must be a tuple or a list."):
        ravel_multi_index(i, (3, 4))


def test_bartlett_is_numpys_window_and_its_length_is_never_negative():
    M = T.iscalar("M")
    b = bartlett(M)
    f = function([M], [b, b.shape])
    for n in (5, 1, 0, -2):
        window, shape = f(n)
        assert window.tolist() == np.bartlett(n).tolist() and shape.tolist() == [max(n, 0)]
    with pytest.raises(TypeError, match="Bartlett only works on scalar input"):
        bartlett(T.ivector())
    with pytest.raises(TypeError, match="Bartlett only works on integer input"):
        bartlett(T.dscalar())


def test_their_gradients_fail_as_theanos_do():
    i, x = T.ivector("i"), T.dscalar("x")
    with pytest.raises(AttributeError, match="'UnravelIndex' object has no attribute 'grad'"):
        grad(T.sum(unravel_index(i, (3, 4))[0]) * 1.0, i)
    with pytest.raises(TypeError, match="Bartlett.grad returned None"):
        grad(T.sum(bartlett(T.cast(x, "int32")) * x), x)
