"""ifelse and Print: values, types, Theano's messages, gradients against finite differences."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad
from rngscope.tensor.ifelse import IfElse, ifelse
from rngscope.tensor.print_op import Print

MODES = ("FAST_RUN", "FAST_COMPILE", UNOPTIMIZED)


@pytest.mark.parametrize("mode", MODES)
def test_ifelse_returns_the_branch_the_condition_chooses(mode):
    c, x, y = T.iscalar("c"), T.dvector("x"), T.dvector("y")
    single = ifelse(c, x * 2, y + 1)
    pair = ifelse(T.lt(c, 1), [x, y], [y, x])
    f = function([c, x, y], [single] + pair, mode=mode)
    xv, yv = np.array([1.0, 2.0]), np.array([5.0, 7.0])
    for cv in (0, 1, 3):
        s, a, b = f(cv, xv, yv)
        np.testing.assert_array_equal(s, xv * 2 if cv else yv + 1)
        np.testing.assert_array_equal(a, xv if cv < 1 else yv)
        np.testing.assert_array_equal(b, yv if cv < 1 else xv)
    assert isinstance(pair, list) and isinstance(ifelse(c, (x,), (y,)), tuple)


def test_ifelse_prints_and_rejects_as_theano():
    c, x = T.iscalar("c"), T.dvector("x")
    assert str(ifelse(c, x, x, name="pick").owner.op) == "if{pick}"
    assert str(IfElse(1, as_view=True)) == "if{inplace}"
    with pytest.raises(TypeError, match=r"^The two branches should have identical types, but they "
                                         r"are TensorType\(float64, vector\) and TensorType\(float64, "
                                         r"matrix\) respectively\."):
        ifelse(c, x, T.dmatrix())
    with pytest.raises(TypeError, match="Condition given to the op has to be a scalar"):
        ifelse(x, x, x)


def test_ifelse_gradient_goes_to_the_chosen_branch():
    c, x, y = T.iscalar("c"), T.dvector("x"), T.dvector("y")
    cost = T.sum(ifelse(c, x ** 2, y * 3.0))
    gx, gy = grad(cost, [x, y])
    f = function([c, x, y], [gx, gy])
    xv, yv = np.array([1.0, -2.0]), np.array([0.5, 4.0])
    a, b = f(1, xv, yv)
    np.testing.assert_allclose(a, 2 * xv)
    np.testing.assert_array_equal(b, [0.0, 0.0])
    a, b = f(0, xv, yv)
    np.testing.assert_array_equal(a, [0.0, 0.0])
    np.testing.assert_array_equal(b, [3.0, 3.0])


@pytest.mark.parametrize("mode", MODES)
def test_print_prints_each_run_and_passes_its_input_on(mode, capsys):
    v = T.dvector("v")
    shown = Print("value")(v * 2)
    sized = Print("v", attrs=["shape"])(v)
    f = function([v], [shown.sum() + 1, sized * 3], mode=mode)
    total, tripled = f(np.array([1.0, 2.0]))
    assert float(total) == 7.0 and tripled.tolist() == [3.0, 6.0]
    out = capsys.readouterr().out.splitlines()
    assert sorted(out) == ["v shape = (2,)", "value __str__ = [2. 4.]"]
    g = function([v], grad(T.sum(Print("g")(v) ** 2), v))(np.array([3.0]))
    assert g.tolist() == [6.0]


def test_a_prints_shape_is_read_from_the_print_so_it_runs_first(capsys):
    """Theano's Print states no infer_shape: a shape read after it is Shape_i of the Print's
    output (not of its input), so the compiled graph prints before computing that shape."""
    m = T.dmatrix("m")
    h = T.tanh(Print("m")(m))
    f = function([m], [h.shape, h.sum()])
    nodes = [type(n.op).__name__ for n in f.maker.fgraph.toposort()]
    assert nodes.index("Print") < nodes.index("Shape_i"), nodes
    shapes = [n for n in f.maker.fgraph.toposort() if type(n.op).__name__ == "Shape_i"]
    assert all(isinstance(n.inputs[0].owner.op, Print) for n in shapes)
    shape, total = f(np.ones((1, 2)))
    assert list(shape) == [1, 2] and np.isclose(total, 2 * np.tanh(1.0))
    assert capsys.readouterr().out == "m __str__ = [[1. 1.]]\n"


def test_an_ifelses_shape_is_one_more_ifelse_named_shape_over_both_branches_lengths():
    c, x = T.iscalar("c"), T.dmatrix("x")
    y = ifelse(c, x * 2, x[:1] + 1)
    f = function([c, x], y.shape)
    shape_ops = [n.op for n in f.maker.fgraph.toposort() if isinstance(n.op, IfElse)]
    assert [str(op) for op in shape_ops] == ["if{shape,inplace}"] and shape_ops[0].n_outs == 2
    assert f(1, np.ones((3, 2))).tolist() == [3, 2] and f(0, np.ones((3, 2))).tolist() == [1, 2]
    s = T.dscalar("s")
    assert function([c, s], ifelse(c, s, s * 2).shape)(1, 3.0).tolist() == []
