"""The scales BLAS takes from a product stay DimShuffle{} nodes of the constant the script
wrote (Theano's _as_scalar and _gemm_canonicalize call ``dimshuffle()``): specialize's constant
folding makes them 0-d constants later, in graph order, and the merge after fusion meets them
then.  Folded at once, the gradient of T.nnet.relu (0.5 * dot(g, W.T) twice) kept two
Dot22Scalar nodes apart where Theano 1.0.5 merges them into one."""
from __future__ import annotations

import numpy as np

from graphs import fgraph
from rngscope.compile.function import function
from rngscope.compile.rewriter import Context
from rngscope.compile.rewrites import blas as blas_rules
from rngscope.shared import shared
from rngscope.tensor import basic as T
from rngscope.tensor.blas import Dot22, Dot22Scalar
from rngscope.tensor.elemwise import DimShuffle
from rngscope.tensor.gradient import grad
from rngscope.tensor.variable import TensorConstant


def test_dot22scalar_scale_is_a_dimshuffle_of_the_constant():
    x, y = T.dmatrix("x"), T.dmatrix("y")
    half = T.constant(np.full((1, 1), 0.5))
    fg = fgraph([x, y], [half * Dot22()(x, y)])
    node = fg.toposort()[-1]
    (out,) = blas_rules.dot22_to_dot22scalar(node, Context(fg))
    assert isinstance(out.owner.op, Dot22Scalar)
    scale = out.owner.inputs[2]
    assert isinstance(scale.owner.op, DimShuffle) and scale.owner.op.new_order == ()
    assert isinstance(scale.owner.inputs[0], TensorConstant)
    assert scale.owner.inputs[0].data.shape == (1, 1)


def test_relu_gradient_reads_one_dot22scalar():
    rs = np.random.RandomState(230)
    x = T.dmatrix("x")
    w1 = shared(rs.randn(3, 5) * 0.5, name="W1")
    wo = shared(rs.randn(5, 2) * 0.5, name="Wo")
    h = 0.5 * (T.dot(x, w1) + abs(T.dot(x, w1)))  # T.nnet.relu's form
    cost = T.sum(T.dot(h, wo) ** 2)
    gw1, gwo = grad(cost, [w1, wo])
    f = function([x], [w1 - 0.5 * gw1, wo - 0.5 * gwo])
    ops = [str(n.op) for n in f.maker.fgraph.toposort()]
    # one for the forward 2 * dot, one for 0.5 * dot(g, Wo.T) read twice by the relu's gradient
    assert ops.count("Dot22Scalar") == 2, ops
    out = f(np.ones((2, 3)))
    np.testing.assert_allclose(out[0].shape, (3, 5))
