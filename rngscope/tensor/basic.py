"""Tensor constructors and functions: the ``theano.tensor`` surface rngscope supports."""
from __future__ import annotations

import numpy as np

from rngscope.graph.basic import Variable, creation_trace
from rngscope.graph.types import DISCRETE_DTYPES, FLOATX, TensorType, upcast
from rngscope.tensor import scalar as scal
from rngscope.tensor.elemwise import DimShuffle, Elemwise, make_sum, scalar_elemwise
from rngscope.tensor.shape_ops import (
    AdvancedSubtensor1, Alloc, Join, MakeVector, Reshape, Shape, Subtensor, index_constant,
    is_advanced_index, rebroadcast,
)
from rngscope.tensor.variable import TensorConstant, TensorVariable, constant


class AsTensorError(TypeError):
    """A value that cannot become a tensor (Theano's AsTensorError)."""


def as_tensor_variable(x, name=None, ndim=None):
    """A tensor variable for ``x`` (a variable, number, list or array)."""
    if isinstance(x, TensorVariable) or isinstance(x, TensorConstant):
        if ndim is not None and x.ndim != ndim:
            if x.ndim < ndim:
                return dimshuffle(x, ("x",) * (ndim - x.ndim) + tuple(range(x.ndim)))
            raise ValueError(f"TensorType could not be cast to have {ndim} dimensions")
        return x
    if isinstance(x, Variable):
        if isinstance(x.type, TensorType):
            return x
        if hasattr(x.type, "as_tensor"):
            return x.type.as_tensor(x)
        raise TypeError(f"Cannot convert {x} to TensorType", type(x))
    if isinstance(x, (tuple, list)) and any(isinstance(e, Variable) for e in x):
        return stack([as_tensor_variable(e) for e in x])
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


def _input(ttype, name):
    """A symbolic input, remembering where the user made it (Theano's tag.trace)."""
    var = TensorVariable(ttype, name=name)
    var.tag["trace"] = creation_trace()
    return var


def _tensor(dtype, bcast):
    def make(name=None, dtype=dtype):
        return _input(TensorType(dtype or FLOATX, bcast), name)

    return make


scalar = _tensor(FLOATX, ())
vector = _tensor(FLOATX, (False,))
matrix = _tensor(FLOATX, (False, False))
row = _tensor(FLOATX, (True, False))
col = _tensor(FLOATX, (False, True))
tensor3 = _tensor(FLOATX, (False,) * 3)
tensor4 = _tensor(FLOATX, (False,) * 4)
for _prefix, _dtype in (("d", "float64"), ("f", "float32"), ("i", "int32"), ("l", "int64"),
                        ("b", "int8"), ("w", "int16")):
    globals()[_prefix + "scalar"] = _tensor(_dtype, ())
    globals()[_prefix + "vector"] = _tensor(_dtype, (False,))
    globals()[_prefix + "matrix"] = _tensor(_dtype, (False, False))
    globals()[_prefix + "row"] = _tensor(_dtype, (True, False))
    globals()[_prefix + "col"] = _tensor(_dtype, (False, True))
    globals()[_prefix + "tensor3"] = _tensor(_dtype, (False,) * 3)
    globals()[_prefix + "tensor4"] = _tensor(_dtype, (False,) * 4)


def tensor(dtype=FLOATX, broadcastable=(), name=None):
    """A symbolic tensor of the given dtype and pattern."""
    return _input(TensorType(dtype, broadcastable), name)


TensorType.__call__ = lambda self, name=None: _input(self, name)


# elementwise -------------------------------------------------------------

_ELEMWISE = {}


def _elemwise(op, symbol):
    # Keyed by id: hashing a scalar op (a dataclass) on every call is slow; the value
    # holds the op, so its id is never reused while the entry exists.
    found = _ELEMWISE.get((id(op), symbol))
    if found is None:
        found = _ELEMWISE[(id(op), symbol)] = (op, scalar_elemwise(op, symbol))
    return found[1]


def _apply(op, symbol, *args):
    return _elemwise(op, symbol)(*args)


def add(*args):
    return _apply(scal.add, "add", *args)


def mul(*args):
    return _apply(scal.mul, "mul", *args)


def sub(a, b):
    return _apply(scal.sub, "sub", a, b)


def true_div(a, b):
    return _apply(scal.true_div, "true_div", a, b)


def int_div(a, b):
    return _apply(scal.int_div, "int_div", a, b)


def mod(a, b):
    return _apply(scal.mod, "mod", a, b)


def pow(a, b):
    return _apply(scal.pow, "pow", a, b)


