"""Theano 1.0.5's dtype rules, the type of a variable holding a RandomState, and ``Generic``,
the type of one holding any Python object.

Python scalars become constants by the ``custom`` cast policy: the narrowest
int of int8..int64, float32 when it holds a float exactly (always float32 when
``floatX`` is float32).  ``floatx()`` is Theano's ``config.floatX``, read when a
variable or constant is made: a script may set it while it runs.  (``TensorType``, a
dtype plus a broadcastable pattern, is in ``rngscope.tensor.variable``: its
variables are tensor variables.)
"""
from __future__ import annotations

import numpy as np

from rngscope.graph.basic import Constant, TheanoNamed, Variable

FLOAT_DTYPES = ("float16", "float32", "float64")
INT_DTYPES = ("int8", "int16", "int32", "int64")
UINT_DTYPES = ("uint8", "uint16", "uint32", "uint64")
DISCRETE_DTYPES = ("bool",) + INT_DTYPES + UINT_DTYPES
# what a TensorType may hold (Theano's TensorType rejects strings, objects, datetimes...)
TENSOR_DTYPES = frozenset(FLOAT_DTYPES + DISCRETE_DTYPES + ("complex64", "complex128"))
_FLOATX = ["float64"]  # the one place the flag lives (set_floatx)
FLOATX_DTYPES = ("float16", "float32", "float64")

__all__ = [
    "DISCRETE_DTYPES", "FLOATX_DTYPES", "FLOAT_DTYPES", "Generic", "INT_DTYPES", "RandomStateType",
    "TENSOR_DTYPES", "UINT_DTYPES", "autocast_float", "autocast_int", "convert", "floatx", "generic",
    "invalid_floatx", "random_state_type", "set_floatx", "upcast",
]

_UPCAST = {}


def floatx():
    """Theano's ``config.floatX`` now: the dtype of ``T.matrix()``, of draws and of a Python
    float's constant under float32."""
    return _FLOATX[0]


def invalid_floatx(value):
    """Theano's error for a floatX it refuses (in THEANO_FLAGS at import, or set later)."""
    return ValueError(f'Invalid value ("{value}") for configuration variable "floatX". '
                      "Valid options are ('float64', 'float32', 'float16')")


def set_floatx(dtype):
    """``theano.config.floatX = dtype`` (float16, float32 or float64): variables, constants and draws
    made from now on follow it; those made before keep their dtype."""
    if dtype not in FLOATX_DTYPES:
        raise invalid_floatx(dtype)
    _FLOATX[0] = dtype


def upcast(*dtypes):
    """The dtype numpy gives when 0-d arrays of ``dtypes`` are combined."""
    key = tuple(str(d) for d in dtypes)
    out = _UPCAST.get(key)
    if out is None:
        result = np.dtype(key[0])
        for d in key[1:]:
            result = np.promote_types(result, d)
        out = _UPCAST.setdefault(key, str(result))
    return out


def autocast_int(x):
    """Narrowest of int8/int16/int32/int64 holding ``x``."""
    for dtype in INT_DTYPES:
        info = np.iinfo(dtype)
        if info.min <= x <= info.max:
            return np.asarray(x, dtype=dtype)
    return np.asarray(x, dtype="uint64")


def autocast_float(x):
    """float32 when it holds ``x`` exactly (or x is 0/inf/nan), else float64; always floatX
    under floatX=float32 or float16 (Theano's unsafe downcast of Python floats)."""
    with np.errstate(over="ignore"):  # 70000.0 is inf in float16, silently (numpy 1.23)
        if _FLOATX[0] != "float64":
            return np.asarray(x, dtype=_FLOATX[0])
        f32 = np.asarray(x, dtype="float32")
    if float(f32) == x or np.isinf(x) or np.isnan(x):
        return f32
    return np.asarray(x, dtype="float64")


def convert(x, dtype=None):
    """A numpy array for a Python value under Theano's cast policy."""
    if dtype is not None:
        return np.asarray(x, dtype=dtype)
    if isinstance(x, np.generic):  # before float: np.float64 is a float, and keeps its dtype
        return np.asarray(x)
    if isinstance(x, bool):
        return np.asarray(x)
    if isinstance(x, int):
        return autocast_int(x)
    if isinstance(x, float):
        return autocast_float(x)
    if isinstance(x, np.ndarray):
        return x
    if isinstance(x, np.generic):
        return np.asarray(x)
    arr = np.asarray(x)
    if arr.size == 0 and not hasattr(x, "dtype"):
        arr = np.asarray(x, dtype=_FLOATX[0])
    return arr


class _ObjectType:
    """A type whose variables hold a Python object, not an array: equal to every instance of
    its class, printed by its name, its repr Theano's without the address."""

    ndim = None
    dtype = None
    name = theano_path = ""

    @property
    def variable_class(self):
        return Variable

    def __str__(self):
        return self.name

    def __repr__(self):
        return "<%s object>" % self.theano_path

    def __eq__(self, other):
        return isinstance(other, type(self))

    def __hash__(self):
        return hash(self.name)

    def filter_variable(self, other, allow_convert=True):
        """``other`` as a variable of this type: a value it takes becomes a constant."""
        if not isinstance(other, Variable):
            other = Constant(self, self.filter(other))
        if other.type != self:
            raise TypeError(
                "Cannot convert Type %s (of Variable %s) into Type %s. You can try to manually "
                "convert %s into a %s." % (other.type, other, self, other, self))
        return other


class RandomStateType(_ObjectType):
    """The type of a variable holding a ``numpy.random.RandomState``."""

    name = "RandomStateType"
    theano_path = "theano.tensor.raw_random.RandomStateType"

    def filter(self, data, allow_downcast=None, strict=False):
        if not isinstance(data, np.random.RandomState):
            raise TypeError()  # Theano's RandomStateType.filter says nothing more
        return data


random_state_type = RandomStateType()


class Generic(_ObjectType, metaclass=TheanoNamed):
    """Theano's ``Generic``: the type of a variable holding any Python object (what
    ``theano.shared`` makes of a list, a dict or None); its filter takes every value."""

    name = "Generic"
    theano_path = "theano.gof.type.Generic"

    def filter(self, data, allow_downcast=None, strict=False):
        return data


generic = Generic()
