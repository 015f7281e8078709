"""The outer graph ``scan()`` builds around its loop, node by node as Theano 1.0.5 builds it
(checked against debugprints recorded with Theano: the corpus's debugprint_scan_* cases)."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.tensor import basic as T
from rngscope.compile.function import MissingInputError, function
from rngscope.compile.scan import Scan, scan
from rngscope.streams import RandomStreams
from rngscope.shared import shared
from rngscope.tensor.grad_ops import IncSubtensor
from rngscope.tensor.alloc import AllocEmpty
from rngscope.tensor.shape_ops import Subtensor


def _scan_node(var):
    while not isinstance(var.owner.op, Scan):
        var = var.owner.inputs[0]
    return var.owner


def test_each_sequence_tap_is_its_own_slice_cut_to_n_steps():
    x = T.dvector("x")
    out, _ = scan(lambda a, b: a + b, sequences=[dict(input=x, taps=[-1, 1])])
    node = _scan_node(out)
    assert node.op.n_seqs == 2
    cut = [node.inputs[1], node.inputs[2]]
    assert all(str(c.owner.op) == "Subtensor{:int64:}" for c in cut)
    assert [c.owner.inputs[0].name for c in cut] == ["x[0:-2]", "x[2:]"]
    # n_steps is the shorter slice's length
    assert str(node.inputs[0].owner.op) == "Elemwise{minimum,no_inplace}"
    f = function([x], out)
    assert f(np.array([1.0, 2.0, 3.0, 4.0])).tolist() == [1.0 + 3.0, 2.0 + 4.0]


def test_go_backwards_reverses_the_slice_outside_the_loop():
    x = T.dvector("x")
    out, _ = scan(lambda a: a * 1.0, sequences=x, go_backwards=True)
    reversed_ = _scan_node(out).inputs[1].owner.inputs[0]
    assert reversed_.name == "x[0:]" and str(reversed_.owner.op) == "Subtensor{::int64}"
    assert function([x], out)(np.array([1.0, 2.0, 3.0])).tolist() == [3.0, 2.0, 1.0]


def test_a_fed_back_output_has_a_buffer_and_the_result_drops_its_initial_rows():
    x = T.dvector("x")
    h0 = T.dvector("h0")
    out, _ = scan(lambda a, hm2, hm1: hm2 + hm1 + a, sequences=x,
                  outputs_info=[dict(initial=h0, taps=[-2, -1])])
    node = _scan_node(out)
    buffer = node.inputs[2]
    assert isinstance(buffer.owner.op, IncSubtensor) and buffer.owner.op.set_instead_of_inc
    assert isinstance(buffer.owner.inputs[0].owner.op, AllocEmpty)
    assert isinstance(out.owner.op, Subtensor) and out.owner.inputs[0] is node.outputs[0]
    f = function([x, h0], out)
    assert f(np.array([1.0, 1.0, 1.0]), np.array([0.0, 1.0])).tolist() == [2.0, 4.0, 7.0]


def test_outputs_are_ordered_as_theano_orders_them_and_returned_in_the_users_order():
    x = T.dvector("x")
    none_first, _ = scan(lambda a, acc: [a * 2.0, acc + a], sequences=x,
                         outputs_info=[None, T.constant(np.float64(0.0))])
    node = _scan_node(none_first[1])
    assert node.op.out_taps == ((-1,), ())  # the fed-back output first
    doubled, sums = function([x], none_first)(np.array([1.0, 2.0]))
    assert doubled.tolist() == [2.0, 4.0] and sums.tolist() == [1.0, 3.0]


def test_an_updated_shared_tensor_is_a_fed_back_output_and_a_stream_is_carried():
    x = T.dvector("x")
    count = shared(np.float64(0.0), name="count")
    srng = RandomStreams(seed=3)
    out, upd = scan(lambda a: (a + srng.uniform(()), {count: count + a}), sequences=x)
    node = _scan_node(out)
    assert node.op.n_shared == 1 and node.op.out_taps == ((-1,), ())
    stream, count_update = list(upd.items())  # the carried stream first, as Theano lists them
    assert stream[1] is node.outputs[2]
    assert str(count_update[1].owner.op) == "Subtensor{int64}"
    assert count_update[1].owner.inputs[0].owner.inputs[0] is node.outputs[0]
    f = function([x], out, updates=upd)
    f(np.array([1.0, 2.0]))
    assert count.get_value() == 3.0


def test_updates_before_outputs_and_a_missing_output_are_refused_as_theano_refuses_them():
    x = T.dvector("x")
    c = shared(0, name="c")
    with pytest.raises(ValueError, match="^The return value of the lambda function has been "
                                         "restricted. you have to always return first"):
        scan(lambda v: ({c: c + 1}, v * 2), sequences=x)
    zero = T.zeros(()).astype("float64")
    with pytest.raises(ValueError, match=r"^Please provide None as outputs_info for any output"):
        scan(lambda v, a, b: a + v, sequences=x, outputs_info=[zero, zero])


def test_a_variable_only_an_update_needs_must_be_passed_to_the_step():
    # Theano's scan compiles the step with its updates (default updates too) and stops when
    # they need a symbolic variable the step was not given
    acc = shared(0.0, name="acc")
    x, h0 = T.dscalar("x"), T.dscalar("h0")
    with pytest.raises(MissingInputError) as err:
        scan(lambda h: (h * 2, {acc: acc + x}), outputs_info=h0, n_steps=2)
    lines = str(err.value).splitlines()  # Theano's message, then where x was made, then scan's
    assert lines[0].startswith("Input 1 of the graph (indices start from 0), used to compute "
                               "Elemwise{add,no_inplace}(acc, x), was not provided")
    assert lines[1:4] == [" ", "Backtrace when that variable is created:", ""]
    assert lines[-3].strip() == 'x, h0 = T.dscalar("x"), T.dscalar("h0")' and lines[-2] == ""
    assert lines[-1].startswith("Please pass this variable to the scan's inner function.")
    srng = RandomStreams(seed=2)
    M = T.dmatrix("M")

    def outer(m):  # the inner draw's default update reads the inner row's shape
        res, _ = scan(lambda row: row + srng.uniform(row.shape), sequences=m)
        return res

    with pytest.raises(MissingInputError, match=r"used to compute Shape\(M\[t-1\]\[t\]\)"):
        scan(outer, outputs_info=M, n_steps=2)
    out, upd = scan(lambda h, x_: (h * 2, {acc: acc + x_}), outputs_info=h0, non_sequences=x,
                    n_steps=2)
    assert function([h0, x], out, updates=upd)(1.0, 0.5).tolist() == [2.0, 4.0]
    assert acc.get_value() == 1.0


def test_the_step_copies_every_node_even_one_reading_only_constants():
    """Theano's scan builds the step with scan_utils.clone, which copies every Apply node:
    a node made outside from constants alone is read inside through a copy of its own
    (the uncompiled debugprint of a hessian's scan gives it a new id)."""
    k = T.exp(T.constant(1.0))
    x0 = T.dscalar("x0")
    out, _ = scan(lambda h: h * k, outputs_info=x0, n_steps=2)
    node = _scan_node(out)
    (mul,) = [o.owner for o in node.op.inner_outputs]
    inner_exp = [i for i in mul.inputs if i.owner is not None]
    assert len(inner_exp) == 1 and inner_exp[0] is not k
    assert str(inner_exp[0].owner.op) == str(k.owner.op)
    assert np.allclose(function([x0], out)(1.0), [np.e, np.e ** 2])


@pytest.mark.parametrize("n_steps, kind, error, message", [
    (2.5, "map", ValueError, r"\('For output %s you need to provide a scalar int !', "
                             r"'TensorConstant\{2.5\}'\)"),
    (2.5, "state", TypeError, "Shape arguments to Alloc must be integers, but argument 0 is not "
                              r"for apply node: Elemwise\{add,no_inplace\}.0"),
    (1.0, "seq", TypeError, "Expected an integer"),
    (np.float64(3), "map", ValueError, " n_steps must be an int. dtype provided is float64"),
    (T.dscalar("d"), "seq", ValueError, " n_steps must be an int. dtype provided is float64"),
])
def test_a_float_n_steps_fails_where_theano_fails(n_steps, kind, error, message):
    x = T.dvector("x")
    step = {"map": dict(fn=lambda: x * 2), "state": dict(fn=lambda a: a + 1, outputs_info=[x]),
            "seq": dict(fn=lambda a: a + 1, sequences=[x])}[kind]
    with pytest.raises(error, match="^" + message):
        scan(n_steps=n_steps, **step)


@pytest.mark.parametrize("n_steps", [1.0, 1.5])
def test_a_float_n_steps_of_one_builds_the_one_step_graph_when_nothing_is_sliced_or_buffered(n_steps):
    out, _ = scan(lambda: T.dvector("x") * 2, n_steps=n_steps)
    assert out.ndim == 2 and not any(isinstance(v.owner.op, Scan) for v in [out] if v.owner)


@pytest.mark.parametrize("info, message", [
    (lambda x: dict(initial=x, taps=[1]), "All the tap values must be smaller than 0."),
    (lambda x: dict(initial=x, taps=[0]), "All the tap values must be smaller than 0."),
    (lambda x: dict(initial=x, taps=[-1, -1]), "All the taps must be different in  `outputs_info`"),
    (lambda x: dict(taps=[]), "If you are using slices of an output you need to provide a initial "
                              "state for it"),
])
def test_output_taps_are_checked_as_theano_checks_them(info, message):
    x = T.dvector("x")
    given = info(x)
    with pytest.raises(ValueError) as caught:
        scan(lambda a, *h: a * 2, sequences=x, outputs_info=given)
    assert caught.value.args == (message, given)


def test_output_taps_given_as_none_are_the_previous_step():
    x = T.dvector("x")
    out, _ = scan(lambda a, h: a + h, sequences=x,
                  outputs_info=dict(initial=T.as_tensor_variable(np.float64(0)), taps=None))
    assert function([x], out)(np.ones(2)).tolist() == [1.0, 2.0]