def neg(a):
    return _apply(scal.neg, "neg", a)


def exp(a):
    return _apply(scal.exp, "exp", a)


def log(a):
    return _apply(scal.log, "log", a)


def log1p(a):
    return _apply(scal.log1p, "log1p", a)


def expm1(a):
    return _apply(scal.expm1, "expm1", a)


def sgn(a):
    return _apply(scal.sgn, "sgn", a)


def sqrt(a):
    return _apply(scal.sqrt, "sqrt", a)


def sqr(a):
    return _apply(scal.sqr, "sqr", a)


def abs_(a):
    return _apply(scal.abs_, "abs_", a)


def tanh(a):
    return _apply(scal.tanh, "tanh", a)


def cos(a):
    return _apply(scal.cos, "cos", a)


def sin(a):
    return _apply(scal.sin, "sin", a)


def inv(a):
    return _apply(scal.inv, "inv", a)


def floor(a):
    return _apply(scal.floor, "floor", a)


def ceil(a):
    return _apply(scal.ceil, "ceil", a)


def maximum(a, b):
    return _apply(scal.maximum, "maximum", a, b)


def minimum(a, b):
    return _apply(scal.minimum, "minimum", a, b)


def gt(a, b):
    return _apply(scal.gt, "gt", a, b)


def lt(a, b):
    return _apply(scal.lt, "lt", a, b)


def ge(a, b):
    return _apply(scal.ge, "ge", a, b)


def le(a, b):
    return _apply(scal.le, "le", a, b)


def and_(a, b):
    """Elementwise bitwise and (logical and of bools)."""
    return _apply(scal.and_, "and_", a, b)


def or_(a, b):
    """Elementwise bitwise or (logical or of bools)."""
    return _apply(scal.or_, "or_", a, b)


def xor(a, b):
    """Elementwise bitwise exclusive or."""
    return _apply(scal.xor, "xor", a, b)


def invert(a):
    """Elementwise bitwise not (logical not of bools)."""
    return _apply(scal.invert, "invert", a)


bitwise_and, bitwise_or, bitwise_xor, bitwise_not = and_, or_, xor, invert


def eq(a, b):
    return _apply(scal.eq, "eq", a, b)


def neq(a, b):
    return _apply(scal.neq, "neq", a, b)


def switch(cond, ift, iff):
    return _apply(scal.switch, "switch", cond, ift, iff)


def clip(x, min, max):
    return _apply(scal.clip, "clip", x, min, max)


def second(a, b):
    return _apply(scal.second, "second", a, b)


fill = second


def sigmoid(a):
    return Elemwise(scal.sigmoid, name="sigmoid")(a)


def softplus(a):
    return Elemwise(scal.softplus, name="softplus")(a)


def cast(x, dtype):
    """``x`` converted to ``dtype`` (the same variable when it already has it)."""
    x = as_tensor_variable(x)
    dtype = str(np.dtype(dtype)) if dtype != "floatX" else FLOATX
    if x.dtype == dtype:
        return x
    return Elemwise(scal.cast_op(dtype))(x)


def ones_like(x, dtype=None):
    x = as_tensor_variable(x)
    return fill(x, constant(1.0, dtype=dtype or x.dtype))


def zeros_like(x, dtype=None):
    x = as_tensor_variable(x)
    return fill(x, constant(0.0, dtype=dtype or x.dtype))


def tensor_copy(x):
    return _apply(scal.identity, "tensor_copy", x)


# shape -------------------------------------------------------------------


def shape(x):
    return Shape()(as_tensor_variable(x))


def stack(items, axis=0):
    """Scalars as a MakeVector; tensors joined along a new axis (Theano's stack)."""
    items = [as_tensor_variable(i) for i in items]
    if axis == 0 and all(i.ndim == 0 for i in items):
        return MakeVector(upcast(*[i.dtype for i in items]))(*items)
    padded = []
    for i in items:
        order = list(range(i.ndim))
        order.insert(axis % (i.ndim + 1), "x")
        padded.append(dimshuffle(i, order))
    return join(axis, *padded)


def concatenate(tensors, axis=0):
    """``tensors`` joined along an existing axis."""
    return join(axis, *tensors)


def zeros(shape, dtype=None):
    """A tensor of zeros of the (possibly symbolic) shape."""
    return alloc(np.array(0, dtype=dtype or FLOATX), *_shape_entries(shape))


def ones(shape, dtype=None):
    """A tensor of ones of the (possibly symbolic) shape."""
    return alloc(np.array(1, dtype=dtype or FLOATX), *_shape_entries(shape))


