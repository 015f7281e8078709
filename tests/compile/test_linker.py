"""The linker's program of a copied function (``link(copied=True)``): Theano's copy order."""
from __future__ import annotations

import sys

import numpy as np

from rngscope.compile.fgraph import FunctionGraph
from rngscope.compile.linker import link
from rngscope.tensor import basic as T
from rngscope.tensor import scalar as scal
from rngscope.tensor.elemwise import Elemwise


def _graph():
    """x[0] (a view of a row) read by ``z = x[0] * 10`` and squared in place by ``sq``: the
    in-place ordering runs the reader first; the plain toposort runs the square first."""
    x = T.matrix("x")
    view = x[0]
    sq = Elemwise(scal.unnamed(scal.sqr), ((0, 0),))(view)
    z = view * 10
    fg = FunctionGraph([x], [sq, z])
    return fg


def test_the_copied_order_is_the_plain_toposort_and_in_place_ops_overwrite_their_input():
    fg = _graph()
    assert [str(n.op) for n in fg.nodes()][:2] == ["Subtensor{int64}", "Elemwise{Sqr}[(0, 0)]"]
    assert [str(n.op) for n in fg.toposort()][1] != "Elemwise{Sqr}[(0, 0)]"
    plain = link(fg, copied=True)
    plain.bind_shared([], 1, [], 2)
    ordered = link(fg)
    ordered.bind_shared([], 1, [], 2)
    assert [v.tolist() for v in ordered.call([np.array([[3.0, 1.0]])])] == [[9.0, 1.0],
                                                                            [30.0, 10.0]]
    x = np.array([[3.0, 1.0]])
    assert [v.tolist() for v in plain.call([x])] == [[9.0, 1.0], [90.0, 10.0]]
    assert x.tolist() == [[9.0, 1.0]]  # the input's own row, overwritten as Theano does


def _raises(f, *args):
    try:
        f(*args)
    except ValueError as e:
        return str(e).splitlines()[0]  # the function adds the node and its inputs below
    return None


def test_a_size_one_axis_not_marked_broadcastable_meeting_a_longer_one_is_theanos_dimension_mismatch():
    from rngscope.compile.function import function
    from rngscope.shared import shared

    x, y, m = T.dvector("x"), T.dvector("y"), T.dmatrix("m")
    add = function([x, y], x + y)
    fused = function([x, y], T.exp(x) * y + 1)  # one Composite: the constant's axis prints '*'
    row = function([m, y], m * y)
    assert _raises(add, np.ones(1), np.ones(2)) == "Dimension mismatch; shapes are (1), (2)"
    assert _raises(fused, np.ones(3), np.ones(1)) == "Dimension mismatch; shapes are (*), (3), (1)"
    assert _raises(row, np.ones((2, 1)), np.ones(3)) == "Dimension mismatch; shapes are (2, 1), (*, 3)"
    # numpy's own message where no size-1 axis is involved, and equal sizes pass
    assert _raises(add, np.ones(2), np.ones(3)).startswith("operands could not be broadcast")
    assert add(np.ones(1), np.ones(1)).tolist() == [2.0]
    s = shared(np.ones(1), name="s")  # the in-place update checks before it writes
    update = function([y], [], updates={s: s * 2 + y})
    assert _raises(update, np.ones(2)) == "Dimension mismatch; shapes are (*), (1), (2)"
    assert s.get_value().tolist() == [1.0]


def test_an_in_place_update_writes_into_the_shared_array_and_a_mutable_input_as_theano():
    from rngscope.compile.function import In, function
    from rngscope.shared import shared

    w = shared(np.ones(3), name="w")
    held = w.get_value(borrow=True)
    x = T.dvector("x")
    step = function([x], [], updates=[(w, w * 2 + x)])  # Elemwise{Composite}[(0, 0)] on w
    step(np.ones(3))
    assert held.tolist() == [3.0] * 3 and w.get_value(borrow=True) is held
    v = T.dvector("v")
    double = function([In(v, mutable=True)], v * 2)
    a = np.array([1.0, 2.0])
    assert double(a) is a and a.tolist() == [2.0, 4.0]
    kept = function([v], v * 2)  # not mutable: the argument is left alone
    b = np.array([1.0, 2.0])
    assert kept(b).tolist() == [2.0, 4.0] and b.tolist() == [1.0, 2.0]


