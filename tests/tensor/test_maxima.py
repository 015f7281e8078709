"""T.max / T.argmax / T.max_and_argmax build one MaxAndArgmax node as Theano 1.0.5 does: the
graph as written, the axis rules and their errors, the gradient (a second max node, zeros when
only the argmax is read), and what each compile mode makes of it; values against numpy."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from numeric import central_difference
from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.graph.basic import ancestors
from rngscope.tensor import basic as T
from rngscope.tensor import nnet
from rngscope.tensor.elemwise import Reduce
from rngscope.tensor.gradient import grad
from rngscope.tensor.maxima import Argmax, MaxAndArgmax, max_and_argmax_axes

MODES = ("FAST_RUN", "FAST_COMPILE", UNOPTIMIZED)


def _ops(f):
    return [str(n.op) for n in f.maker.fgraph.toposort()]


def test_max_argmax_and_max_and_argmax_build_the_two_outputs_of_one_node():
    x = T.dmatrix("x")
    mx, am = T.max(x, axis=1), T.argmax(x, axis=1)
    assert isinstance(mx.owner.op, MaxAndArgmax) and mx is mx.owner.outputs[0]
    assert isinstance(am.owner.op, MaxAndArgmax) and am is am.owner.outputs[1]
    assert (mx.name, am.name) == ("max", "argmax")
    both = T.max_and_argmax(x, axis=0)
    assert both[0].owner is both[1].owner and str(both[0].owner.op) == "MaxAndArgmax{axis=(0,)}"
    assert str(T.min(x).owner.inputs[0].owner.op) == "MaxAndArgmax{axis=(0, 1)}"
    assert x.max().owner.op == MaxAndArgmax((0, 1)) and x.argmax(axis=-1).owner.op == MaxAndArgmax((1,))


@pytest.mark.parametrize("axis, axes", [
    (None, (0, 1, 2)), (1, (1,)), (-1, (2,)), ([2, 0], (0, 2)), ((1, 1), (1,)), ([], (0, 1, 2)),
    (np.int64(2), (2,)), (np.array(0), (0,)), (np.array([2, 1]), (1, 2)),
])
def test_axis_forms_as_theano_reads_them(axis, axes):
    assert max_and_argmax_axes(3, axis) == axes
    t = T.dtensor3("t")
    assert T.max(t, axis=axis).owner.op.axis == axes


@pytest.mark.parametrize("build, error, message", [
    (lambda x: T.max(x, axis=2), ValueError, "Not enough dimensions on x to reduce on axis 2"),
    (lambda x: T.argmax(x, axis=2), ValueError,
     "Computation needs a valid axis number for 2-D tensor. Got 2"),
    (lambda x: T.argmax(x, axis=-3), ValueError,
     "Computation needs a valid axis number for 2-D tensor. Got -1"),
    (lambda x: T.max(x, axis=T.iscalar("a")), TypeError,
     "TensorType does not support iteration. Maybe you are using builtin.sum instead of "
     "theano.tensor.sum? (Maybe .max?)"),
    (lambda x: T.argmax(x, axis=T.iscalar("a")), TypeError, "Computation needs a constant axis. Got a"),
    (lambda x: T.argmax(x, axis=1.0), TypeError,
     "Axis must be an integer, tuple, list of integers or a TensorVariable. Got 1.0"),
    (lambda x: T.max(x, axis=1.0), TypeError, "'float' object is not iterable"),
    (lambda x: T.min(x, axis=2), ValueError,
     "Not enough dimensions on Elemwise{neg,no_inplace}.0 to reduce on axis 2"),
])
def test_axis_errors_are_theanos(build, error, message):
    with pytest.raises(error) as info:
        build(T.dmatrix("x"))
    assert str(info.value) == message


@settings(max_examples=40, deadline=None)
@given(hnp.arrays(np.float64, hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=4),
                  elements=st.integers(-3, 3).map(float)),
       st.data())
def test_values_and_indices_match_numpy_in_every_mode(a, data):
    axis = data.draw(st.integers(-a.ndim, a.ndim - 1))
    x = T.tensor("float64", (False,) * a.ndim, "x")
    for mode in MODES:
        mx, am = function([x], [T.max(x, axis=axis), T.argmax(x, axis=axis)], mode=mode)(a)
        np.testing.assert_array_equal(mx, np.max(a, axis=axis))
        np.testing.assert_array_equal(am, np.argmax(a, axis=axis))
        assert am.dtype == np.int64


def test_the_raw_gradient_reads_a_second_max_node():
    x = T.dmatrix("x")
    g = grad(T.max(x, axis=1).sum(), x)
    maxima = {id(v.owner) for v in ancestors([g]) if v.owner is not None
              and isinstance(v.owner.op, MaxAndArgmax)}
    assert len(maxima) == 2  # eq(max(x), x) builds its own, as Theano's MaxAndArgmax.grad


def test_gradients_match_central_differences():
    x = T.dmatrix("x")
    a = np.array([[0.3, -1.2, 2.0], [1.5, 0.7, -0.4]])
    w = np.array([1.0, -2.0])
    for cost in (T.dot(T.max(x, axis=1), w), T.dot(T.min(x, axis=1), w), T.max(x) * 3.0):
        f = function([x], cost)
        g = function([x], grad(cost, x))(a)
        np.testing.assert_allclose(g, central_difference(lambda v: float(f(v)), a), atol=1e-6)


def test_only_the_argmax_read_gives_zeros_plus_the_other_terms():
    x = T.dmatrix("x")
    cost = (T.argmax(x, axis=1) * x.sum(axis=1)).sum()
    g = function([x], grad(cost, x))(np.array([[1.0, 3.0, 2.0], [4.0, 0.0, 4.0]]))
    np.testing.assert_array_equal(g, [[1.0, 1.0, 1.0], [0.0, 0.0, 0.0]])


def test_fast_run_keeps_the_node_only_when_both_outputs_are_read():
    x = T.dmatrix("x")
    assert _ops(function([x], T.max(x, axis=1))) == ["Reduce{maximum}{1}"]
    assert _ops(function([x], T.argmax(x, axis=1))) == ["Argmax{axis=(1,)}"]
    both = function([x], [T.max(x, axis=1), T.argmax(x, axis=1)])  # two nodes, merged
    assert _ops(both) == ["MaxAndArgmax{axis=(1,)}"]
    apart = function([x], [T.max(x, axis=0), T.argmax(x, axis=1)])
    assert sorted(_ops(apart)) == ["Argmax{axis=(1,)}", "Reduce{maximum}{0}"]
    assert isinstance(both.maker.fgraph.toposort()[0].op, MaxAndArgmax)
    assert isinstance(apart.maker.fgraph.toposort()[0].op, (Argmax, Reduce))


def test_argmax_is_pushed_below_softmax_and_tanh_in_fast_run_and_fast_compile():
    x, w = T.dmatrix("x"), T.dmatrix("w")
    pred = T.argmax(nnet.softmax(T.tanh(T.dot(x, w))), axis=1)
    assert _ops(function([x, w], pred)) == ["Dot22", "Argmax{axis=(1,)}"]
    assert _ops(function([x, w], pred, mode="FAST_COMPILE")) == ["Dot22", "MaxAndArgmax{axis=(1,)}"]
    # not when the max is read too: the softmax is needed
    both = [pred, T.max(nnet.softmax(T.tanh(T.dot(x, w))), axis=1)]
    assert "Softmax" in _ops(function([x, w], both))