def _shape_entries(shape):
    if isinstance(shape, (int, np.integer)):
        return [shape]
    if isinstance(shape, Variable):
        return [shape[i] for i in range(get_vector_length(shape))]
    return list(shape)


def get_vector_length(v):
    """Static length of a 1-d integer vector (a constant, MakeVector or Shape)."""
    v = as_tensor_variable(v)
    if v.ndim != 1:
        raise TypeError("argument must be symbolic vector")
    if isinstance(v, TensorConstant):
        return len(v.data)
    if v.owner is not None:
        op = v.owner.op
        if isinstance(op, MakeVector):
            return len(v.owner.inputs)
        if isinstance(op, Shape):
            return v.owner.inputs[0].ndim
        if isinstance(op, Elemwise) and len(v.owner.inputs) == 1:
            return get_vector_length(v.owner.inputs[0])
        if isinstance(op, Subtensor) and v.owner.inputs[0].owner is not None and isinstance(
            v.owner.inputs[0].owner.op, Shape
        ):
            n = v.owner.inputs[0].owner.inputs[0].ndim
            return len(range(n)[op.static_slice()])
    raise ValueError(f"length not known: {v}")


def dimshuffle(x, pattern):
    x = as_tensor_variable(x)
    return DimShuffle(x.broadcastable, tuple(pattern))(x)


def transpose(x, axes=None):
    x = as_tensor_variable(x)
    full = tuple(reversed(range(x.ndim)))
    axes = full if axes is None else tuple(axes)
    out = dimshuffle(x, axes)
    if x.name and axes == full:
        out.name = x.name + ".T"  # Theano names a full transpose after its input
    return out


def reshape(x, newshape, ndim=None):
    x = as_tensor_variable(x)
    if ndim is None:
        ndim = get_vector_length(as_tensor_variable(newshape))
    shp = as_tensor_variable(newshape, ndim=1)
    bcast = []
    if isinstance(shp, TensorConstant):
        bcast = [int(s) == 1 for s in shp.data]
    else:
        bcast = [False] * ndim
    return Reshape(ndim, tuple(bcast))(x, shp)


def subtensor(x, index):
    """``x[index]``: basic indexing (a view), or an integer vector on the first axis
    followed only by full slices (Theano's AdvancedSubtensor1)."""
    entries = index if isinstance(index, tuple) else (index,)
    advanced = [k for k, e in enumerate(entries) if is_advanced_index(e)]
    if not advanced:
        return Subtensor.build(x, index)
    if len(entries) > 1 and advanced == list(range(len(entries))):
        from rngscope.tensor.nnet import advanced_subtensor  # x[rows, cols]: numpy's pairing

        return advanced_subtensor(x, entries)
    rest_full = all(isinstance(e, slice) and e == slice(None) for e in entries[1:])
    if advanced != [0] or not rest_full:
        raise NotImplementedError(
            "rngscope supports advanced indexing only by an integer vector on the first axis "
            "(x[[0, 2]], x[idx], x[idx, :]); got %r" % (index,))
    ilist = entries[0]
    if isinstance(ilist, (list, np.ndarray)) and len(ilist) == 0:
        ilist = np.array(ilist, dtype=np.int64)
    return AdvancedSubtensor1()(x, ilist)


def addbroadcast(x, *axes):
    """``x`` with ``axes`` made broadcastable (each must have length 1 at run time)."""
    return rebroadcast(x, [(a, True) for a in axes])


def unbroadcast(x, *axes):
    """``x`` with ``axes`` no longer broadcastable."""
    return rebroadcast(x, [(a, False) for a in axes])


def patternbroadcast(x, broadcastable):
    """``x`` with exactly the broadcastable pattern given."""
    return rebroadcast(x, list(enumerate(broadcastable)))


def join(axis, *tensors):
    """Concatenate ``tensors`` along ``axis``."""
    return Join()(as_tensor_variable(axis), *[as_tensor_variable(t) for t in tensors])


def alloc(value, *shape):
    return Alloc()(value, *shape)


# reductions ----------------------------------------------------------------


def _axis_list(axis, ndim):
    if axis is None:
        return None
    if isinstance(axis, (int, np.integer)):
        return (int(axis),)
    return tuple(int(a) for a in axis)


def sum(x, axis=None, dtype=None, keepdims=False, acc_dtype=None):
    x = as_tensor_variable(x)
    axes = _axis_list(axis, x.ndim)
    out = make_sum(x, axes, dtype=dtype, acc_dtype=acc_dtype)(x)
    if keepdims:
        out = keep_dims(x, out, axes)
    return out


