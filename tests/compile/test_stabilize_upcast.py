"""Theano 1.0.5 registers local_upcast_elemwise_constant_inputs in canonicalize only: the
index arithmetic local_fill_to_alloc brings in after stabilize (a minibatch's slice length,
built from the bounds as the script wrote them) keeps the script's int8 constants, and the
fused Composite reads each of them once."""
from __future__ import annotations

import numpy as np

from graphs import fgraph
from rngscope.compile import modes
from rngscope.compile.function import function
from rngscope.shared import shared
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad
from rngscope.tensor.nnet import arange, logsoftmax
from rngscope.tensor.alloc import Alloc
from rngscope.tensor.variable import Constant


def test_stabilize_leaves_int8_constant_inputs():
    n = T.lscalar("n")
    fg = fgraph([n], [n * 5])
    modes.stabilize(fg)
    (node,) = fg.toposort()
    assert [i.dtype for i in node.inputs if isinstance(i, Constant)] == ["int8"]


def test_minibatch_pick_gradient_alloc_reads_the_scripts_constants():
    data_x = shared(np.arange(30.0).reshape(10, 3), name="data_x")
    data_y = shared((np.arange(10) % 3).astype("int32"), name="data_y")
    index = T.lscalar("index")
    x, y = T.dmatrix("x"), T.ivector("y")
    logp = logsoftmax(x)
    g = grad(-T.mean(logp[arange(y.shape[0]), y]), x)
    f = function([index], g, givens={x: data_x[index * 5:(index + 1) * 5],
                                     y: data_y[index * 5:(index + 1) * 5]})
    (alloc,) = [n for n in f.maker.fgraph.toposort() if isinstance(n.op, Alloc)]
    size = alloc.inputs[1].owner
    consts = [i for i in size.inputs if isinstance(i, Constant) and i.data in (1, 5)]
    assert [(int(c.data), c.dtype) for c in consts] == [(1, "int8"), (5, "int8")]
    assert f(1).shape == (5, 3)


def test_stabilize_distributes_a_product_into_a_difference():
    """Theano registers local_greedy_distributor in stabilize too: (n - 1) * int64(1) becomes
    n - int64(1) (the constants 1 * 1 computed in the product's dtype)."""
    n = T.lscalar("n")
    fg = fgraph([n], [(T.switch(T.lt(n, 0), 0, n) - 1) * np.int64(1)])
    modes.stabilize(fg)
    out = fg.outputs[0].owner
    assert str(out.op) == "Elemwise{sub,no_inplace}"
    assert [(int(c.data), c.dtype) for c in out.inputs if isinstance(c, Constant)] == [(1, "int64")]


def test_a_cumsums_gradient_length_reads_the_distributed_int64_one():
    v = T.dvector("v")
    f = function([v], grad(T.sum(v.cumsum() * 2.0), v))
    (alloc,) = [n for n in f.maker.fgraph.toposort() if isinstance(n.op, Alloc)]
    size = alloc.inputs[1].owner
    int64_ones = {id(c) for c in size.inputs if isinstance(c, Constant) and c.dtype == "int64"}
    assert len(int64_ones) == 1  # the step's 1 and the distributed 1, merged
    assert sum(1 for c in size.inputs if id(c) in int64_ones) == 2
    assert f(np.array([1.5, 0.0, 2.0])).tolist() == [6.0, 4.0, 2.0]