def test_the_log_softmax_gradients_sum_over_a_one_row_alloc_is_typed_broadcastable_as_theanos():
    # local_logsoftmax_grad builds alloc(g, g.shape[0], sm.shape[1]) over a one-row g (the
    # size g.shape[0] is proved 1, so the alloc is a row) and sums it: Theano's node is
    # Sum{axis=[1]} typed (True,), and the dimension check reads its (4,) result as
    # broadcasting. No node's type is stale: each is what its make_node gives over its inputs
    from rngscope.compile.function import function
    from rngscope.shared import shared
    from rngscope.tensor import nnet
    from rngscope.tensor.gradient import grad

    x = T.dmatrix("x")
    W = shared(np.arange(6.0).reshape(3, 2) / 10 - 0.2, name="W")
    z = T.dot(x, W)
    cost = T.sum(T.log(nnet.softmax(z)) * T.dot(x, W).sum())
    f = function([x], grad(cost, x))
    nodes = f.maker.fgraph.toposort()
    sums = [(str(n.inputs[0].type), str(n.outputs[0].type)) for n in nodes
            if str(n.op) == "Sum{axis=[1], acc_dtype=float64}"]
    assert sums == [("TensorType(float64, row)", "TensorType(float64, (True,))")]
    stale = [str(n.op) for n in nodes
             if [o.type for o in n.op.make_node(*n.inputs).outputs] != [o.type for o in n.outputs]]
    assert stale == []
    assert f(np.arange(12.0).reshape(4, 3) / 12).shape == (4, 3)


def test_an_error_in_a_node_carries_theanos_raise_with_op_report():
    """Theano 1.0.5's message for x.reshape((3, -1)) + 1 given a (2, 4) matrix; built outside
    a script run, the node has no creation site: Theano's hint for that case."""
    from rngscope.compile.function import function

    x = T.matrix("x")
    f = function([x], x.reshape((3, -1)) + 1)
    try:
        f(np.ones((2, 4)))
    except ValueError as e:
        lines = str(e).split("\n")
    assert lines[:9] == [
        "Cannot reshape input of shape (2, 4) to shape [ 3 -1]",
        "Apply node that caused the error: Reshape{2}(x, TensorConstant{[ 3 -1]})",
        "Toposort index: 0",
        "Inputs types: [TensorType(float64, matrix), TensorType(int64, vector)]",
        "Inputs shapes: [(2, 4), (2,)]",
        "Inputs strides: [(32, 8), (8,)]",
        "Inputs values: ['not shown', array([ 3, -1])]",
        "Outputs clients: [[Elemwise{add,no_inplace}(TensorConstant{(1, 1) of 1.0}, Reshape{2}.0)]]",
        ""]
    assert lines[-1] == ("HINT: Use the Theano flag 'exception_verbosity=high' for a debugprint "
                         "and storage map footprint of this apply node.")
    assert lines[-2].startswith("HINT: Re-running with most Theano optimization disabled")


def test_a_float64_uniform_or_normal_draw_of_size_empty_is_a_0d_array_as_theanos_perform_gives():
    from rngscope.compile.function import function
    from rngscope.streams import RandomStreams
    srng = RandomStreams(4)
    values = function([], [srng.normal(()), srng.uniform(()), srng.normal((2,))[0]])()
    assert [type(v) for v in values] == [np.ndarray] * 3
    assert [v.shape for v in values] == [()] * 3


def _error_text(f, *args):
    try:
        f(*args)
    except ValueError as e:
        return str(e)
    raise AssertionError("no error")


def test_a_node_the_script_made_reports_where_and_one_the_optimizer_made_gives_the_hint():
    """Recorded with Theano 1.0.5: x + y raising names the line that made it (outermost
    frame first, through a helper); a fused Composite and a Gemm the optimizer assembles
    raise with the hint instead; a Dot22 made of the script's dot keeps its line."""
    from rngscope.compile.function import function
    from rngscope.graph.sites import recording_sites

    def helper(a, b):
        return T.dot(a, b)

    x, y = T.dvector("x"), T.dvector("y")
    a, b = T.dmatrix("a"), T.dmatrix("b")
    with recording_sites():
        add = x + y
        line = sys._getframe().f_lineno - 1
        fused = T.exp(x) * 2 + y
        dot = helper(a, b)
        gemm = T.dot(a, b) * 2 + T.exp(a)
    text = _error_text(function([x, y], add), np.ones(2), np.ones(3))
    backtrace = text.split("\nBacktrace when the node is created(use Theano flag "
                           "traceback.limit=N to make it longer):\n")[1]
    assert backtrace.endswith(f'  File "{__file__}", line {line}, in test_a_node_the_script_made'
                              "_reports_where_and_one_the_optimizer_made_gives_the_hint\n"
                              "    add = x + y\n\nHINT: Use the Theano flag 'exception_verbosity="
                              "high' for a debugprint and storage map footprint of this apply node.")
    for out, ins, args in [(fused, [x, y], (np.ones(2), np.ones(3))),
                           (gemm, [a, b], (np.ones((2, 3)), np.ones((3, 2))))]:
        text = _error_text(function(ins, out), *args)
        assert "Backtrace when the node is created" not in text
        assert "HINT: Re-running with most Theano optimization disabled" in text
    text = _error_text(function([a, b], dot), np.ones((2, 3)), np.ones((2, 3)))
    assert text.index("line %d, in " % (line + 3)) < text.index("in helper\n    return T.dot(a, b)")
