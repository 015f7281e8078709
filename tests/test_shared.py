"""Shared variables: set_value filters a new value as the variable was made to (Theano's
Container: ``shared(strict=True)`` takes only an ndarray of its dtype, ``allow_downcast``)."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.shared import ScalarSharedVariable, TensorSharedVariable, shared


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
