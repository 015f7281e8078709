"""Specialize as Theano 1.0.5 runs it: local_pow_specialize's seven exponents, a
specialize_device that rewrites powers only (a fill stays a fill), local_merge_alloc, and
constant inputs upcast only when they are bare constants, and local_opt_alloc.

The conformance cases `debugprint_grad_pow_exponents`, `debugprint_mlp_relu_switch_dropout`,
`debugprint_grad_mean_of_row_sums` and `debugprint_robust_regression_losses` show them in
whole programs.
"""
from __future__ import annotations

import numpy as np
import pytest

from graphs import fgraph
from rngscope.compile import modes
from rngscope.compile.rewriter import Context, equilibrium
from rngscope.compile.function import function
from rngscope.compile.rewrites import canonical, reductions, specialize
from rngscope.compile.vocabulary import is_fill, scalar_cls
from rngscope.tensor import basic as T
from rngscope.tensor.assert_op import Assert
from rngscope.tensor.alloc import Alloc

x = T.dmatrix("x")


@pytest.mark.parametrize("exponent, classes", [
    (2.0, ["Sqr"]), (0.5, ["Sqrt"]), (-0.5, ["Sqrt", "Inv"]), (-1.0, ["Inv"]),
    (-2.0, ["Sqr", "Inv"]), (0.0, [None, "Second"]),  # fill(x, DimShuffle{x,x}(1.0))
])
def test_pow_specialize_rewrites_theanos_seven_exponents(exponent, classes):
    # the exponent as constant folding leaves it: the rule reads constants only
    fg = fgraph([x], [x ** T.constant(np.full((1, 1), exponent))])
    equilibrium(fg, (specialize.pow_specialize,))
    assert [scalar_cls(n) for n in fg.toposort()] == classes


def test_pow_specialize_waits_for_a_dimshuffled_exponent_to_be_folded():
    # recorded with Theano 1.0.5: local_pow_specialize leaves x ** DimShuffle{x,x}(2.0)
    fg = fgraph([x], [x ** T.constant(np.float64(2.0))])
    assert not equilibrium(fg, (specialize.pow_specialize,))


def test_pow_specialize_leaves_other_exponents_to_specialize_device():
    fg = fgraph([x], [x ** T.constant(np.float64(1.5))])
    assert not equilibrium(fg, (specialize.pow_specialize,))


def test_specialize_device_leaves_a_fill_a_fill():
    row = x[0]
    fg = fgraph([x], [T.fill(row, T.constant(np.zeros(1)))])
    modes.specialize_device(fg)
    assert is_fill(fg.outputs[0].owner)


def test_merge_alloc_makes_an_alloc_of_an_alloc_one_alloc():
    n, m = T.lscalar("n"), T.lscalar("m")
    v = T.dscalar("v")
    fg = fgraph([v, n, m], [T.alloc(T.alloc(v, n, 1), n, m)])
    (new,) = canonical.merge_alloc(fg.toposort()[-1], Context(fg))
    assert isinstance(new.owner.op, Alloc) and new.owner.inputs[0].name == "v"
    assert [i.name for i in new.owner.inputs[1:]] == ["n", "m"]


def test_merge_alloc_checks_an_inner_size_that_is_not_the_outer_one():
    n, k, m = T.lscalar("n"), T.lscalar("k"), T.lscalar("m")
    v = T.dscalar("v")
    fg = fgraph([v, n, k, m], [T.alloc(T.alloc(v, k, 1), n, m)])
    (new,) = canonical.merge_alloc(fg.toposort()[-1], Context(fg))
    first = new.owner.inputs[1]
    assert isinstance(first.owner.op, Assert) and first.owner.inputs[0].name == "n"


def test_upcast_leaves_a_dimshuffled_constant_to_the_canonizer():
    """Theano reads constants with only_process_constants: DimShuffle{x,x}(1) stays int8."""
    one = T.constant(np.int8(1)).dimshuffle("x", "x")
    fg = fgraph([x], [one + x])
    assert canonical.upcast_constant_inputs(fg.toposort()[-1], Context(fg)) is None
    fg = fgraph([x], [T.add(T.constant(np.ones((1, 1), dtype="int8")), x)])
    (new,) = canonical.upcast_constant_inputs(fg.toposort()[-1], Context(fg))
    assert new.owner.inputs[0].dtype == "float64"


def test_a_sum_of_an_alloc_of_a_constant_is_the_constant_times_the_sizes():
    n, m = T.lscalar("n"), T.lscalar("m")
    filled = T.alloc(T.constant(np.float64(3.0)), n, m)
    fg = fgraph([n, m], [T.sum(filled), T.sum(filled, axis=0)])
    equilibrium(fg, (reductions.reduce_of_alloc,))
    total, per_column = fg.outputs
    assert scalar_cls(total.owner) == "Mul" and total.owner.inputs[0].data == 3.0
    assert isinstance(per_column.owner.op, Alloc) and per_column.owner.inputs[1].name == "m"
    f = function([n, m], [T.sum(filled), T.prod(T.alloc(T.constant(np.float64(2.0)), n))])
    assert [float(v) for v in f(2, 5)] == [30.0, 4.0]


def test_add_specialize_drops_a_product_of_a_constant_and_zeros():
    # a zero gradient's path as specialize leaves it: x + mul(-0.1, Alloc(0.0, n, m));
    # recorded with Theano 1.0.5: local_add_specialize reads the product as 0 and keeps
    # only a fill of x
    n, m = T.lscalar("n"), T.lscalar("m")
    zeros = T.mul(T.constant(-0.1), T.alloc(T.constant(0.0), n, m))
    fg = fgraph([x, n, m], [x + zeros])
    assert equilibrium(fg, (specialize.add_specialize,))
    # fill(zeros, fill(x, x)): x, shaped by every original input
    out = fg.outputs[0].owner
    assert scalar_cls(out) == "Second" and scalar_cls(out.inputs[0].owner) == "Mul"
    assert out.inputs[1].owner.inputs == [x, x]
    assert not any(scalar_cls(nd) == "Add" for nd in fg.toposort())
