"""Tensor constructors and functions: the ``theano.tensor`` surface rngscope supports.

These take what a user writes (numbers, lists, arrays, variables) and build
nodes; the ops below them take tensors.  The tensor operators (``x + y``) call
these functions: this module registers itself with ``tensor.variable`` on import.
"""
from __future__ import annotations

import sys

import numpy as np

from rngscope.graph.basic import Variable
from rngscope.graph.types import DISCRETE_DTYPES, floatx, upcast
from rngscope.tensor import scalar as scal
from rngscope.tensor.blas import Dot
from rngscope.tensor.elemwise import (
    DimShuffle, Elemwise, Reduce, make_prod, make_sum, scalar_elemwise,
)
from rngscope.tensor.maxima import MaxAndArgmax, max_and_argmax_axes, reduce_axes
from rngscope.tensor.alloc import Alloc
from rngscope.tensor.shape_ops import (
    AdvancedBooleanSubtensor, AdvancedSubtensor, AdvancedSubtensor1, Join, MakeVector, Reshape, Shape, Subtensor,
    is_advanced_index, rebroadcast,
)
from rngscope.tensor.static import constant_value
from rngscope.tensor.variable import (
    TensorConstant, TensorType, TensorVariable, as_constant, as_tensor, constant,
    register_functions,
)

__all__ = [
    "as_tensor_variable",
    # symbolic inputs
    "tensor", "scalar", "vector", "matrix", "row", "col", "tensor3", "tensor4",
    "dscalar", "dvector", "dmatrix", "drow", "dcol", "dtensor3", "dtensor4",
    "fscalar", "fvector", "fmatrix", "frow", "fcol", "ftensor3", "ftensor4",
    "iscalar", "ivector", "imatrix", "irow", "icol", "itensor3", "itensor4",
    "lscalar", "lvector", "lmatrix", "lrow", "lcol", "ltensor3", "ltensor4",
    "bscalar", "bvector", "bmatrix", "brow", "bcol", "btensor3", "btensor4",
    "wscalar", "wvector", "wmatrix", "wrow", "wcol", "wtensor3", "wtensor4",
    # elementwise
    "add", "mul", "sub", "true_div", "int_div", "mod", "pow", "neg", "exp", "log", "log1p",
    "expm1", "sgn", "sqrt", "sqr", "abs_", "tanh", "cos", "sin", "inv", "floor", "ceil",
    "maximum", "minimum", "gt", "lt", "ge", "le", "eq", "neq", "and_", "or_", "xor", "invert",
    "bitwise_and", "bitwise_or", "bitwise_xor", "bitwise_not", "switch", "clip", "second",
    "fill", "sigmoid", "softplus", "cast", "ones_like", "zeros_like", "tensor_copy", "round",
    "iround", "round_half_away_from_zero", "round_half_to_even",
    # shapes
    "shape", "stack", "concatenate", "join", "zeros", "ones", "alloc", "get_vector_length",
    "dimshuffle", "transpose", "reshape", "subtensor", "take", "addbroadcast", "unbroadcast",
    "patternbroadcast",
    # reductions and products
    "sum", "prod", "max", "max_and_argmax", "argmax", "min", "mean", "var", "std", "keep_dims", "dot", "outer",
]


def as_tensor_variable(x, name=None, ndim=None):
    """A tensor variable for ``x`` (a variable, number, list or array)."""
    if isinstance(x, TensorVariable) or isinstance(x, TensorConstant):
        if ndim is not None and x.ndim != ndim:
            if x.ndim < ndim:
                return dimshuffle(x, ("x",) * (ndim - x.ndim) + tuple(range(x.ndim)))
            # leading broadcastable axes are dropped first (Theano's as_tensor_variable)
            first = [d for d in range(x.ndim) if not x.broadcastable[d]][0]
            x = dimshuffle(x, tuple(range(x.ndim))[first:])
            if x.ndim > ndim:
                raise ValueError("TensorType could not be cast to have %i dimensions" % ndim, x.type)
        return x
    if isinstance(x, Variable):
        return as_tensor(x)
    if isinstance(x, (tuple, list)) and any(isinstance(e, Variable) for e in x):
        return stack(list(x))  # as given: stack tells numbers from 0-d arrays
    return as_constant(x, name=name, ndim=ndim)


def _constructor(dtype, broadcastable):
    """Theano's ``dvector``-style constructor: ``make(name=None, dtype=dtype)``."""

    def make(name=None, dtype=dtype):
        return TensorType(dtype or floatx(), broadcastable)(name)

    return make


