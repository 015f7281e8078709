"""Canonicalize's small cases, as Theano 1.0.5 rewrites them: the mul canonizer writes a lone
inv(x) as 1 / x (its family has no reciprocal), so abs(inv(x)) is lifted to 1 / abs(x);
0 / x and a product with a 0 are zeros of the result's shape (local_zero_div, -0.0 included;
local_mul_specialize); neg(neg(x)) and inv(inv(x)) go in canonicalize (local_func_inv); and a
sum of indexed increments becomes a chain of increments (local_IncSubtensor_serialize).
Conformance cases `grad_generated_*`."""
from __future__ import annotations

import numpy as np

from graphs import fgraph
from rngscope.compile import modes
from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.compile.rewriter import Context
from rngscope.compile.rewrites import specialize
from rngscope.compile.rewrites.increments import serialize_increments
from rngscope.compile.vocabulary import scalar_cls
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad
from rngscope.tensor.grad_ops import IncSubtensor, inc_subtensor, set_subtensor
from rngscope.tensor.alloc import Alloc

x = T.dmatrix("x")
v = T.dvector("v")
rows = np.array([[0.5, -2.0, 4.0], [-1.0, 0.25, 3.0]])


def _classes(fg):
    return [scalar_cls(n) or type(n.op).__name__ for n in fg.toposort()]


def test_a_lone_inv_is_one_over_x_in_canonical_form():
    fg = fgraph([x], [T.inv(x)])
    modes.canonicalize(fg)
    (out,) = fg.outputs
    assert scalar_cls(out.owner) == "TrueDiv"
    assert out.owner.inputs[0].signature() == T.constant(np.ones((1, 1))).signature()


def test_abs_of_inv_is_lifted_and_compiles_to_inv_of_abs():
    fg = fgraph([x], [abs(T.inv(x))])
    modes.canonicalize(fg)
    assert "Abs" in _classes(fg) and fg.outputs[0].owner.inputs[1].owner.inputs[0].name == "x"
    f = function([x], abs(T.inv(x)))
    (node,) = f.maker.fgraph.toposort()
    assert str(node.op) == "Elemwise{Composite{inv(Abs(i0))}}"
    np.testing.assert_array_equal(f(rows), 1 / np.abs(rows))


def test_zero_over_x_is_an_alloc_of_zeros():
    for zero in (0.0, -0.0):
        out = T.constant(np.full((1, 1), zero)) / x
        fg = fgraph([x], [out])
        modes.canonicalize(fg)
        assert isinstance(fg.outputs[0].owner.op, Alloc) and "TrueDiv" not in _classes(fg)
        got = function([x], out)(rows)
        assert got.shape == rows.shape and not got.any() and not np.signbit(got).any()


def test_a_nonzero_numerator_is_kept():
    fg = fgraph([x], [T.constant(np.full((1, 1), 2.0)) / x])
    modes.canonicalize(fg)
    assert "TrueDiv" in _classes(fg)


def test_a_sum_of_increments_becomes_a_chain():
    z = T.zeros_like(v)
    a, b = inc_subtensor(z[0], 2.0), inc_subtensor(z[1:], v[:-1])
    out = v + a + b
    fg = fgraph([v], [out])
    modes.serialize_increments_pass(fg)
    top = fg.outputs[0].owner
    assert isinstance(top.op, IncSubtensor) and isinstance(top.inputs[0].owner.op, IncSubtensor)
    assert scalar_cls(top.inputs[0].owner.inputs[0].owner) == "Add"
    data = np.array([1.0, 2.0, 3.0])
    np.testing.assert_array_equal(function([v], out)(data), function([v], out, mode=UNOPTIMIZED)(data))


def test_sets_and_shared_increments_stay_where_they_are():
    z = T.zeros_like(v)
    s = set_subtensor(z[0], 2.0)
    fg = fgraph([v], [v + s])
    assert serialize_increments(fg.toposort()[-1], Context(fg)) is None
    a = inc_subtensor(z[0], 2.0)
    fg = fgraph([v], [v + a, a * 2])  # the increment has another reader
    add = [n for n in fg.toposort() if scalar_cls(n) == "Add"][0]
    assert serialize_increments(add, Context(fg)) is None


def test_double_negations_and_inverses_go_before_the_canonizers():
    """local_func_inv runs in canonicalize too, offered every Elemwise before neg -> -1 * x:
    the gradient of mean(inv(inv(x))) keeps the mean's scale as 1 / n / m (Theano's form)."""
    f = function([x], grad(T.mean(T.inv(T.inv(x))), x))
    ops = [str(n.op) for n in f.maker.fgraph.toposort()]
    assert "Elemwise{Composite{(inv(i0) / i1)}}" in ops
    np.testing.assert_allclose(f(rows), np.full(rows.shape, 1 / rows.size))
    fg = fgraph([x], [-(-x) + 1])
    modes.canonicalize(fg)
    assert "Neg" not in _classes(fg) and "Mul" not in _classes(fg)


def test_a_product_with_a_zero_is_a_zero_in_specialize():
    fg = fgraph([x], [T.mul(T.constant(np.zeros((1, 1))), x, x)])
    (new,) = specialize.mul_specialize(fg.toposort()[-1], Context(fg))
    assert isinstance(new.owner.op, Alloc) and new.type == fg.outputs[0].type
    f = function([x], T.sum(T.zeros_like(x)) / x.shape[0])
    assert [str(n.op) for n in f.maker.fgraph.toposort()] == ["DeepCopyOp"]
    assert f(rows) == 0.0
