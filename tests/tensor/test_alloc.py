"""Alloc and AllocEmpty: an axis broadcasts where its size is proved 1, computed sizes
included (Theano 1.0.5's alloc_validate_shape asks get_scalar_constant_value)."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.tensor import basic as T
from rngscope.tensor.alloc import Alloc, AllocEmpty
from rngscope.tensor.static import constant_value

two, n, v = T.constant(2), T.lscalar("n"), T.dvector("v")


@pytest.mark.parametrize("make, bcast", [
    (lambda: T.alloc(0.0, 2 - 1, 3), (True, False)),
    (lambda: T.alloc(v, T.constant(3) - 2, v.shape[0]), (True, False)),
    (lambda: T.alloc(0.0, two - 1, n), (True, False)),
    (lambda: T.zeros((1 + 0, 3)), (True, False)),
    (lambda: T.ones((two * 1, two // 2)), (False, True)),
    (lambda: T.alloc(1.0, v.dimshuffle("x", 0).shape[0], 2), (True, False)),
    (lambda: T.alloc(0.0, T.switch(T.lt(two, 3), 1, 2), 2), (True, False)),
    (lambda: T.alloc(0.0, T.maximum(two - 2, 1), n), (True, False)),
    (lambda: T.alloc(0.0, two - 2, n), (False, False)),
    (lambda: T.alloc(0.0, n, n), (False, False)),
    (lambda: AllocEmpty("float64")(two - 1, n), (True, False)),
    (lambda: AllocEmpty("float64")(T.cast(two, "int64") // 2, 3), (True, False)),
], ids=["literal", "const-minus", "symbolic-other", "zeros", "ones-col", "broadcast-shape",
        "switch", "maximum", "zero", "unknown", "empty", "empty-intdiv"])
def test_an_axis_broadcasts_where_its_size_is_proved_1(make, bcast):
    assert make().broadcastable == bcast


def test_a_computed_size_1_runs_as_a_row():
    f = function([n], T.alloc(1.5, two - 1, n) + T.zeros((n, 1 + 0)))
    assert f(3).tolist() == [[1.5, 1.5, 1.5]] * 3


def test_constant_value_reads_through_an_alloc_and_its_kin():
    assert constant_value(Alloc()(T.constant(4.0), n, n)) == 4.0
    assert constant_value(T.constant(3).dimshuffle("x")) == 3
    assert constant_value(AllocEmpty("float64")(n)) is None
    assert np.ndim(constant_value(T.zeros((2, 2)))) == 0


@pytest.mark.parametrize("make, message", [
    (lambda: T.alloc(0.0, 2.5), "argument 0 is not for apply node: TensorConstant{2.5}"),
    (lambda: T.alloc(0.0, 2, T.dscalar("d")), "argument 1 is not for apply node: d"),
    (lambda: T.zeros((v.shape[0] + 0.5,)), "argument 0 is not for apply node: Elemwise{add"),
    (lambda: AllocEmpty("float64")(n, 3.0), "argument 1 is not for apply node: TensorConstant{3.0}"),
], ids=["float", "float-variable", "computed", "empty"])
def test_a_size_that_is_not_an_integer_is_refused_as_theano_refuses_it(make, message):
    with pytest.raises(TypeError, match="^Shape arguments to Alloc must be integers, but " + message):
        make()


def test_a_size_must_be_a_scalar():
    with pytest.raises(TypeError) as info:
        T.alloc(0.0, T.lvector("s"))
    assert info.value.args == ("Each shape dimension to Alloc must be a scalar, ",
                               "but dimension 0 have 1 dimensions for apply node: s")