def _family(dtype):
    """The seven constructors of one dtype: scalar, vector, matrix, row, col, tensor3, tensor4."""
    patterns = ((), (False,), (False, False), (True, False), (False, True), (False,) * 3,
                (False,) * 4)
    return tuple(_constructor(dtype, p) for p in patterns)


scalar, vector, matrix, row, col, tensor3, tensor4 = _family(None)  # floatX when called
dscalar, dvector, dmatrix, drow, dcol, dtensor3, dtensor4 = _family("float64")
fscalar, fvector, fmatrix, frow, fcol, ftensor3, ftensor4 = _family("float32")
iscalar, ivector, imatrix, irow, icol, itensor3, itensor4 = _family("int32")
lscalar, lvector, lmatrix, lrow, lcol, ltensor3, ltensor4 = _family("int64")
bscalar, bvector, bmatrix, brow, bcol, btensor3, btensor4 = _family("int8")
wscalar, wvector, wmatrix, wrow, wcol, wtensor3, wtensor4 = _family("int16")


def tensor(dtype=None, broadcastable=(), name=None):
    """A symbolic tensor of the given dtype (floatX) and pattern."""
    return TensorType(dtype or floatx(), broadcastable)(name)


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
    # Elemwise reads the other inputs itself (as_tensor); only a list may need stacking.
    return _elemwise(op, symbol)(
        *[as_tensor_variable(a) if isinstance(a, (list, tuple)) else a for a in args])


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
    return Elemwise(scal.sigmoid, name="sigmoid")(as_tensor_variable(a))


def softplus(a):
    return Elemwise(scal.softplus, name="softplus")(as_tensor_variable(a))


def cast(x, dtype):
    """``x`` converted to ``dtype`` (the same variable when it already has it)."""
    x = as_tensor_variable(x)
    dtype = str(np.dtype(dtype)) if dtype != "floatX" else floatx()
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
    """Scalars as a MakeVector; tensors joined along a new axis (Theano's stack).

    Theano's scalars are Python or NumPy numbers and 0-d tensor variables: a 0-d ndarray
    (extract_constant's value, np.asarray(2)) is not one, and makes the list a Join."""
    scalars = all(isinstance(i, (np.number, float, int, complex))
                  or (isinstance(i, Variable) and getattr(i, "ndim", None) == 0) for i in items)
    items = [as_tensor_variable(i) for i in items]
    if scalars:
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
    return alloc(np.array(0, dtype=dtype or floatx()), *_shape_entries(shape))


def ones(shape, dtype=None):
    """A tensor of ones of the (possibly symbolic) shape."""
    return alloc(np.array(1, dtype=dtype or floatx()), *_shape_entries(shape))


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
    if isinstance(shp, TensorConstant):
        bcast = [int(s) == 1 for s in shp.data]
    else:
        # an entry Theano's Reshape proves 1 (get_scalar_constant_value of each entry as
        # given, or of shp[i] for a symbolic vector) makes a broadcastable axis
        entries = [newshape] if getattr(newshape, "ndim", None) == 0 else newshape
        bcast = []
        for i in range(ndim):
            value = constant_value(entries[i])
            bcast.append(value is not None and bool(value == 1))
    return Reshape(ndim, tuple(bcast))(x, shp)


def advanced_subtensor(x, indices):
    """``x[i0, i1, ...]`` by integer arrays (lists, arrays or variables), mixed with
    slices, None and integers (a Python int is TensorFromScalar of Constant{k})."""
    indices = [np.asarray(i) if isinstance(i, list) else i for i in indices]
    return AdvancedSubtensor()(x, *indices)


_PYTHON_BOOLS = ("TensorType does not support Python bools for indexing, such as "
                 "tensor[[True, False]]. To use a boolean mask, convert the mask to a NumPy "
                 "array first, e.g., tensor[numpy.array([True, False])].")


def _is_mask(entry):
    """A boolean array or tensor variable: a mask over as many axes as it has."""
    return isinstance(entry, (np.ndarray, Variable)) and getattr(entry, "dtype", None) == "bool"


def _includes_python_bool(entry):
    if isinstance(entry, (bool, np.bool_)) or getattr(entry, "dtype", None) == "bool":
        return True
    if isinstance(entry, (list, tuple)):
        return any(_includes_python_bool(e) for e in entry)
    return False


