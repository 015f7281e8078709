"""Tensor types, variables and constants; how ops read inputs and user functions read values."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.graph.basic import Variable
from rngscope.graph.types import generic
from rngscope.tensor import basic as T
from rngscope.tensor.elemwise import Elemwise
from rngscope.tensor.shape_ops import MakeVector
from rngscope.tensor.variable import (
    AsTensorError, TensorConstant, TensorType, TensorVariable, as_tensor, constant,
)


def test_calling_a_tensor_type_makes_a_named_input_that_knows_where_it_was_made():
    v = TensorType("float32", (False, True))("v")
    assert isinstance(v, TensorVariable) and v.name == "v" and v.owner is None
    assert v.type == TensorType("float32", (False, True))
    filename, _line, _function, _text = v.tag["trace"][-1]
    assert filename == __file__


@pytest.mark.parametrize("prefix, dtype", [("d", "float64"), ("f", "float32"), ("i", "int32"),
                                           ("l", "int64"), ("b", "int8"), ("w", "int16"),
                                           ("", "float64")])
def test_typed_constructors_make_their_dtype_and_pattern(prefix, dtype):
    patterns = {"scalar": (), "vector": (False,), "matrix": (False, False), "row": (True, False),
                "col": (False, True), "tensor3": (False,) * 3, "tensor4": (False,) * 4}
    for kind, pattern in patterns.items():
        v = getattr(T, prefix + kind)("v")
        assert (v.type.dtype, v.type.broadcastable) == (dtype, pattern), prefix + kind


def test_ops_read_a_variable_as_itself_and_a_value_as_a_constant():
    x = T.dvector("x")
    assert as_tensor(x) is x
    c = as_tensor(2)
    assert isinstance(c, TensorConstant) and c.dtype == "int8"
    with pytest.raises(AsTensorError):
        as_tensor(True)


def test_only_the_user_functions_stack_a_list_holding_variables():
    a, b = T.lscalar("a"), T.lscalar("b")
    stacked = T.as_tensor_variable([a, b])
    assert isinstance(stacked.owner.op, MakeVector) and stacked.owner.inputs == [a, b]
    with pytest.raises(AsTensorError):
        as_tensor([a, b])
    assert isinstance(T.add(T.lvector("v"), [a, b]).owner.inputs[1].owner.op, MakeVector)


def test_operators_build_what_the_functions_build():
    x = T.dvector("x")
    assert (x + 1).owner.op == T.add(x, 1).owner.op
    assert isinstance((x * x).owner.op, Elemwise) and (-x).owner.op == T.neg(x).owner.op
    assert x[0].owner.op == T.subtensor(x, 0).owner.op


def test_small_scalar_constants_are_one_object():
    assert constant(2) is constant(2)
    assert constant(np.array([1.0, 2.0])) is not constant(np.array([1.0, 2.0]))


def test_theano_methods_numpy_ufuncs_and_messages():
    x = T.dvector("x")
    xv = np.array([0.5, 1.0, 2.0])
    f = function([x], [np.exp(x), x.log2(), x.sqrt(), x.any(), 7 % (x + 2), 9 // (x + 1), x.ravel(),
                       x.zeros_like()])
    outs = f(xv)
    expected = [np.exp(xv), np.log2(xv), np.sqrt(xv), True, 7 % (xv + 2), 9 // (xv + 1), xv, 0 * xv]
    for got, want in zip(outs, expected):
        np.testing.assert_array_equal(got, want)
    with pytest.raises(TypeError, match=r"^object of type 'TensorVariable' has no len\(\)$"):
        len(x)
    r = function([x], x.reshape((2, 2)))
    with pytest.raises(ValueError, match=r"^Cannot reshape input of shape \(3,\) to shape \[2 2\]"):
        r(xv)
    with pytest.raises(TypeError, match="Join\\(\\) can only join tensors with the same number"):
        T.concatenate([x, T.dmatrix()])
    assert repr(x.type) == "TensorType(float64, vector)"


def test_the_methods_theano_tensors_have_for_sizes_picks_and_norms():
    """x.size (a vector's length, else the product of the shape), take, ptp, norm and the
    inverse hyperbolic functions, as Theano 1.0.5's TensorVariable has them."""
    v, m = T.dvector("v"), T.dmatrix("m")
    f = function([v, m], [v.size, m.size, m.take([2, 0], axis=1), v.ptp(), v.norm(2),
                          m.norm(1, axis=1, keepdims=True), v.arcsinh(), (v * 0.1).arctanh(),
                          (v * v + 1).arccosh()])
    vv, mv = np.array([3.0, -4.0]), np.arange(6.0).reshape(2, 3)
    size_v, size_m, taken, ptp, norm2, norm1, asinh, atanh, acosh = f(vv, mv)
    assert (int(size_v), int(size_m)) == (2, 6)
    assert taken.tolist() == [[2.0, 0.0], [5.0, 3.0]]
    assert float(ptp) == 7.0 and float(norm2) == 5.0 and norm1.tolist() == [[3.0], [12.0]]
    np.testing.assert_allclose(asinh, np.arcsinh(vv))
    np.testing.assert_allclose(atanh, np.arctanh(vv * 0.1))
    np.testing.assert_allclose(acosh, np.arccosh(vv * vv + 1))
    with pytest.raises(NotImplementedError):
        v.norm(0)


def test_there_is_no_matmul_operator_as_in_theano_on_python_3():
    x, y = T.dmatrix("x"), T.dmatrix("y")
    with pytest.raises(TypeError, match="unsupported operand type"):
        x @ y
    with pytest.raises(TypeError, match="unsupported operand type.*'numpy.ndarray'"):
        np.ones((2, 2)) @ x
    assert not hasattr(x, "__matmul__") and not hasattr(x, "__rmatmul__")


@pytest.mark.parametrize("build, op", [
    (lambda a, x: a + x, "Elemwise{add,no_inplace}"), (lambda a, x: a - x, "Elemwise{sub,no_inplace}"),
    (lambda a, x: a * x, "Elemwise{mul,no_inplace}"), (lambda a, x: a / x, "Elemwise{true_div,no_inplace}"),
    (lambda a, x: a ** x, "Elemwise{pow,no_inplace}"), (lambda a, x: a < x, "Elemwise{gt,no_inplace}"),
])
def test_a_numpy_array_on_the_left_defers_to_the_variable(build, op):
    x = T.dmatrix("x")
    a = np.array([[1.0, 2.0], [3.0, 4.0]])
    out = build(a, x)
    assert isinstance(out, TensorVariable) and str(out.owner.op) == op  # one node, not an object array
    xv = np.array([[0.5, 1.0], [2.0, -1.0]])
    np.testing.assert_array_equal(function([x], out)(xv), build(a, xv))


def test_iterating_a_tensor_that_is_not_a_vector_of_known_length_says_so_as_theano():
    with pytest.raises(TypeError, match=r"^TensorType does not support iteration\. Maybe you are "
                                        r"using builtin\.sum instead of theano\.tensor\.sum\? "
                                        r"\(Maybe \.max\?\)$"):
        list(T.dmatrix("m"))
    assert len(list(T.constant([1, 2]))) == 2


def test_plus_minus_times_pow_and_mod_give_way_to_a_value_no_tensor_holds():
    """Theano's x + None: its __add__ returns NotImplemented on an AsTensorError, so Python
    raises its own TypeError; / and the reflected operators raise the AsTensorError."""
    x = T.dvector("x")
    for op, symbol in ((lambda a, b: a + b, r"\+"), (lambda a, b: a - b, "-"),
                       (lambda a, b: a ** b, r"\*\* or pow\(\)"), (lambda a, b: a % b, "%")):
        with pytest.raises(TypeError, match=r"^unsupported operand type\(s\) for %s: "
                                            r"'TensorVariable' and 'NoneType'$" % symbol):
            op(x, None)
    with pytest.raises(AsTensorError, match="Cannot convert None to TensorType"):
        x / None
    with pytest.raises(AsTensorError, match="Cannot convert None to TensorType"):
        None + x
    with pytest.raises(AsTensorError) as info:
        as_tensor(_generic_input())  # a variable of another type
    assert info.value.args[0] == "Variable type field must be a TensorType."


def _generic_input():
    return Variable(generic, name="g")


def test_allow_downcast_wraps_out_of_range_integers_as_numpy_1_did():
    # numpy 2 raises OverflowError for np.asarray([300], dtype='int8'); Theano 1.0.5 ran on
    # numpy 1.x, whose conversion wrapped (300 -> 44), and that is what its functions return
    assert TensorType("int8", (False,)).filter([300, 1, -129], allow_downcast=True).tolist() == [44, 1, 127]
    assert TensorType("int32", ()).filter(2 ** 33 + 5, allow_downcast=True) == 5
    assert TensorType("int32", ()).filter(-1.5, allow_downcast=True) == -1
    with pytest.raises(TypeError, match="cannot store accurately value"):
        TensorType("int8", (False,)).filter([300, 1])
