"""theano.tensor.nnet.conv2d: the AbstractConv2d ops print and shape as Theano's, FAST_RUN
makes them ConvOps (gradients too) and stops at one it cannot, and their calls raise
Theano's scipy.signal errors, as under the recording recipe."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.compile.rewrites.conv import LocalMetaOptimizerSkipAssertionError
from rngscope.graph.basic import MethodNotDefined
from rngscope.tensor import basic as T
from rngscope.tensor.conv import (
    AbstractConv2d, AbstractConv2d_gradInputs, AbstractConv2d_gradWeights, ConvOp, conv2d, conv_op,
)
from rngscope.tensor.gradient import grad
from rngscope.tensor.variable import TensorType

X = np.arange(2 * 1 * 6 * 7, dtype="float64").reshape(2, 1, 6, 7)
W = np.ones((3, 1, 3, 2))


def tensor4(name):
    return TensorType("float64", (False,) * 4)(name)


def test_the_ops_print_as_theanos():
    assert str(AbstractConv2d(border_mode=1)) == (
        "AbstractConv2d{convdim=2, border_mode=(1, 1), subsample=(1, 1), filter_flip=True, "
        "imshp=(None, None, None, None), kshp=(None, None, None, None), filter_dilation=(1, 1), "
        "num_groups=1, unshared=False}")
    assert AbstractConv2d(border_mode=(0, 0)).border_mode == "valid"
    assert str(AbstractConv2d_gradWeights((2, 1, 6, 6))).startswith(
        "AbstractConv2d_gradWeights{convdim=2, border_mode='valid'")
    assert str(conv_op(dx=2, output_mode="full", kshp_logical_top_aligned=False)) == (
        "ConvOp{('imshp', (None, None, None)),('kshp', (None, None)),('nkern', None),('bsize', None),"
        "('dx', 2),('dy', 1),('out_mode', 'full'),('unroll_batch', None),('unroll_kern', None),"
        "('unroll_patch', True),('imshp_logical', (None, None, None)),('kshp_logical', (None, None)),"
        "('kshp_logical_top_aligned', False)}")


def _size(v, k, mode, s):
    pad = {"valid": 0, "full": k - 1, "half": k // 2}.get(mode, mode)
    return (v + 2 * pad - k) // s + 1


@pytest.mark.parametrize("mode,subsample", [("valid", (1, 1)), ("full", (2, 1)), ("half", (1, 2)),
                                            (1, (2, 2)), ((2, 0), (1, 1))])
def test_the_inferred_shape_is_the_convolutions(mode, subsample):
    x, w = tensor4("x"), tensor4("w")
    shape = function([x, w], conv2d(x, w, border_mode=mode, subsample=subsample).shape)(X, W)
    modes = mode if isinstance(mode, tuple) else (mode, mode)
    expected = [2, 3] + [_size(X.shape[2 + i], W.shape[2 + i], modes[i], subsample[i]) for i in range(2)]
    assert shape.tolist() == expected


def test_fast_run_makes_conv_ops_and_calls_raise_method_not_defined():
    x, w = tensor4("x"), tensor4("w")
    y = conv2d(x, w)
    f = function([x, w], [y] + grad(T.sum(y), [x, w]))
    ops = {type(n.op) for n in f.maker.fgraph.toposort()}
    assert ConvOp in ops and not ops & {AbstractConv2d, AbstractConv2d_gradInputs,
                                        AbstractConv2d_gradWeights}
    with pytest.raises(MethodNotDefined, match="Need the python package for scipy.signal"):
        f(X, W)


def test_unoptimized_calls_raise_not_implemented():
    from rngscope.compile.modes import UNOPTIMIZED

    x, w = tensor4("x"), tensor4("w")
    with pytest.raises(NotImplementedError, match="AbstractConv perform requires"):
        function([x, w], conv2d(x, w), mode=UNOPTIMIZED)(X, W)


@pytest.mark.parametrize("kwargs", [dict(border_mode="half"), dict(border_mode=1),
                                    dict(filter_flip=False), dict(filter_dilation=(2, 1))])
def test_what_no_rewrite_takes_stops_the_compilation(kwargs):
    x, w = tensor4("x"), tensor4("w")
    with pytest.raises(LocalMetaOptimizerSkipAssertionError, match="^AbstractConv2d Theano"):
        function([x, w], conv2d(x, w, **kwargs))


def test_known_shapes_pick_theanos_unrolling():
    op = conv_op((2, 6, 6), (3, 3), nkern=4, bsize=8, dx=2, imshp_logical=(2, 9, 9),
                 kshp_logical=(4, 4))
    assert (op.unroll_batch, op.unroll_kern, op.unroll_patch) == (4, 2, False)
    assert conv_op((1, 6, 6), (3, 3), nkern=7, bsize=7).unroll_patch is True  # no pair divides
    assert conv_op((1, 6, 6), (3, 3), nkern=None, bsize=2).unroll_patch is True  # a shape unknown
    assert conv_op((1, 6, 6), (3, 3), 3, 5, output_mode="full").unroll_batch == 5


def test_known_shapes_reach_the_conv_ops():
    x, w = tensor4("x"), tensor4("w")
    y = conv2d(x, w, input_shape=(2, 1, 6, 7), filter_shape=(3, 1, 3, 2))
    f = function([x, w], [y] + grad(T.sum(y), [x, w]))
    convs = [n.op for n in f.maker.fgraph.toposort() if isinstance(n.op, ConvOp)]
    assert sorted((op.bsize, op.nkern, op.out_mode) for op in convs) == [
        (1, 3, "valid"), (2, 1, "full"), (2, 3, "valid")]


def test_a_one_by_one_output_is_unbroadcast_back():
    x, w = tensor4("x"), tensor4("w")
    y = conv2d(x, w, input_shape=(2, 1, 3, 3), filter_shape=(4, 1, 3, 3))
    f = function([x, w], y)
    assert f.maker.fgraph.outputs[0].broadcastable == (False,) * 4


def test_second_order_gradients_are_conv_ops_again():
    x, w = tensor4("x"), tensor4("w")
    y = conv2d(x, w)
    for first in grad(T.sum(y ** 2), [x, w]):
        f = function([x, w], grad(T.sum(first ** 2), [x, w]))
        assert {type(n.op) for n in f.maker.fgraph.toposort()} >= {ConvOp}


def test_an_unshared_convolution_takes_six_dimensional_filters():
    x = tensor4("x")
    w6 = TensorType("float64", (False,) * 6)("w6")
    y = conv2d(x, w6, unshared=True)
    assert y.owner.op.kshp == (None,) * 6 and y.ndim == 4
    assert grad(T.sum(y), w6).ndim == 6
    with pytest.raises(TypeError, match="kern must be 6D tensor for unshared convolution"):
        conv2d(x, tensor4("w"), unshared=True)
    shapes = function([x, w6], [y.shape, grad(T.sum(y), w6).shape])(
        np.ones((2, 3, 5, 5)), np.ones((4, 4, 4, 3, 2, 2)))
    assert [s.tolist() for s in shapes] == [[2, 4, 4, 4], [4, 4, 4, 3, 2, 2]]