def _expand_ellipsis(x, entries):
    """``entries`` with an Ellipsis made full slices, after Theano's checks: no Python
    bools, no more indexed axes than ``x`` has, one Ellipsis at most."""
    ellipses, used = [], 0
    for k, e in enumerate(entries):
        if e is None:
            continue
        if e is Ellipsis:
            ellipses.append(k)
        elif _is_mask(e):
            used += e.ndim
        elif _includes_python_bool(e):
            raise TypeError(_PYTHON_BOOLS)
        else:
            used += 1
    if x.ndim < used:
        raise IndexError("too many indices for array")
    if len(ellipses) > 1:
        raise IndexError("an index can only have a single Ellipsis (`...`)")
    if ellipses:
        k = ellipses[0]
        entries = entries[:k] + (slice(None),) * (x.ndim - used) + entries[k + 1:]
    return entries


def subtensor(x, index):
    """``x[index]`` as Theano's __getitem__ builds it: a boolean mask anywhere makes an
    AdvancedBooleanSubtensor; one integer array between full slices is a take
    (AdvancedSubtensor1); other integer arrays an AdvancedSubtensor of every entry; no
    array at all basic indexing (a view), None adding a broadcastable axis."""
    x = as_tensor_variable(x)
    entries = _expand_ellipsis(x, index if isinstance(index, tuple) else (index,))
    entries = tuple(np.array(e, dtype=np.int64) if _is_empty(e) else e for e in entries)
    for e in entries:  # a float number (not a variable): Theano's advanced-index checks
        if isinstance(e, slice):
            if any(isinstance(b, (float, np.floating)) for b in (e.start, e.stop, e.step)):
                raise TypeError("index must be integers")
            if any(_is_float_scalar(b) for b in (e.start, e.stop, e.step)):
                raise TypeError("Expected an integer")
        elif isinstance(e, (float, np.floating)):
            raise TypeError("index must be integers or a boolean mask")
        elif _is_float_scalar(e):
            raise TypeError("Expected an integer")
    if any(_is_mask(e) for e in entries):
        return AdvancedBooleanSubtensor()(x, *entries)
    advanced = [k for k, e in enumerate(entries) if is_advanced_index(e)]
    if len(advanced) == 1:
        full = [isinstance(e, slice) and e == slice(None) for e in entries]
        if all(full[:advanced[0]] + full[advanced[0] + 1:]):
            return take(x, entries[advanced[0]], advanced[0])  # Theano's x[..., idx, ...]
    if advanced:
        return advanced_subtensor(x, entries)
    if any(e is None for e in entries):
        # numpy's newaxis: a broadcastable axis (a dimshuffle), then the rest of the index
        pattern, rest, counter = [], [], 0
        for e in entries:
            pattern.append("x" if e is None else counter)
            counter += e is not None
            rest.append(slice(None) if e is None else e)
        view = dimshuffle(x, pattern + list(range(counter, x.ndim)))
        if all(isinstance(e, slice) and e == slice(None) for e in rest):
            return view
        return subtensor(view, tuple(rest))
    return Subtensor.build(x, entries)


def _is_empty(entry):
    return (isinstance(entry, (list, tuple)) and len(entry) == 0) or \
        (isinstance(entry, np.ndarray) and entry.size == 0)


def _is_float_scalar(entry):
    """A 0-d float tensor variable (Subtensor.convert's "Expected an integer")."""
    return (isinstance(entry, Variable) and getattr(entry.type, "ndim", None) == 0
            and getattr(entry.type, "dtype", "") in ("float16", "float32", "float64",
                                                     "complex64", "complex128"))


def take(x, indices, axis=None):
    """``x``'s entries at the integer array ``indices`` along ``axis`` (None: of the
    flattened ``x``), built as Theano builds it: an AdvancedSubtensor1 on the first
    axis (other axes swapped there and back), and for a non-vector ``indices`` the
    take of its flattening reshaped to ``indices``' shape."""
    x = as_tensor_variable(x)
    if isinstance(indices, (list, np.ndarray)) and len(indices) == 0:
        indices = np.array(indices, dtype=np.int64)
    indices = as_tensor_variable(indices)
    if indices.ndim == 1:
        if axis is None:
            return AdvancedSubtensor1()(x.flatten(), indices)
        axis = axis + x.ndim if axis < 0 else axis
        if axis == 0:
            return AdvancedSubtensor1()(x, indices)
        swap = list(range(x.ndim))
        swap[0], swap[axis] = axis, 0
        return dimshuffle(AdvancedSubtensor1()(dimshuffle(x, swap), indices), swap)
    if axis is None:
        shape_, ndim = shape(indices), indices.ndim
    else:
        axis = axis + x.ndim if axis < 0 else axis
        parts = [shape(indices), shape(x)[axis + 1:]]
        if axis:
            parts.insert(0, shape(x)[:axis])
        shape_, ndim = concatenate(parts), x.ndim + indices.ndim - 1
    return reshape(take(x, indices.flatten(), axis), shape_, ndim)


