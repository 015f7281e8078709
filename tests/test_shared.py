"""Shared variables: set_value filters a new value as the variable was made to (Theano's
Container: ``shared(strict=True)`` takes only an ndarray of its dtype, ``allow_downcast``);
a value no tensor holds makes a Generic shared variable."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.graph.types import generic
from rngscope.shared import ScalarSharedVariable, SharedVariable, TensorSharedVariable, shared
from rngscope.tensor import basic as T
from rngscope.tensor.variable import AsTensorError


def test_a_strict_shared_variable_takes_only_an_ndarray_of_its_own_dtype():
    s = shared(np.zeros(2), name="s", strict=True)
    with pytest.raises(TypeError) as e:
        s.set_value(np.zeros(2, dtype="float32"))
    assert e.value.args == ("TensorType(float64, vector) expected a ndarray object with dtype = "
                            "float64 (got float32).", 'Container name "s"')
    with pytest.raises(TypeError) as e:
        s.set_value([1.0, 2.0])
    assert e.value.args == ("TensorType(float64, vector) expected a ndarray object.", [1.0, 2.0],
                            list, 'Container name "s"')
    s.set_value(np.ones(3))  # the dtype is all strict checks: a new length is fine
    assert s.get_value().tolist() == [1.0, 1.0, 1.0]
    plain = shared(np.zeros(2))
    plain.set_value(np.zeros(2, dtype="float32"))  # upcast, as Theano's default filter
    assert plain.get_value().dtype == np.float64


def test_allow_downcast_lets_set_value_round_a_wider_value():
    narrow = shared(np.zeros(2, dtype="float32"))
    with pytest.raises(TypeError, match="without risking loss of precision"):
        narrow.set_value(np.ones(2) * 1.1)
    loose = shared(np.zeros(2, dtype="float32"), allow_downcast=True)
    loose.set_value(np.ones(2) * 1.1)
    assert loose.get_value().dtype == np.float32


def test_a_number_makes_a_scalar_shared_variable_and_an_array_a_tensor_one():
    """Theano's scalar_constructor takes Python and numpy numbers (ScalarSharedVariable, a
    0-d tensor of the number's dtype); a 0-d array goes to the tensor constructor."""
    for value, dtype in [(0.0, "float64"), (1, "int64"), (np.float32(2.0), "float32"),
                         (True, "bool"), (1j, "complex128")]:
        var = shared(value)
        assert type(var) is ScalarSharedVariable and var.type.dtype == dtype and var.ndim == 0
    assert type(shared(np.asarray(1.0))) is TensorSharedVariable
    assert type(shared(np.ones(2))) is TensorSharedVariable


@pytest.mark.parametrize("value, kwargs", [
    (np.zeros((2, 3)), dict(broadcastable=(True, False))),
    (np.zeros((2, 3)), dict(borrow=True, broadcastable=(False,))),
    (1.0, dict(broadcastable=())),
    (np.zeros(2), dict(dtype="float32")),
])
def test_a_value_no_constructor_takes_with_the_keywords_is_theanos_one_type_error(value, kwargs):
    with pytest.raises(TypeError) as info:
        shared(value, **kwargs)
    assert str(info.value) == (
        "No suitable SharedVariable constructor could be found. Are you sure all kwargs are "
        'supported? We do not support the parameter dtype or type. value="%s". parameters="%s"'
        % (value, kwargs))


def test_the_old_value_attribute_is_refused_as_theano_refuses_it():
    s = shared(np.zeros(2))
    for attempt in (lambda: s.value, lambda: setattr(s, "value", 3)):
        with pytest.raises(Exception, match="^sharedvar.value does not exist anymore"):
            attempt()
    assert shared(np.zeros((1, 3)), broadcastable=(True, False)).broadcastable == (True, False)


@pytest.mark.parametrize("value", [[1, 2], None, {"k": 1}, (1, 2), "text", np.array(["a", "b"])])
def test_a_value_no_tensor_holds_makes_a_generic_shared_variable(value):
    s = shared(value, name="s")
    assert type(s) is SharedVariable and str(s.type) == "Generic" and s.type == generic
    assert s.get_value(borrow=True) is value  # Theano's generic constructor keeps the object


def test_a_generic_shared_variable_copies_on_get_and_set_unless_borrowed():
    s = shared([1, 2], name="s")
    got = s.get_value()
    got.append(3)
    assert s.get_value() == [1, 2] and str(shared([1])) == "<Generic>"
    new = [4]
    s.set_value(new)
    new.append(5)
    assert s.get_value() == [4]
    s.set_value(new, borrow=True)
    assert s.get_value(borrow=True) is new


def test_a_generic_shared_variable_takes_no_keyword_and_refuses_indexing_and_tensor_use():
    with pytest.raises(TypeError, match='^No suitable SharedVariable constructor .*"{\'borrow\': True}"'):
        shared([1, 2], borrow=True)
    s = shared([1, 2])
    with pytest.raises(TypeError, match=r"^The generic 'SharedVariable' object is not subscriptable. "
                                        r"This shared variable contains an object of type: "
                                        r"<class 'list'>. Did you forget"):
        s[0]
    with pytest.raises(AsTensorError) as info:
        T.sum(s)
    assert info.value.args == ("Variable type field must be a TensorType.", s, s.type)
    with pytest.raises(TypeError, match="^unsupported operand type.*'TensorVariable' and 'SharedVariable'"):
        T.dscalar("x") + s  # the tensor's + gives way, and a SharedVariable has none
    with pytest.raises(TypeError, match="^unsupported operand type.*'SharedVariable' and 'int'"):
        s + 1


def test_a_generic_shared_variable_is_a_functions_output_and_update():
    s, t = shared([1, 2], name="s"), shared(None, name="t")
    f = function([], [s, t], updates=[(t, s)])
    assert f() == [[1, 2], None] and t.get_value() == [1, 2]
    out = f()[0]
    out.append(9)  # an output is the function's copy
    assert s.get_value() == [1, 2]
    with pytest.raises(TypeError, match="An update must have the same type as the original shared variable .*type=Generic"):
        function([], s, updates=[(s, T.dscalar("x"))])
