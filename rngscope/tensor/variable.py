"""Tensor variables and constants, with Python operators building graph nodes."""
from __future__ import annotations

import numpy as np

from rngscope.graph.basic import Constant, Variable
from rngscope.graph.types import TENSOR_DTYPES, TensorType, convert, tensor_type


def _comparison(result):
    result._is_nonzero = False
    return result


class _Operators:
    """Operator overloading shared by tensor variables and constants."""

    # arithmetic -----------------------------------------------------------
    def __add__(self, other):  # self + other
        return T.add(self, other)

    def __radd__(self, other):  # other + self
        return T.add(other, self)

    def __sub__(self, other):  # self - other
        return T.sub(self, other)

    def __rsub__(self, other):  # other - self
        return T.sub(other, self)

    def __mul__(self, other):  # self * other
        return T.mul(self, other)

    def __rmul__(self, other):  # other * self
        return T.mul(other, self)

    def __truediv__(self, other):  # self / other
        return T.true_div(self, other)

    def __rtruediv__(self, other):  # other / self
        return T.true_div(other, self)

    def __floordiv__(self, other):  # self // other
        return T.int_div(self, other)

    def __mod__(self, other):  # self % other
        return T.mod(self, other)

    def __pow__(self, other):  # self ** other
        return T.pow(self, other)

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
        length = T.get_vector_length(self)
        for i in range(length):
            yield self[i]

    def __len__(self):
        raise TypeError("len() of a symbolic tensor is not defined; use .shape[0]")

    def dot(self, other):
        return T.dot(self, other)

    def __matmul__(self, other):
        return self.dot(other)

    def flatten(self, ndim=1):
        """Keep the first ndim-1 axes, fold the rest into one (Theano's flatten)."""
        dims = [self.shape[i] for i in range(ndim - 1)] + [-1]
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

    def copy(self, name=None):
        out = T.tensor_copy(self)
        out.name = name
        return out


class TensorVariable(_Operators, Variable):
    """A symbolic tensor."""


TensorType.variable_class = TensorVariable


class TensorConstant(_Operators, Constant):
    """A tensor with a fixed value; prints like Theano's ``TensorConstant{...}``."""

    def __init__(self, type, data, name=None):
        super().__init__(type, data, name)
        self.unique_value = None
        if isinstance(data, np.ndarray) and data.ndim > 0 and data.size:
            flat = data.ravel()
            if (flat == flat[0]).all():
                self.unique_value = flat[0]

    def __str__(self):
        if self.name is not None:
            return self.name
        if self.unique_value is not None:
            # str(), as Theano: a float32 prints its own shortest digits (format() would
            # print the float64 it widens to)
            text = "%s of %s" % (self.data.shape, str(self.unique_value))
        else:
            text = str(self.data)  # a float32 scalar prints its own digits, as in Theano
        if len(text) > 20:
            text = text[:10] + ".." + text[-10:]
        return "TensorConstant{%s}" % text

    __repr__ = __str__

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


_CONSTANT_CACHE = {}
_DTYPE_NAMES = {}  # numpy dtype -> its name (str(dtype) is slow)


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
    dtype_name = _DTYPE_NAMES.get(data.dtype)
    if dtype_name is None:
        if str(data.dtype) not in TENSOR_DTYPES:
            raise TypeError("Could not convert %s to TensorType" % (x,), type(x))
        dtype_name = _DTYPE_NAMES.setdefault(data.dtype, str(data.dtype))
    bcast = tuple(bcast)
    key = (dtype_name, bcast, data.dtype.str, data.shape, data.tobytes())
    found = _CONSTANT_CACHE.get(key)
    if found is not None:
        return found
    out = TensorConstant(tensor_type(dtype_name, bcast), data, name=name)
    if data.size == 1 and data.dtype.kind in "iuf" and -10 <= data.item() <= 10 and name is None:
        _CONSTANT_CACHE[key] = out
    return out


# Imported last: rngscope.tensor.basic imports this module (only used at call time).
from rngscope.tensor import basic as T  # noqa: E402
