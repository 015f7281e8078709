"""T.Lop and T.Rop: vector-Jacobian and Jacobian-vector products against the explicit
Jacobian, on random inputs, for several op families."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.compile.jacobian import jacobian
from rngscope.tensor import basic as T
from rngscope.tensor.lop_rop import Lop, Rop

RNG = np.random.RandomState(11)
FUNCS = {
    "tanh_dot": lambda x, W: T.tanh(T.dot(W, x)),
    "softplus_sum": lambda x, W: T.softplus(x * T.sum(W, axis=0)),
    "sqr_concat": lambda x, W: T.concatenate([T.sqr(x), T.dot(W, x)]) * 0.5,
}


@pytest.mark.parametrize("name", sorted(FUNCS))
def test_products_match_the_jacobian(name):
    x, W = T.dvector("x"), T.dmatrix("W")
    y = FUNCS[name](x, W)
    u, v = T.dvector("u"), T.dvector("v")
    xv, Wv = RNG.uniform(-1, 1, 3), RNG.uniform(-1, 1, (3, 3))
    J = function([x, W], jacobian(y, x))(xv, Wv)
    uv, vv = RNG.uniform(-1, 1, J.shape[0]), RNG.uniform(-1, 1, 3)
    lop = function([x, W, u], Lop(y, x, u))(xv, Wv, uv)
    rop = function([x, W, v], Rop(y, x, v))(xv, Wv, vv)
    np.testing.assert_allclose(lop, uv @ J, rtol=1e-12)
    np.testing.assert_allclose(rop, J @ vv, rtol=1e-12)


def test_forms_and_the_dimensionality_check():
    x, W, V = T.dvector("x"), T.dmatrix("W"), T.dmatrix("V")
    y = T.dot(x, W)
    assert isinstance(Rop([y], W, V), list) and isinstance(Lop(y, [W], x[:2]), list)
    assert not isinstance(Rop(y, W, V), list)
    # Theano 1.0.5's words (recorded)
    with pytest.raises(ValueError, match="Element 0 of wrt/eval_point have mismatched dimensionality: "
                                         "2 versus 1$"):
        Rop(y, W, x)
