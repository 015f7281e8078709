"""The mul canonizer's softmax simplifier (Theano's softmax_simplifier): exp(x) over its own
row sum, kept as a column, is Softmax(x) (conformance case `debugprint_manual_softmax_logsumexp`)."""
from __future__ import annotations

import numpy as np

from graphs import fgraph
from rngscope.compile import modes
from rngscope.compile.function import function
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad
from rngscope.tensor.nnet import Softmax

x = T.dmatrix("x")


def test_exp_over_its_row_sum_is_a_softmax():
    e = T.exp(x)
    fg = fgraph([x], [e / T.sum(e, axis=1, keepdims=True)])
    modes.canonicalize(fg)
    (out,) = fg.outputs
    assert isinstance(out.owner.op, Softmax) and out.owner.inputs[0].name == "x"


def test_a_column_sum_or_another_exp_is_no_softmax():
    e = T.exp(x)
    for out in (e / T.sum(e, axis=0, keepdims=True), e / T.sum(T.exp(2 * x), axis=1, keepdims=True)):
        fg = fgraph([x], [out])
        modes.canonicalize(fg)
        assert not any(isinstance(n.op, Softmax) for n in fg.toposort())


def test_the_gradient_of_log_sum_exp_reads_a_softmax():
    lse = T.mean(T.log(T.sum(T.exp(x), axis=1, keepdims=True)))
    f = function([x], grad(lse, x))
    assert any(isinstance(n.op, Softmax) for n in f.maker.fgraph.toposort())
    data = np.arange(6.0).reshape(2, 3)
    soft = np.exp(data) / np.exp(data).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(f(data), soft / 2)
