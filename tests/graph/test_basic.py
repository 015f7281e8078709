"""The graph IR: ordered inputs, walks, copies, and Variable.eval's compiler registration."""
from __future__ import annotations

import gc

import numpy as np

import rngscope.compile.function as compile_function
from rngscope.graph import basic
from rngscope.graph.basic import Constant, clone_graph, gc_paused, graph_inputs, io_toposort
from rngscope.graph.types import autocast_float, convert, random_state_type, upcast
from rngscope.tensor import basic as T


def test_a_node_keeps_its_inputs_in_order_with_repeats():
    a, b = T.dscalar("a"), T.dscalar("b")
    assert (a * a).owner.inputs == [a, a]
    assert [v.name for v in (b - a).owner.inputs] == ["b", "a"]


def test_io_toposort_puts_every_node_after_the_nodes_it_reads():
    x = T.dvector("x")
    s = T.exp(x)
    out = s * T.log(s)
    order = io_toposort([x], [out])
    assert order[-1] is out.owner and order.index(s.owner) < order.index(out.owner.inputs[1].owner)


def test_graph_inputs_are_the_ownerless_variables_in_first_met_order():
    x, y = T.dvector("x"), T.dvector("y")
    assert [v.name for v in graph_inputs([y * x + x]) if not isinstance(v, Constant)] == ["y", "x"]


def test_clone_graph_copies_the_nodes_and_shares_inputs_and_constants():
    x = T.dvector("x")
    c = T.constant(np.array([1.0, 2.0]))
    out = x * c
    (new,), (new_x,) = clone_graph([out], [x])
    assert new is not out and new.owner is not out.owner and new.owner.op == out.owner.op
    assert new_x is x and new.owner.inputs[0] is x and new.owner.inputs[1] is c


def test_eval_compiles_with_the_registered_compiler():
    assert basic._compiler is compile_function.function
    x = T.dvector("x")
    assert list((x + 1).eval({x: np.array([1.0, 2.0])})) == [2.0, 3.0]


def test_gc_paused_restores_the_collector():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_dtype_rules_follow_theanos_cast_policy():
    assert str(convert(2).dtype) == "int8" and str(convert(300).dtype) == "int16"
    assert str(autocast_float(0.5).dtype) == "float32" and str(autocast_float(0.1).dtype) == "float64"
    assert upcast("int8", "float32") == "float32"


def test_random_state_type_accepts_only_random_states():
    state = np.random.RandomState(1)
    assert random_state_type.filter(state) is state
    try:
        random_state_type.filter(3)
    except TypeError:
        pass
    else:
        raise AssertionError("a number is not a RandomState")


def test_as_string_writes_a_node_read_twice_once_and_numbers_it_as_it_appears():
    from rngscope.compile.function import function
    from rngscope.compile.modes import get_mode
    from rngscope.graph.basic import as_string
    from rngscope.tensor import basic as T

    x = T.dvector("x")
    a = T.exp(x)
    f = function([x], [a * 2 + a, a], mode=get_mode("FAST_COMPILE"))
    assert str(f.fgraph) == (
        "[Elemwise{add,no_inplace}(Elemwise{mul,no_inplace}(*1 -> Elemwise{exp,no_inplace}(x), "
        "TensorConstant{(1,) of 2}), *1), *1]")
    m = T.dmatrix("m")
    maxed, arg = T.max_and_argmax(m, axis=1)
    assert as_string([m], [maxed, arg]) == ["*1 -> MaxAndArgmax{axis=(1,)}(m)", "*1::1"]


def test_as_string_of_a_100000_node_chain_does_not_recurse():
    from rngscope.graph.basic import as_string
    from rngscope.tensor import basic as T

    x = T.dvector("x")
    y = x
    for _ in range(100_000):
        y = T.exp(y)
    (text,) = as_string([x], [y])
    assert text.count("Elemwise{exp,no_inplace}(") == 100_000 and text.endswith("(x)" + ")" * 99_999)


def test_the_graph_walking_protocol_theano_scripts_use():
    from rngscope.compat.theano.gof.graph import io_toposort as theano_io_toposort
    from rngscope.tensor import basic as T

    x = T.dmatrix("x")
    y = T.tanh(x + 1)
    node = y.owner
    assert (node.nin, node.nout, node.get_parents()) == (1, 1, node.inputs)
    assert y.get_parents() == [node] and x.get_parents() == []
    assert [str(n) for n in theano_io_toposort([x], [y])] == [
        "InplaceDimShuffle{x,x}(TensorConstant{1})", "Elemwise{add,no_inplace}(x, InplaceDimShuffle{x,x}.0)",
        "Elemwise{tanh,no_inplace}(Elemwise{add,no_inplace}.0)"]
