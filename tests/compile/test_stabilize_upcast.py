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

