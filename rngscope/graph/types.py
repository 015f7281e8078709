"""Types and Theano 1.0.5's dtype rules.

A ``TensorType`` is a dtype plus a broadcastable pattern; ``filter`` checks a
value given to a compiled function the way Theano does (the upcasts it allows,
its messages).  Python scalars become constants by the ``custom`` cast policy:
the narrowest int of int8..int64, float32 when it holds a float exactly.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FLOAT_DTYPES = ("float16", "float32", "float64")
INT_DTYPES = ("int8", "int16", "int32", "int64")
UINT_DTYPES = ("uint8", "uint16", "uint32", "uint64")
DISCRETE_DTYPES = ("bool",) + INT_DTYPES + UINT_DTYPES
# what a TensorType may hold (Theano's TensorType rejects strings, objects, datetimes...)
TENSOR_DTYPES = frozenset(FLOAT_DTYPES + DISCRETE_DTYPES + ("complex64", "complex128"))
FLOATX = "float64"

_NAMED_PATTERNS = {
    (): "scalar",
    (False,): "vector",
    (False, True): "col",
    (True, False): "row",
    (False, False): "matrix",
}


_UPCAST = {}


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
    """float32 when it holds ``x`` exactly (or x is 0/inf/nan), else float64."""
    f32 = np.asarray(x, dtype="float32")
    if float(f32) == x or np.isinf(x) or np.isnan(x):
        return f32
    return np.asarray(x, dtype="float64")


def convert(x, dtype=None):
    """A numpy array for a Python value under Theano's cast policy."""
    if dtype is not None:
        return np.asarray(x, dtype=dtype)
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
        arr = np.asarray(x, dtype=FLOATX)
    return arr


_DTYPE_NAMES = {}


_TYPES = {}  # (dtype, broadcastable) -> the one TensorType object for it


def tensor_type(dtype, broadcastable):
    """The TensorType for a dtype name and a tuple of bools (types are frozen, so shared)."""
    key = (dtype, broadcastable)
    found = _TYPES.get(key)
    if found is None:
        found = _TYPES.setdefault(key, TensorType(dtype, broadcastable))
    return found


@dataclass(frozen=True)
class TensorType:
    """dtype + broadcastable pattern."""

    dtype: str
    broadcastable: tuple

    def __post_init__(self):
        dtype = _DTYPE_NAMES.get(self.dtype)
        if dtype is None:
            dtype = _DTYPE_NAMES.setdefault(self.dtype, str(np.dtype(self.dtype)))
        if dtype is not self.dtype:
            object.__setattr__(self, "dtype", dtype)
        bcast = self.broadcastable
        if type(bcast) is not tuple or not all(b is True or b is False for b in bcast):
            object.__setattr__(self, "broadcastable", tuple(bool(b) for b in bcast))

    @property
    def ndim(self):
        return len(self.broadcastable)

    # Set to TensorVariable by rngscope.tensor.variable (the graph layer does not import it).
    variable_class = None

    def __str__(self):
        b = self.broadcastable
        if b in _NAMED_PATTERNS:
            pattern = _NAMED_PATTERNS[b]
        elif any(b):
            pattern = str(b)
        else:
            pattern = "%iD" % len(b)
        return f"TensorType({self.dtype}, {pattern})"

    def filter_variable(self, other, allow_convert=True):
        """``other`` as a variable of this type (a value becomes a constant), else TypeError."""
        from rngscope.graph.basic import Variable
        from rngscope.tensor.variable import TensorConstant

        if not isinstance(other, Variable):
            other = TensorConstant(self, self.filter(other))
        if other.type == self:
            return other
        ot = other.type
        if (allow_convert and isinstance(ot, TensorType) and ot.dtype == self.dtype
                and ot.ndim == self.ndim
                and all(sb == ob or ob for sb, ob in zip(self.broadcastable, ot.broadcastable))):
            return other
        raise TypeError(
            "Cannot convert Type %s (of Variable %s) into Type %s. You can try to manually "
            "convert %s into a %s." % (ot, other, self, other, self)
        )

    def filter(self, data, allow_downcast=None):
        """Check and convert a value for this type as Theano's TensorType.filter does."""
        from rngscope.graph.basic import Variable

        if isinstance(data, Variable):
            raise TypeError(
                "Expected an array-like object, but found a Variable: maybe you are trying "
                "to call a function on a (possibly shared) variable instead of a numeric array?"
            )
        if type(data) is np.ndarray and data.dtype == self.dtype:
            pass
        elif allow_downcast:
            data = np.asarray(data, dtype=self.dtype)
        elif isinstance(data, np.ndarray):
            if upcast(self.dtype, data.dtype) != self.dtype:
                raise TypeError(
                    f"{self} cannot store a value of dtype {data.dtype} without risking loss "
                    f"of precision. If you do not mind this loss, you can: 1) explicitly cast "
                    f'your data to {self.dtype}, or 2) set "allow_input_downcast=True" when '
                    f'calling "function". Value: "{data!r}"'
                )
            data = np.asarray(data, dtype=self.dtype)
        elif allow_downcast is None and type(data) is float and self.dtype == FLOATX:
            data = np.asarray(data, dtype=self.dtype)
        else:
            original = np.asarray(data)
            if original.dtype.kind in "USO":  # text: numpy's own conversion error, as Theano's
                converted = np.asarray(data, dtype=self.dtype)
            else:
                converted = original.astype(self.dtype)  # wraps like numpy 1.x's asarray(dtype=)
            if not (original.shape == converted.shape and np.all(original == converted)):
                # %s formatting, as Theano: str() of a 0-d float32 prints its own digits
                raise TypeError(
                    "%s cannot store accurately value %s, it would be represented as %s. If "
                    "you do not mind this precision loss, you can: 1) explicitly convert your "
                    "data to a numpy array of dtype %s, or 2) set \"allow_input_downcast=True\" "
                    "when calling \"function\"." % (self, data, converted, self.dtype),
                    data,
                )
            data = converted
        if self.ndim != data.ndim:
            raise TypeError(
                "Wrong number of dimensions: expected %s, got %s with shape %s."
                % (self.ndim, data.ndim, data.shape)
            )
        for i, b in enumerate(self.broadcastable):
            if b and data.shape[i] != 1:
                raise TypeError(
                    "Non-unit value on shape on a broadcastable dimension.",
                    data.shape,
                    self.broadcastable,
                )
        return data


class RandomStateType:
    """The type of a variable holding a ``numpy.random.RandomState``."""

    ndim = None
    dtype = None

    @property
    def variable_class(self):
        from rngscope.graph.basic import Variable

        return Variable

    def __str__(self):
        return "RandomStateType"

    def __eq__(self, other):
        return isinstance(other, RandomStateType)

    def __hash__(self):
        return hash("RandomStateType")

    def filter(self, data, allow_downcast=None):
        if not isinstance(data, np.random.RandomState):
            raise TypeError()  # Theano's RandomStateType.filter says nothing more
        return data

    def filter_variable(self, other, allow_convert=True):
        """``other`` as a variable of this type: a RandomState becomes a constant."""
        from rngscope.graph.basic import Constant, Variable

        if not isinstance(other, Variable):
            other = Constant(self, self.filter(other))
        if other.type != self:
            raise TypeError(
                "Cannot convert Type %s (of Variable %s) into Type %s. You can try to manually "
                "convert %s into a %s." % (other.type, other, self, other, self))
        return other


random_state_type = RandomStateType()
