"""Shared variables: values that live across calls of compiled functions.

``get_value``/``set_value`` follow Theano's ``borrow`` rule: without borrow a
value is copied in and out; with borrow the very object is handed over.  A
shared variable may carry a ``default_update``, the expression ``function()``
assigns to it after each call unless told otherwise.  A value no tensor takes (a list, a
dict, None, an array of strings) makes a plain SharedVariable of type ``Generic``, holding
the very object given, as Theano's last-resort constructor does.
"""
from __future__ import annotations

import copy
import sys

import numpy as np

from rngscope import observe as _observe
from rngscope.graph.basic import TheanoNamed, Variable, creation_trace
from rngscope.graph.types import TENSOR_DTYPES, generic, random_state_type
from rngscope.random.state import RandomState
from rngscope.tensor.variable import TensorType, _Operators

__all__ = [
    "copy_in", "RandomStateSharedVariable", "ScalarSharedVariable", "shared", "SharedVariable",
    "TensorSharedVariable",
]


class SharedVariable(Variable, metaclass=TheanoNamed):
    """A variable with a value kept between calls."""

    # how set_value filters a new value (Theano's Container: shared(strict=, allow_downcast=))
    strict = False
    allow_downcast = None

    def __init__(self, type, value, name=None):
        super().__init__(type, name=name)
        self.storage = [value]
        self.tag["trace"] = creation_trace()

    def _value_is_gone(self, *args):
        raise Exception("sharedvar.value does not exist anymore. Use sharedvar.get_value() or "
                        "sharedvar.set_value() instead.")

    value = property(_value_is_gone, _value_is_gone)  # Theano 1.0.5's answer to the old API

    def get_value(self, borrow=False, return_internal_type=False):
        value = self.storage[0]
        return value if borrow else copy.deepcopy(value)

    def set_value(self, value, borrow=False):
        if value is not None:
            try:
                if self.strict or self.allow_downcast is not None:
                    value = self.type.filter(value, allow_downcast=self.allow_downcast,
                                             strict=self.strict)
                else:  # the one filter every type has
                    value = self.type.filter(value)
            except Exception as e:  # Theano's Container names itself in the error
                e.args = e.args + ('Container name "%s"' % self.name,)
                raise
            if not borrow:
                value = copy_in(value)
        self.assign(value, "set_value", sys._getframe(1))

    def assign(self, value, source, frame=None):
        """Store ``value`` as is and tell the observer: the one way a value is set from
        outside a call (``set_value``, ``RandomStreams.seed``); ``frame`` is where."""
        before = self.storage[0]
        self.storage[0] = value
        if _observe.current is not None:
            _observe.current.on_write(self, before, source, frame)

    def clone(self):
        """Another shared variable over the same value (``theano.clone(share_inputs=False)``):
        a ``set_value`` on either is seen by both; its ``default_update`` is not kept."""
        cp = type(self).__new__(type(self))
        cp.__dict__.update(self.__dict__)
        cp.__dict__.pop("default_update", None)
        cp.tag = self.tag.copy()
        return cp

    def __str__(self):
        return self.name if self.name is not None else f"<{self.type}>"

    def __getitem__(self, index):
        # (a shared tensor's own indexing comes first in its classes' order)
        raise TypeError("The generic 'SharedVariable' object is not subscriptable. This shared "
                        "variable contains an object of type: %s. Did you forget to cast it into "
                        "a Numpy array before calling theano.shared()?" % type(self.get_value(borrow=True)))


class TensorSharedVariable(_Operators, SharedVariable, metaclass=TheanoNamed):
    """A shared tensor (has the tensor operators)."""


class ScalarSharedVariable(TensorSharedVariable):
    """A shared 0-d tensor made from a Python or numpy number (Theano's scalar_constructor
    makes this class; a 0-d array makes a TensorSharedVariable)."""


class RandomStateSharedVariable(SharedVariable, metaclass=TheanoNamed):
    """A shared ``numpy.random.RandomState`` (Theano's class of the same name)."""


def copy_in(value):
    """A private copy of a value handed to a shared variable (streams become change-counting)."""
    if isinstance(value, np.random.RandomState):
        return RandomState.like(value)
    return copy.deepcopy(value)


def shared(value, name=None, strict=False, allow_downcast=None, **kwargs):
    """A shared variable holding ``value`` (copied unless ``borrow=True``; an array's
    ``broadcastable`` pattern may be given). As in Theano, a value no constructor takes with
    the keyword arguments given (a pattern its shape contradicts, an unknown keyword) raises
    Theano's one TypeError naming the value and the keywords."""
    if isinstance(value, Variable):
        raise TypeError("Shared variable constructor needs numeric values and not symbolic variables.")
    borrow, broadcastable = kwargs.get("borrow", False), kwargs.get("broadcastable")
    try:
        if set(kwargs) - {"borrow", "broadcastable"}:
            raise TypeError(sorted(kwargs))
        if isinstance(value, np.random.RandomState):
            if broadcastable is not None:
                raise TypeError(broadcastable)
            return RandomStateSharedVariable(random_state_type,
                                             value if borrow else copy_in(value), name)
        var = _tensor_shared(value, name, borrow, broadcastable)
    except TypeError:
        if kwargs:  # Theano's generic constructor takes no keyword (not even borrow)
            raise TypeError("No suitable SharedVariable constructor could be found. Are you sure "
                            "all kwargs are supported? We do not support the parameter dtype or "
                            'type. value="%s". parameters="%s"' % (value, kwargs)) from None
        var = SharedVariable(generic, value, name)  # the object itself, not a copy
    var.strict, var.allow_downcast = bool(strict), allow_downcast
    return var


def _tensor_shared(value, name, borrow, broadcastable):
    if isinstance(value, (bool, int, float, complex, np.generic)) and not isinstance(value, np.ndarray):
        arr = np.asarray(value)
        if isinstance(value, float):
            arr = arr.astype("float64")
        elif isinstance(value, int) and not isinstance(value, bool):
            arr = arr.astype("int64")
        if broadcastable is not None:
            raise TypeError(broadcastable)  # Theano's scalar constructor takes no pattern
        made = ScalarSharedVariable if isinstance(value, (int, float, complex, np.number)) \
            else TensorSharedVariable
        return made(TensorType(str(arr.dtype), ()), arr, name)
    if isinstance(value, np.ndarray) and str(value.dtype) in TENSOR_DTYPES:
        bcast = broadcastable if broadcastable is not None else (False,) * value.ndim
        data = value if borrow else value.copy()
        kind = TensorType(str(value.dtype), tuple(bcast))
        if broadcastable is not None:
            kind.filter(data)  # a pattern the shape contradicts: the filter's TypeError
        return TensorSharedVariable(kind, data, name)
    raise TypeError(value)  # no tensor holds it
