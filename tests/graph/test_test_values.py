"""Theano's compute_test_value: a node made while the flag is on computes its outputs' test
values from its inputs' (constants' data, shared variables' values, ``tag.test_value``), so a
shape error shows where the graph is built; an input without one is the flag's answer."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile import scan as scan_module
from rngscope.compile.function import function
from rngscope.graph.basic import compute_test_value, set_compute_test_value
from rngscope.shared import shared
from rngscope.streams import RandomStreams
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad


@pytest.fixture
def flag():
    yield set_compute_test_value
    set_compute_test_value("off")


def test_a_node_computes_its_test_value_from_its_inputs(flag):
    flag("raise")
    x = T.dmatrix("x")
    x.tag.test_value = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]  # kept as given, converted when read
    assert isinstance(x.tag.test_value, list)
    w = shared(np.ones((3, 2)), name="w")
    h = T.dot(x, w) * 2
    assert h.tag.test_value.tolist() == [[12.0, 12.0], [30.0, 30.0]]
    assert x[1:, ::2].tag.test_value.tolist() == [[4.0, 6.0]]
    assert grad(h.sum(), w).tag.test_value.tolist() == [[10.0, 10.0], [14.0, 14.0], [18.0, 18.0]]
    f = function([x], h)  # compiling makes no test values of its own, and runs as usual
    assert f(np.ones((1, 3))).tolist() == [[6.0, 6.0]]


def test_a_shape_error_is_raised_where_the_graph_is_built(flag):
    flag("raise")
    x = T.dmatrix("x")
    x.tag.test_value = np.ones((2, 3))
    with pytest.raises(ValueError, match=r"^shapes \(2,3\) and \(4,3\) not aligned"):
        T.dot(x, shared(np.ones((4, 3))))
    with pytest.raises(ValueError, match=r"^operands could not be broadcast together"):
        x + T.ones((3, 3))


def test_an_input_without_a_test_value_is_the_flags_answer(flag):
    x, v = T.dmatrix("x"), T.dvector("v")
    x.tag.test_value = np.ones((2, 3))
    flag("raise")
    with pytest.raises(ValueError, match=r"^Cannot compute test value: input 0 \(v\) of Op "
                                         r"InplaceDimShuffle\{x,0\}\(v\) missing default value\. "
                                         r" \nBacktrace when that variable is created:"):
        x + v
    flag("warn")
    with pytest.warns(UserWarning, match=r"^Warning, Cannot compute test value: input 0 \(v\)"):
        assert not hasattr((x + v).tag, "test_value")
    flag("ignore")
    assert not hasattr((x + v).tag, "test_value") and compute_test_value() == "ignore"
    bad = T.dmatrix("bad")
    bad.tag.test_value = np.ones(3)
    flag("raise")
    with pytest.raises(TypeError, match="^For compute_test_value, one input test value does not "
                                        "have the requested type.\n"):
        bad * 2


def test_a_random_draws_test_value_leaves_the_stream_where_it_was(flag):
    flag("raise")
    srng = RandomStreams(seed=1)
    u = srng.uniform((3,))
    assert function([], u)().tolist() == u.tag.test_value.tolist()


def test_a_loops_outputs_get_the_values_it_computes(flag):
    flag("raise")
    x = T.dvector("x")
    x.tag.test_value = np.array([1.0, 2.0, 3.0])
    sums, _ = scan_module.scan(lambda xt, acc: acc + xt, sequences=x,
                               outputs_info=T.constant(np.float64(0.0)))
    assert sums.tag.test_value.tolist() == [1.0, 3.0, 6.0]
    with pytest.raises(ValueError):
        set_compute_test_value("on")
