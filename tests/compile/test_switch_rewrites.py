"""The switch rewrites: a product or quotient with a switch one of whose branches is zero
takes the product into the other branch, and an op over switches on one condition becomes
one switch; values never change."""
from __future__ import annotations

import numpy as np

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad
from rngscope.tensor.nnet import elu


def _names(f):
    return [str(n.op) for n in f.maker.fgraph.toposort()]


def test_sinks_and_merge_fold_a_switch_gradient_into_one_switch():
    x = T.dvector("x")
    xv = np.array([-1.5, -0.2, 0.0, 0.7, 2.0])
    g = grad(T.sum(elu(x, 0.5) * np.arange(1.0, 6.0)), x)
    fast, slow = function([x], g), function([x], g, mode=UNOPTIMIZED)
    np.testing.assert_allclose(fast(xv), slow(xv), rtol=1e-15)
    (only,) = _names(fast)
    assert only.startswith("Elemwise{Composite{Switch(GT(") and only.count("Switch") == 1


def test_mul_and_div_sink_into_the_non_zero_branch():
    x, y = T.dvector("x"), T.dvector("y")
    c = x > 0
    f = function([x, y], [T.switch(c, 0, y) * x * 3.0, T.switch(c, y, 0) / (x + 5.0)])
    a, b = f(np.array([-1.0, 2.0]), np.array([4.0, 5.0]))
    assert a.tolist() == [-12.0, 0.0] and b.tolist() == [0.0, 5.0 / 7.0]
