"""Tensor types, variables and constants: what every tensor op takes and makes.

A ``TensorType`` is a dtype plus a broadcastable pattern; its variables are
``TensorVariable`` (its constants ``TensorConstant``), whose Python operators
build graph nodes.  ``as_tensor`` is how an op reads its inputs: a tensor
variable as it is, a Python or numpy value as a constant.

The operators call the functions of ``rngscope.tensor.basic`` (``x + y`` is
``basic.add(x, y)``).  Those functions make their results with the classes
here, so basic sits above this module: it hands itself over with
``register_functions`` when it is imported, instead of this module importing it.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Constant, TheanoNamed, Variable, creation_trace
from rngscope.graph.types import TENSOR_DTYPES, convert, floatx, upcast

__all__ = [
    "AsTensorError", "TensorConstant", "TensorType", "TensorVariable", "as_constant", "as_tensor",
    "constant", "fresh_constants", "register_functions", "register_methods", "tensor_type",
]

# rngscope.tensor.basic once it is imported: the functions the operators build with.
T = None


def register_functions(module):
    """Let the operators build nodes with ``module``'s functions (``rngscope.tensor.basic``
    registers itself as it loads)."""
    global T
    T = module


_METHODS = {}  # method name -> the function of a module above this one (argmax, sort, ...)


def register_methods(**functions):
    """Let tensors' methods (``x.argmax()``, ``x.sort()``) call functions defined by the
    modules that build on this one (``tensor.nnet``, ``tensor.extra_ops``)."""
    _METHODS.update(functions)


def _or_not_implemented(build, self, other):
    """``build(self, other)``, or NotImplemented when ``other`` is no tensor (Theano's
    ``x + other`` lets Python try ``other``'s own operator, then raise its TypeError)."""
    try:
        return build(self, other)
    except (NotImplementedError, AsTensorError):
        return NotImplemented


def _comparison(result):
    result._is_nonzero = False
    return result


class _Operators:
    """Operator overloading shared by tensor variables and constants. There is no ``@``:
    Theano 1.0.5's variables have no ``__matmul__`` (``x @ y`` is a TypeError there)."""

    # numpy defers to us: ``array * x`` is ``x.__rmul__(array)``, one node, as in Theano
    __array_priority__ = 1000

    # arithmetic -----------------------------------------------------------
    def __add__(self, other):  # self + other
        return _or_not_implemented(T.add, self, other)

    def __radd__(self, other):  # other + self
        return T.add(other, self)

    def __sub__(self, other):  # self - other
        return _or_not_implemented(T.sub, self, other)

    def __rsub__(self, other):  # other - self
        return T.sub(other, self)

    def __mul__(self, other):  # self * other
        return _or_not_implemented(T.mul, self, other)

    def __rmul__(self, other):  # other * self
        return T.mul(other, self)

    def __truediv__(self, other):  # self / other
        return T.true_div(self, other)

    def __rtruediv__(self, other):  # other / self
        return T.true_div(other, self)

    def __floordiv__(self, other):  # self // other
        return T.int_div(self, other)

    def __rfloordiv__(self, other):  # other // self
        return T.int_div(other, self)

    def __mod__(self, other):  # self % other
        return _or_not_implemented(T.mod, self, other)

    def __rmod__(self, other):  # other % self
        return T.mod(other, self)

    def __pow__(self, other):  # self ** other
        return _or_not_implemented(T.pow, self, other)

    def __rpow__(self, other):  # other ** self
        return T.pow(other, self)

    def __neg__(self):  # -self
        return T.neg(self)

    def __abs__(self):  # abs(self)
        return T.abs_(self)

    # comparisons ----------------------------------------------------------
    # Theano: every variable is truthy except a comparison's result, so ``p or []``
    # works while ``a < b < c`` (really ``(a < b) and (b < c)``) raises.
    _is_nonzero = True

    def __gt__(self, other):
        return _comparison(T.gt(self, other))

    def __lt__(self, other):
        return _comparison(T.lt(self, other))

    def __ge__(self, other):
        return _comparison(T.ge(self, other))

    def __le__(self, other):
        return _comparison(T.le(self, other))

    # bitwise (logical on bools) -------------------------------------------
    def __and__(self, other):
        return T.and_(self, other)

    def __rand__(self, other):
        return T.and_(other, self)

    def __or__(self, other):
        return T.or_(self, other)

    def __ror__(self, other):
        return T.or_(other, self)

    def __xor__(self, other):
        return T.xor(self, other)

    def __rxor__(self, other):
        return T.xor(other, self)

    def __invert__(self):
        return T.invert(self)

    def __bool__(self):
        if self._is_nonzero:
            return True
        raise TypeError("Variables do not support boolean operations.")

    __hash__ = object.__hash__

    # attributes -----------------------------------------------------------
    @property
    def ndim(self):
        return self.type.ndim

    @property
    def dtype(self):
        return self.type.dtype

    @property
    def broadcastable(self):
        return self.type.broadcastable

    @property
    def shape(self):
        return T.shape(self)

    @property
    def T(self):
        return T.transpose(self)

    def dimshuffle(self, *pattern):
        if len(pattern) == 1 and isinstance(pattern[0], (list, tuple)):
            pattern = tuple(pattern[0])
        return T.dimshuffle(self, pattern)

    def sum(self, axis=None, dtype=None, keepdims=False):
        return T.sum(self, axis=axis, dtype=dtype, keepdims=keepdims)

    def mean(self, axis=None, dtype=None, keepdims=False):
        return T.mean(self, axis=axis, dtype=dtype, keepdims=keepdims)

    def reshape(self, shape, ndim=None):
        return T.reshape(self, shape, ndim=ndim)

    def astype(self, dtype):
        return T.cast(self, dtype)

    def __getitem__(self, index):
        return T.subtensor(self, index)

    def __iter__(self):
        try:
            length = T.get_vector_length(self)
        except TypeError:  # not a vector: Theano's hint against builtin sum and max
            raise TypeError("TensorType does not support iteration. Maybe you are using "
                            "builtin.sum instead of theano.tensor.sum? (Maybe .max?)") from None
        for i in range(length):
            yield self[i]

    def dot(self, other):
        return T.dot(self, other)

    def flatten(self, ndim=1):
        """Keep the first ndim-1 axes, fold the rest into one (Theano's flatten)."""
        if ndim < 1 or (ndim > 1 and ndim > self.ndim):
            raise ValueError("ndim %s out of bound [1, %d)" % (ndim, self.ndim + 1))
        kept = self.shape[:ndim - 1]  # Theano's tuple(x.shape[:ndim - 1]): kept[i]
        dims = [kept[i] for i in range(ndim - 1)] + [-1]
        return self.reshape(dims, ndim=ndim)

    def prod(self, axis=None, dtype=None, keepdims=False):
        return T.prod(self, axis=axis, dtype=dtype, keepdims=keepdims)

    def var(self, axis=None, ddof=0, keepdims=False, corrected=False):
        return T.var(self, axis=axis, ddof=ddof, keepdims=keepdims, corrected=corrected)

    def std(self, axis=None, ddof=0, keepdims=False, corrected=False):
        return T.std(self, axis=axis, ddof=ddof, keepdims=keepdims, corrected=corrected)

    def max(self, axis=None, keepdims=False):
        return T.max(self, axis=axis, keepdims=keepdims)

    def min(self, axis=None, keepdims=False):
        return T.min(self, axis=axis, keepdims=keepdims)

    def argmax(self, axis=None, keepdims=False):
        return T.argmax(self, axis=axis, keepdims=keepdims)

    def argmin(self, axis=None, keepdims=False):
        return _METHODS["argmin"](self, axis=axis, keepdims=keepdims)

    def sort(self, axis=-1, kind="quicksort", order=None):
        return _METHODS["sort"](self, axis, kind, order)

    def searchsorted(self, v, side="left", sorter=None):
        return _METHODS["searchsorted"](self, v, side, sorter)

    def argsort(self, axis=-1, kind="quicksort", order=None):
        return _METHODS["argsort"](self, axis, kind, order)

    def cumsum(self, axis=None):
        return _METHODS["cumsum"](self, axis)

    def cumprod(self, axis=None):
        return _METHODS["cumprod"](self, axis)

    def clip(self, a_min, a_max):
        return T.clip(self, a_min, a_max)

    def round(self, mode="half_to_even"):
        return T.round(self, mode)

    def transpose(self, *axes):
        if len(axes) == 1 and isinstance(axes[0], (list, tuple)):
            axes = axes[0]
        return T.transpose(self, axes or None)

    def ravel(self):
        return self.flatten()

    def zeros_like(self, dtype=None):
        return T.zeros_like(self, dtype=dtype)

    def ones_like(self, dtype=None):
        return T.ones_like(self, dtype=dtype)

    def fill(self, value):
        return T.fill(self, value)

    def copy(self, name=None):
        out = T.tensor_copy(self)
        out.name = name
        return out

    @property
    def size(self):
        """A vector's length, else the product of the shape (Theano's ``x.size``)."""
        return self.shape[0] if self.ndim == 1 else T.prod(self.shape)

    def take(self, indices, axis=None, mode="raise"):
        if mode != "raise":
            raise NotImplementedError(f"rngscope's take supports mode='raise' only, not {mode!r}")
        return T.take(self, indices, axis)

    def ptp(self, axis=None):  # max - min
        return T.max(self, axis) - T.min(self, axis)

    def norm(self, L, axis=None, keepdims=False):
        """``sum(|x| ** L) ** (1 / L)`` (Theano builds it so; L 0 and inf are refused)."""
        if L == 0 or np.isinf(L):
            raise NotImplementedError()
        y = T.pow(T.pow(T.abs_(self), L).sum(axis=axis), 1.0 / L)
        if keepdims:
            y = T.keep_dims(self, y, T._axis_list(axis))
        return y


def _basic_method(name):
    def method(self):
        return getattr(T, name)(self)

    method.__name__ = name
    return method


def _registered_method(name):
    def method(self, *args, **kwargs):
        return _METHODS[name](self, *args, **kwargs)

    method.__name__ = name
    return method


for _name in ("exp", "expm1", "log", "log1p", "sqrt", "tanh", "cos", "sin", "floor", "ceil"):
    setattr(_Operators, _name, _basic_method(_name))
for _name in ("exp2", "log2", "log10", "tan", "sinh", "cosh", "arcsin", "arccos", "arctan", "trunc",
              "arcsinh", "arccosh", "arctanh",
              "any", "all", "squeeze", "repeat", "swapaxes", "trace", "diagonal", "nonzero",
              "nonzero_values"):
    setattr(_Operators, _name, _registered_method(_name))


class TensorVariable(_Operators, Variable, metaclass=TheanoNamed):
    """A symbolic tensor."""


class TensorConstant(_Operators, Constant, metaclass=TheanoNamed):
    """A tensor with a fixed value; prints like Theano's ``TensorConstant{...}``."""

    def __init__(self, type, data, name=None):
        super().__init__(type, data, name)
        self.unique_value = None
        if isinstance(data, np.ndarray) and data.ndim > 0 and data.size:
            flat = data.ravel()
            if (flat == flat[0]).all():
                self.unique_value = flat[0]

    def __str__(self):
        # Theano's TensorConstant prints its value even when it has a name
        if self.unique_value is not None:
            # str(), as Theano: a float32 prints its own shortest digits (format() would
            # print the float64 it widens to)
            text = "%s of %s" % (self.data.shape, str(self.unique_value))
        else:
            text = str(self.data)  # a float32 scalar prints its own digits, as in Theano
        if len(text) > 20:
            text = text[:10] + ".." + text[-10:]
        return "TensorConstant{%s}" % text

    def scalar_value(self):
        """The one value every element holds (a 0-d array), or None (cached)."""
        if "_scalar" not in self.__dict__:
            if self.data.ndim == 0:
                self._scalar = self.data
            elif self.unique_value is not None:
                self._scalar = np.asarray(self.unique_value)
            else:
                self._scalar = None
        return self._scalar

    def signature(self):
        sig = self.__dict__.get("_signature")
        if sig is None:
            sig = (self.type, self.data.dtype.str, self.data.shape, self.data.tobytes())
            self._signature = sig
        return sig


_NAMED_PATTERNS = {
    (): "scalar",
    (False,): "vector",
    (False, True): "col",
    (True, False): "row",
    (False, False): "matrix",
}


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
class TensorType(metaclass=TheanoNamed):
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

    variable_class = TensorVariable

    def __call__(self, name=None):
        """A symbolic input of this type, remembering where the user made it (Theano's
        ``tag.trace``)."""
        var = TensorVariable(self, name=name)
        var.tag["trace"] = creation_trace()
        return var

    def __str__(self):
        b = self.broadcastable
        if b in _NAMED_PATTERNS:
            pattern = _NAMED_PATTERNS[b]
        elif any(b):
            pattern = str(b)
        else:
            pattern = "%iD" % len(b)
        return f"TensorType({self.dtype}, {pattern})"

    __repr__ = __str__  # as Theano's: a list of types prints TensorType(float32, matrix)

    def filter_variable(self, other, allow_convert=True):
        """``other`` as a variable of this type (a value becomes a constant), else TypeError."""
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

    def filter(self, data, allow_downcast=None, strict=False):
        """Check and convert a value for this type as Theano's TensorType.filter does
        (``strict``: only an ndarray of this dtype, as a ``shared(strict=True)`` takes)."""
        if isinstance(data, Variable):
            raise TypeError(
                "Expected an array-like object, but found a Variable: maybe you are trying "
                "to call a function on a (possibly shared) variable instead of a numeric array?"
            )
        if type(data) is np.ndarray and data.dtype == self.dtype:
            pass
        elif strict:
            if type(data) is not np.ndarray:
                # numpy 1.x's repr of a float64 or integer scalar is the Python number's
                shown = data.item() if isinstance(data, (np.float64, np.integer)) else data
                raise TypeError("%s expected a ndarray object." % self, shown, type(data))
            raise TypeError("%s expected a ndarray object with dtype = %s (got %s)."
                            % (self, self.dtype, data.dtype))
        elif allow_downcast:
            data = _as_dtype_wrapping(data, self.dtype)
        elif isinstance(data, np.ndarray):
            if upcast(self.dtype, data.dtype) != self.dtype:
                raise TypeError(
                    f"{self} cannot store a value of dtype {data.dtype} without risking loss "
                    f"of precision. If you do not mind this loss, you can: 1) explicitly cast "
                    f'your data to {self.dtype}, or 2) set "allow_input_downcast=True" when '
                    f'calling "function". Value: "{data!r}"'
                )
            data = np.asarray(data, dtype=self.dtype)
        elif allow_downcast is None and type(data) is float and self.dtype == floatx():
            data = np.asarray(data, dtype=self.dtype)
        else:
            original = np.asarray(data)
            converted = _as_dtype_wrapping(data, self.dtype)
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


def _as_dtype_wrapping(data, dtype):
    """``data`` as an array of ``dtype``, out-of-range integers wrapping as numpy 1.x's
    ``asarray(data, dtype=)`` did (numpy 2 raises OverflowError for a Python int)."""
    original = np.asarray(data)
    if original.dtype.kind in "USO":  # text: numpy's own conversion error, as Theano's
        return np.asarray(data, dtype=dtype)
    return original.astype(dtype)


_CONSTANT_CACHE = {}
_CACHING = [True]  # off while index arithmetic is built during a rewrite (fresh_constants)


class fresh_constants:
    """Inside, ``constant`` makes a new object each time: Theano turns its constant cache
    off while it optimizes, so the constants a rewrite builds are distinct until merged."""

    def __enter__(self):
        self.before = _CACHING[0]
        _CACHING[0] = False

    def __exit__(self, *exc):
        _CACHING[0] = self.before
_DTYPE_NAME_OF = {}  # numpy dtype -> its name (str(dtype) is slow)


def constant(x, name=None, ndim=None, dtype=None):
    """A TensorConstant for ``x``; small scalars are cached so equal ones are one object."""
    data = convert(x, dtype=dtype)
    bcast = [d == 1 for d in data.shape]
    if ndim is not None:
        if len(bcast) < ndim:
            bcast = [True] * (ndim - len(bcast)) + bcast
            data = data.reshape((1,) * (ndim - data.ndim) + data.shape)
        elif len(bcast) > ndim:
            raise ValueError("ndarray could not be cast to constant with %i dimensions" % ndim)
    dtype_name = _DTYPE_NAME_OF.get(data.dtype)
    if dtype_name is None:
        if str(data.dtype) not in TENSOR_DTYPES:
            raise TypeError("Could not convert %s to TensorType" % (x,), type(x))
        dtype_name = _DTYPE_NAME_OF.setdefault(data.dtype, str(data.dtype))
    bcast = tuple(bcast)
    if not _CACHING[0]:
        return TensorConstant(tensor_type(dtype_name, bcast), data, name=name)
    key = (dtype_name, bcast, data.dtype.str, data.shape, data.tobytes())
    found = _CONSTANT_CACHE.get(key)
    if found is not None:
        return found
    out = TensorConstant(tensor_type(dtype_name, bcast), data, name=name)
    if data.size == 1 and data.dtype.kind in "iuf" and -10 <= data.item() <= 10 and name is None:
        _CONSTANT_CACHE[key] = out
    return out



class AsTensorError(TypeError):
    """A value that cannot become a tensor (Theano's AsTensorError)."""


def as_constant(x, name=None, ndim=None):
    """A Python or numpy value as a TensorConstant (padded to ``ndim``), else AsTensorError."""
    if isinstance(x, bool):
        raise AsTensorError(
            "Cannot cast True or False as a tensor variable. Please use np.array(True) or "
            "np.array(False) if you need these constants. This error might be caused by using "
            "the == operator on Variables. v == w does not do what you think it does, use "
            "theano.tensor.eq(v, w) instead.")
    try:
        return constant(x, name=name, ndim=ndim)
    except TypeError:
        raise AsTensorError("Cannot convert %s to TensorType" % (x,), type(x)) from None


def as_tensor(x):
    """An op's input as a tensor: a tensor variable itself, a value as a constant.

    Ops take their inputs through this; the user-level ``basic.as_tensor_variable``
    also stacks a list holding variables and pads to an ``ndim``, then hands over here.
    """
    if isinstance(x, Variable):
        if isinstance(x.type, TensorType):
            return x
        if hasattr(x.type, "as_tensor"):
            return x.type.as_tensor(x)
        raise AsTensorError("Variable type field must be a TensorType.", x, x.type)
    return as_constant(x)