def addbroadcast(x, *axes):
    """``x`` with ``axes`` made broadcastable (each must have length 1 at run time)."""
    return rebroadcast(as_tensor_variable(x), [(a, True) for a in axes])


def unbroadcast(x, *axes):
    """``x`` with ``axes`` no longer broadcastable."""
    return rebroadcast(as_tensor_variable(x), [(a, False) for a in axes])


def patternbroadcast(x, broadcastable):
    """``x`` with exactly the broadcastable pattern given."""
    return rebroadcast(as_tensor_variable(x), list(enumerate(broadcastable)))


def join(axis, *tensors):
    """Concatenate ``tensors`` along ``axis`` (a single tensor is returned as it is)."""
    if len(tensors) == 1:
        return as_tensor_variable(tensors[0])
    return Join()(as_tensor_variable(axis), *[as_tensor_variable(t) for t in tensors])


def alloc(value, *shape):
    return Alloc()(as_tensor_variable(value), *[as_tensor_variable(s) for s in shape])


# reductions ----------------------------------------------------------------


def _axis_list(axis):
    if axis is None:
        return None
    if isinstance(axis, (int, np.integer)):
        return (int(axis),)
    return tuple(int(a) for a in axis)


def sum(x, axis=None, dtype=None, keepdims=False, acc_dtype=None):
    x = as_tensor_variable(x)
    axes = _axis_list(axis)
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
    x = as_tensor_variable(x)
    axes = tuple(range(x.ndim)) if axis is None else tuple(
        sorted(a % x.ndim for a in _axis_list(axis)))
    out = Reduce(scalar_op, axes)(x)
    out.name = name
    if keepdims:
        out = keep_dims(x, out, axes)
    return out


def max_and_argmax(a, axis=None, keepdims=False):
    """The largest element of ``a`` over ``axis`` (all axes by default) and its index: the
    two outputs of one MaxAndArgmax node."""
    a = as_tensor_variable(a)
    axes = max_and_argmax_axes(a.ndim, axis)
    out, argout = MaxAndArgmax(axes)(a)
    if keepdims:
        out, argout = keep_dims(a, out, axes), keep_dims(a, argout, axes)
    return [out, argout]


def max(x, axis=None, keepdims=False):
    """The largest element (over ``axis``): MaxAndArgmax's 'max' output, as Theano builds
    it; an axis MaxAndArgmax refuses falls back to a maximum reduction (Theano's CAReduce),
    whose checks then raise."""
    x = as_tensor_variable(x)
    try:
        axes = max_and_argmax_axes(x.ndim, axis)
    except Exception:
        axes = reduce_axes(x, axis)
        axes = tuple(range(x.ndim)) if axes is None else tuple(sorted({a % x.ndim for a in axes}))
        out = Reduce(scal.maximum, axes)(x)
    else:
        out = MaxAndArgmax(axes)(x)[0]
    return keep_dims(x, out, axes) if keepdims else out


def argmax(x, axis=None, keepdims=False):
    """The index of the largest element (over ``axis``, all axes by default), int64:
    MaxAndArgmax's 'argmax' output."""
    x = as_tensor_variable(x)
    axes = max_and_argmax_axes(x.ndim, axis)
    argout = MaxAndArgmax(axes)(x)[1]
    return keep_dims(x, argout, axes) if keepdims else argout


def prod(x, axis=None, dtype=None, keepdims=False, no_zeros_in_input=False):
    """The product of the elements (over ``axis``), accumulated one axis at a time."""
    x = as_tensor_variable(x)
    axes = _axis_list(axis)
    out = make_prod(x, axes, dtype=dtype, no_zeros_in_input=no_zeros_in_input)(x)
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
    # float16 sums in float32 (it overflows too often) and the mean is cast back
    sum_dtype = "float32" if dtype is None and x.dtype == "float16" else dtype
    s = sum(x, axis=axis, dtype=sum_dtype, keepdims=keepdims)  # kept dims are divided too
    shp = cast(shape(x), "float32" if s.dtype in ("float16", "float32") else "float64")
    # each axis as given (``shp[-1]`` for axis=-1, as Theano indexes the shape)
    axes = list(range(x.ndim)) if axis is None else list(_axis_list(axis))
    for i in axes:
        s = true_div(s, shp[i])
    if s.dtype != shp.dtype and s.dtype in DISCRETE_DTYPES:
        s = cast(s, shp.dtype)
    if dtype == "float16" or (dtype is None and x.dtype == "float16"):
        s = cast(s, "float16")
    s.name = "mean"
    return s


