"""abs as Theano 1.0.5 rewrites it: lifted through mul and true_div in canonicalize
(local_abs_lift), x / abs(x) -> sgn(x) in the mul canonizer (check_for_x_over_absX), merged
again in specialize (local_abs_merge).  Conformance case `debugprint_abs_losses_sign`."""
from __future__ import annotations

import numpy as np

from graphs import fgraph
from rngscope.compile import modes
from rngscope.compile.function import function
from rngscope.compile.rewriter import Context
from rngscope.compile.rewrites import canonical, specialize
from rngscope.compile.vocabulary import scalar_cls
from rngscope.tensor import basic as T

x, y = T.dmatrix("x"), T.dmatrix("y")


def test_abs_of_a_product_is_lifted_to_a_product_of_abs():
    fg = fgraph([x, y], [T.abs_(x * y)])
    (new,) = canonical.abs_lift(fg.toposort()[-1], Context(fg))
    assert scalar_cls(new.owner) == "Mul"
    assert [scalar_cls(i.owner) for i in new.owner.inputs] == ["Abs", "Abs"]


def test_x_over_abs_x_is_its_sign():
    fg = fgraph([x], [x / T.abs_(x)])
    modes.canonicalize(fg)
    (out,) = fg.outputs
    assert scalar_cls(out.owner) == "Sgn" and out.owner.inputs[0].name == "x"


def test_abs_merge_joins_absolute_values_and_nonnegative_constants_only():
    two = T.constant(np.full((1, 1), 2.0))
    fg = fgraph([x, y], [T.mul(T.abs_(x), T.abs_(y), two)])
    (new,) = specialize.abs_merge(fg.toposort()[-1], Context(fg))
    assert scalar_cls(new.owner) == "Abs" and scalar_cls(new.owner.inputs[0].owner) == "Mul"
    fg = fgraph([x, y], [T.mul(T.abs_(x), T.abs_(y), -two)])
    assert specialize.abs_merge(fg.toposort()[-1], Context(fg)) is None


def test_values_survive_the_abs_rewrites():
    f = function([x, y], [T.abs_(x * y) / T.abs_(y), x / T.abs_(x), T.abs_(x) / T.abs_(y)])
    a, b = np.array([[1.0, -2.0]]), np.array([[-4.0, 0.5]])
    for got, want in zip(f(a, b), [np.abs(a), np.sign(a), np.abs(a / b)]):
        np.testing.assert_allclose(got, want)
