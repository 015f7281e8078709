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


def _nodes(v):
    """The Apply nodes behind ``v`` (iterative)."""
    seen, stack, out = set(), [v], []
    while stack:
        w = stack.pop()
        if w.owner is None or id(w.owner) in seen:
            continue
        seen.add(id(w.owner))
        out.append(w.owner)
        stack.extend(w.owner.inputs)
    return out


def test_an_elementwise_r_op_builds_each_input_s_gradient_as_its_own_tree():
    # Theano turns the scalar formula into tensors without a memo: maximum's eq(out, x)
    # appears once in each input's gradient, each constant under its own DimShuffle
    x, y, vx, vy = T.dvector("x"), T.dvector("y"), T.dvector("vx"), T.dvector("vy")
    r = Rop(T.maximum(x, y), [x, y], [vx, vy])
    eqs = [n for n in _nodes(r) if str(n.op) == "Elemwise{EQ}"]
    assert len(eqs) == 2 and eqs[0] is not eqs[1]
    xv, yv = np.array([1.0, -2.0, 3.0]), np.array([0.5, -1.0, 3.0])
    got = function([x, y, vx, vy], r)(xv, yv, np.ones(3), np.full(3, 10.0))
    assert got.tolist() == [1.0, 10.0, 1.0]  # a tie goes to the first input


def test_a_switch_s_condition_gets_zeros_cast_to_floatx():
    x, v = T.dvector("x"), T.dvector("v")
    r = Rop(T.switch(x > 0, x, 0.1 * x), x, v)
    casts = [n for n in _nodes(r) if str(n.op) == "Elemwise{Cast{float64}}"]
    assert any(str(n.inputs[0].owner.op) == "Elemwise{second}"
               and str(n.inputs[0].owner.inputs[1].owner.inputs[0]) == "TensorConstant{False}"
               for n in casts)
    got = function([x, v], r)(np.array([1.0, -1.0]), np.array([2.0, 2.0]))
    assert np.allclose(got, [2.0, 0.2])