def var(x, axis=None, ddof=0, keepdims=False, corrected=False):
    """Mean squared deviation from the mean over ``axis`` (Theano's var, named 'var'):
    ``ddof`` divides the squares' sum by each axis length less ddof, ``corrected`` takes
    away the squared mean deviation (the corrected two-pass algorithm)."""
    if isinstance(ddof, bool):
        raise ValueError("Parameter keepdims is now at index 3: (input,                           "
                         "axis=None, ddof=0, keepdims=False, corrected=False)")
    x = as_tensor_variable(x)
    axes = list(range(x.ndim)) if axis is None else list(_axis_list(axis))
    centered = x - mean(x, axes, keepdims=True)  # an axis x lacks raises there, as in Theano
    two = constant(2, dtype=centered.dtype)
    if ddof == 0:
        v = mean(centered ** two, axes, keepdims=keepdims)
    else:
        shp = shape(x) - ddof
        v = sum(centered ** two, axis=axes, keepdims=keepdims)
        for i in axes:
            v = true_div(v, shp[i])
    if corrected:
        if ddof == 0:
            error = mean(centered, axes, keepdims=keepdims) ** 2
        else:
            shp, shp_x = shape(x) - ddof, shape(x)
            error = sum(centered, axis=axes, keepdims=keepdims) ** 2
            for i in axes:
                error = true_div(error, shp[i] * shp_x[i])
        v = v - error
    v.name = "var"
    return v


def std(x, axis=None, ddof=0, keepdims=False, corrected=False):
    """The square root of var, named 'std'."""
    out = sqrt(var(x, axis=axis, ddof=ddof, keepdims=keepdims, corrected=corrected))
    out.name = "std"
    return out


def round(x, mode=None):
    """Round to the nearest integer value: halves to even (the default, as numpy) or
    away from zero (C's round())."""
    if mode is None or mode == "half_to_even":
        return round_half_to_even(x)
    if mode == "half_away_from_zero":
        return round_half_away_from_zero(x)
    raise Exception(f"round mode {mode} is not implemented.")


def round_half_to_even(a):
    return _apply(scal.round_half_to_even, "round_half_to_even", a)


def round_half_away_from_zero(a):
    return _apply(scal.round_half_away_from_zero, "round_half_away_from_zero", a)


def iround(x, mode=None):
    """round(x) as int64."""
    return cast(round(x, mode), "int64")


_dot = Dot()


def dot(a, b):
    """The dot product (scalars multiply elementwise; a tensor of rank 3 or more is
    contracted on its last axis with b's second-to-last, or only, axis)."""
    a, b = as_tensor_variable(a), as_tensor_variable(b)
    if a.ndim == 0 or b.ndim == 0:
        return mul(a, b)
    if a.ndim > 2 or b.ndim > 2:
        return _tensordot_last(a, b, b.ndim - 2 if b.ndim > 1 else 0)
    return _dot(a, b)


def _tensordot_last(a, b, b_axis):
    """``a``'s last axis contracted with ``b``'s axis ``b_axis`` through a 2-d dot of the
    reshaped operands (Theano's tensordot for dot of higher ranks)."""
    if b_axis != 0:
        order = [b_axis] + [d for d in range(b.ndim) if d != b_axis]
        b = dimshuffle(b, order)
    rows = constant(1, dtype="int64")
    for d in range(a.ndim - 1):
        rows = rows * a.shape[d]
    cols = constant(1, dtype="int64")
    for d in range(1, b.ndim):
        cols = cols * b.shape[d]
    flat = _dot(reshape(a, [rows, a.shape[a.ndim - 1]], ndim=2),
                reshape(b, [b.shape[0], cols], ndim=2))
    out_shape = [a.shape[d] for d in range(a.ndim - 1)] + [b.shape[d] for d in range(1, b.ndim)]
    return reshape(flat, out_shape, ndim=len(out_shape))


def outer(x, y):
    """The outer product of two vectors (matrices are flattened first)."""
    x, y = as_tensor_variable(x), as_tensor_variable(y)
    if x.ndim != 1:
        x = x.flatten()
    if y.ndim != 1:
        y = y.flatten()
    return dot(dimshuffle(x, (0, "x")), dimshuffle(y, ("x", 0)))


def __getattr__(name):
    """``FLOATX``: the floatX flag as it is now (``graph.types.floatx``), never a stale copy."""
    if name == "FLOATX":
        return floatx()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


register_functions(sys.modules[__name__])