def keep_dims(x, out, axes):
    """``out`` (``x`` reduced over ``axes``, None: all) with the reduced axes back as
    broadcastable ones (Theano's makeKeepDims)."""
    axes = range(x.ndim) if axes is None else [a % x.ndim for a in axes]
    pattern, i = [], 0
    for d in range(x.ndim):
        if d in axes:
            pattern.append("x")
        else:
            pattern.append(i)
            i += 1
    return dimshuffle(out, pattern)


def _reduce(x, scalar_op, axis, keepdims, name=None):
    from rngscope.tensor.elemwise import Reduce

    x = as_tensor_variable(x)
    axes = tuple(range(x.ndim)) if axis is None else tuple(
        sorted(a % x.ndim for a in _axis_list(axis, x.ndim)))
    out = Reduce(scalar_op, axes)(x)
    out.name = name
    if keepdims:
        out = keep_dims(x, out, axes)
    return out


def max(x, axis=None, keepdims=False):
    """The largest element (over ``axis``); Theano names the reduction 'max'."""
    return _reduce(x, scal.maximum, axis, keepdims, name="max")


def prod(x, axis=None, dtype=None, keepdims=False):
    """The product of the elements (over ``axis``), accumulated one axis at a time."""
    from rngscope.tensor.elemwise import make_prod

    x = as_tensor_variable(x)
    axes = _axis_list(axis, x.ndim)
    out = make_prod(x, axes, dtype=dtype)(x)
    if keepdims:
        out = keep_dims(x, out, axes)
    return out


def min(x, axis=None, keepdims=False):
    """The smallest element (over ``axis``), built as Theano builds it: -max(-x) (for
    unsigned ints top - max(top - x), for bools ~max(~x)); the uncanonicalize pass turns
    neg(max(neg(x))) back into a minimum reduction."""
    x = as_tensor_variable(x)
    if x.dtype.startswith("float") or x.dtype in ("int8", "int16", "int32", "int64"):
        return -max(-x, axis=axis, keepdims=keepdims)
    if x.dtype.startswith("uint"):
        top = np.array(np.iinfo(x.dtype).max, dtype=x.dtype)
        return top - max(top - x, axis=axis, keepdims=keepdims)
    if x.dtype == "bool":
        return ~max(~x, axis=axis, keepdims=keepdims)
    return _reduce(x, scal.minimum, axis, keepdims)


def mean(x, axis=None, dtype=None, keepdims=False):
    """Theano's mean: a sum divided by the (float) length of each reduced axis."""
    x = as_tensor_variable(x)
    s = sum(x, axis=axis, dtype=dtype, keepdims=keepdims)  # kept dims are divided too
    shp = cast(shape(x), "float32" if s.dtype in ("float16", "float32") else "float64")
    axes = list(range(x.ndim)) if axis is None else [a % x.ndim for a in _axis_list(axis, x.ndim)]
    for i in axes:
        s = true_div(s, shp[i])
    if s.dtype != shp.dtype and s.dtype in DISCRETE_DTYPES:
        s = cast(s, shp.dtype)
    s.name = "mean"
    return s


def var(x, axis=None, ddof=0, keepdims=False, corrected=False):
    """Mean squared deviation from the mean over ``axis`` (Theano's var, named 'var')."""
    if ddof or corrected:
        raise NotImplementedError("var with ddof/corrected is not supported")
    x = as_tensor_variable(x)
    axes = list(range(x.ndim)) if axis is None else [a % x.ndim for a in _axis_list(axis, x.ndim)]
    centered = x - mean(x, axes, keepdims=True)
    v = mean(centered ** constant(2, dtype=centered.dtype), axes, keepdims=keepdims)
    v.name = "var"
    return v


def std(x, axis=None, ddof=0, keepdims=False, corrected=False):
    """The square root of var, named 'std'."""
    out = sqrt(var(x, axis=axis, ddof=ddof, keepdims=keepdims, corrected=corrected))
    out.name = "std"
    return out


def round(x, mode="half_to_even"):
    """Round to the nearest integer value, halves to even (Theano's default here)."""
    if mode != "half_to_even":
        raise NotImplementedError("round supports mode='half_to_even' only")
    return Elemwise(scal.round_half_to_even)(x)


def iround(x, mode="half_to_even"):
    """round(x) as int64."""
    return cast(round(x, mode), "int64")


def dot(a, b):
    from rngscope.tensor.blas import dot as _dot

    return _dot(as_tensor_variable(a), as_tensor_variable(b))


__all__ = [n for n in dir() if not n.startswith("_")] + ["index_constant"]
