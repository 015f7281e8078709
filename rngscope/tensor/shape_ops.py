"""Shape-level ops: Shape, Shape_i, MakeVector, Reshape, Subtensor, Join, copies."""
from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Constant, Op, TheanoNamed, Variable
from rngscope.graph.types import upcast
from rngscope.tensor import scalar as scal
from rngscope.tensor.elemwise import Elemwise, scalar_elemwise
from rngscope.tensor.index_types import MakeSlice, NoneTypeT, SliceType, none_constant
from rngscope.tensor.variable import TensorType, as_tensor

__all__ = [
    "AdvancedBooleanIncSubtensor", "AdvancedBooleanSubtensor", "AdvancedIncSubtensor", "AdvancedSubtensor",
    "AdvancedSubtensor1", "BaseAdvancedIncSubtensor", "BaseAdvancedSubtensor", "as_index_variable", "DeepCopyOp", "Join", "MakeVector",
    "Rebroadcast", "Reshape", "ScalarConstant", "ScalarFromTensor", "ScalarType", "Shape",
    "Shape_i", "Subtensor", "TensorFromScalar", "as_scalar", "index_constant", "is_advanced_index", "rebroadcast",
    "ViewOp",
]


class ScalarType:
    """A Python-level scalar index type (prints as its dtype, e.g. ``int64``)."""

    def __init__(self, dtype):
        self.dtype = dtype
        self.ndim = 0
        self.broadcastable = ()

    def __str__(self):
        return self.dtype

    def __eq__(self, other):
        return isinstance(other, ScalarType) and other.dtype == self.dtype

    def __hash__(self):
        return hash(("ScalarType", self.dtype))

    def __call__(self, name=None):
        """A symbolic scalar of this type (a loop's step reads a pushed-out index as one)."""
        return Variable(self, name=name)

    def as_tensor(self, var):
        """``var`` as a 0-d tensor (Theano's TensorFromScalar; a constant stays one)."""
        if isinstance(var, Constant):
            return as_tensor(np.asarray(var.data, dtype=self.dtype))
        return TensorFromScalar()(var)

    @property
    def variable_class(self):
        return Variable


class ScalarConstant(Constant):
    """An index constant: prints ``Constant{2}``."""

    def __str__(self):
        return f"Constant{{{self.data}}}"

    def signature(self):
        return ("ScalarConstant", self.type.dtype, int(self.data))


def index_constant(value):
    return ScalarConstant(ScalarType("int64"), np.int64(value))


@dataclass(frozen=True)
class Shape(Op):
    """The shape of a tensor, as an int64 vector."""

    def make_node(self, x):
        return Apply(self, [as_tensor(x)], [TensorType("int64", (False,))])

    def perform(self, node, inputs):
        return [np.asarray(np.shape(inputs[0]), dtype="int64")]


@dataclass(frozen=True)
class Shape_i(Op):
    """One dimension of a tensor's shape."""

    i: int

    def __str__(self):
        return f"Shape_i{{{self.i}}}"

    def make_node(self, x):
        return Apply(self, [as_tensor(x)], [TensorType("int64", ())])

    def perform(self, node, inputs):
        return [np.asarray(np.shape(inputs[0])[self.i], dtype="int64")]


@dataclass(frozen=True)
class MakeVector(Op):
    """A vector from scalars."""

    dtype: str

    def __str__(self):
        return f"MakeVector{{dtype='{self.dtype}'}}"

    def make_node(self, *items):
        items = [as_tensor(i) for i in items]
        if items and any(i.dtype != self.dtype for i in items):
            # Theano casts every item to the vector's dtype (never down: that is an error)
            if upcast(self.dtype, *[i.dtype for i in items]) != self.dtype:
                raise TypeError("MakeVector{dtype=%r} cannot hold items of dtypes %s"
                                % (self.dtype, [i.dtype for i in items]))
            items = [i if i.dtype == self.dtype else Elemwise(scal.cast_op(self.dtype))(i)
                     for i in items]
        return Apply(self, items, [TensorType(self.dtype, (False,))])

    def perform(self, node, inputs):
        return [np.asarray(inputs, dtype=self.dtype)]


@dataclass(frozen=True)
class Reshape(Op):
    """``x`` reshaped to a shape vector of length ``ndim``."""

    ndim: int
    bcast: tuple
    view_map = {0: [0]}

    def __str__(self):
        return f"Reshape{{{self.ndim}}}"

    def make_node(self, x, shp):
        x, shp = as_tensor(x), as_tensor(shp)
        return Apply(self, [x, shp], [TensorType(x.dtype, self.bcast)])

    def perform(self, node, inputs):
        x, shp = inputs
        if len(shp) != self.ndim:
            raise ValueError(
                f"shape argument to Reshape.perform has incorrect length {len(shp)}, "
                f"should be {self.ndim}"
            )
        try:
            return [np.reshape(x, tuple(int(s) for s in shp))]
        except Exception:
            raise ValueError("Cannot reshape input of shape %s to shape %s" % (x.shape, shp)) from None


def _literal(v):
    """A bound's value when it is a 0-d constant, else None."""
    return v.data if isinstance(v, Constant) and np.ndim(v.data) == 0 else None


# How Subtensor.make_node reads its slice bounds: Theano reads them with
# get_scalar_constant_value, which static.py (above this module) installs here.
BOUND_VALUE = [_literal]


def _keeps_broadcast(start, stop):
    """Whether a slice keeps a broadcastable axis so (Theano's Subtensor.make_node): only
    from the start (none, or a constant 0) to the end or to a constant past 0; the step
    is not looked at."""
    read = BOUND_VALUE[0]
    if start is not None:
        value = read(start)
        if value is None or value != 0:
            return False
    if stop is None:
        return True
    value = read(stop)
    return value is not None and value > 0


@dataclass(frozen=True)
class Subtensor(Op, metaclass=TheanoNamed):
    """Basic indexing: ``idx`` holds 'int64' (an index input) or slice triples of those."""

    idx: tuple
    view_map = {0: [0]}

    def __str__(self):
        parts = []
        for entry in self.idx:
            if isinstance(entry, tuple):
                parts.append(":".join("" if e is None else e for e in entry))
            else:
                parts.append(entry)
        return f"Subtensor{{{', '.join(parts)}}}"

    @staticmethod
    def build(x, index):
        x = as_tensor(x)
        if not isinstance(index, tuple):
            index = (index,)
        idx, inputs = [], []
        for entry in index:
            if isinstance(entry, slice):
                triple = []
                for e in (entry.start, entry.stop, entry.step):
                    if e is None:
                        triple.append(None)
                    else:
                        e = _index_input(e)
                        triple.append(e.type.dtype)
                        inputs.append(e)
                idx.append(tuple(triple))
            else:
                entry = _index_input(entry)
                idx.append(entry.type.dtype)
                inputs.append(entry)
        return Subtensor(tuple(idx))(x, *inputs)

    def static_slice(self):
        return slice(None)

    def make_node(self, x, *indices):
        x = as_tensor(x)
        bcast = []
        bounds = iter(indices)
        for d, entry in enumerate(self.idx):
            if isinstance(entry, tuple):
                start, stop, _step = (None if e is None else next(bounds) for e in entry)
                bcast.append(x.broadcastable[d] and _keeps_broadcast(start, stop))
            else:
                next(bounds)
        bcast.extend(x.broadcastable[len(self.idx):])
        return Apply(self, [x] + list(indices), [TensorType(x.dtype, tuple(bcast))])

    def key(self, values):
        """The numpy index ``x[key]`` for the index inputs' ``values``, in ``idx`` order."""
        values = iter(values)
        key = []
        for entry in self.idx:
            if isinstance(entry, tuple):
                key.append(slice(*[None if e is None else int(next(values)) for e in entry]))
            else:
                key.append(int(next(values)))
        return tuple(key)

    def perform(self, node, inputs):
        return [np.asarray(np.asarray(inputs[0])[self.key(inputs[1:])])]


def _index_input(e):
    """An index as Subtensor takes it: a scalar (a Python int becomes an int64 constant,
    a 0-d integer tensor is read through ScalarFromTensor, as in Theano)."""
    if isinstance(e, (int, np.integer)):
        return index_constant(int(e))
    if not (isinstance(e, Variable) and isinstance(e.type, ScalarType)):
        e = as_tensor(e)
        if e.ndim != 0 or e.dtype not in _INDEX_DTYPES:
            raise TypeError("Expected an integer")
    return as_scalar(e)


def as_scalar(x):
    """``x`` as a scalar-typed variable (Theano's as_scalar): a 0-d tensor (or a value
    made one) is read through ScalarFromTensor."""
    if isinstance(x, Variable) and isinstance(x.type, ScalarType):
        return x
    return ScalarFromTensor()(as_tensor(x))


_INDEX_DTYPES = ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")


@dataclass(frozen=True)
class ScalarFromTensor(Op):
    """The value of a 0-d tensor as a scalar (how Subtensor reads a symbolic index)."""

    holds_input_value = True

    def make_node(self, t):
        t = as_tensor(t)
        if t.ndim != 0:
            raise TypeError("ScalarFromTensor needs a 0-d tensor", t)
        return Apply(self, [t], [ScalarType(t.dtype)])

    def perform(self, node, inputs):
        return [np.asarray(inputs[0]).reshape(-1)[0]]


@dataclass(frozen=True)
class TensorFromScalar(Op):
    """A scalar as a 0-d tensor (the slice arithmetic on an index a loop's step reads)."""

    def make_node(self, s):
        return Apply(self, [s], [TensorType(s.type.dtype, ())])

    def perform(self, node, inputs):
        return [np.asarray(inputs[0], dtype=node.outputs[0].dtype)]


@dataclass(frozen=True)
class AdvancedSubtensor1(Op):
    """``x[ilist]``: rows of ``x`` picked by an integer vector (a copy, as numpy's take)."""

    def make_node(self, x, ilist):
        x, ilist = as_tensor(x), as_tensor(ilist)
        if ilist.dtype not in _INDEX_DTYPES:
            raise TypeError("index must be integers")
        if ilist.ndim != 1:
            raise TypeError("index must be vector")
        if x.ndim == 0:
            raise TypeError("cannot index into a scalar")
        bcast = (ilist.broadcastable[0],) + tuple(x.broadcastable[1:])
        return Apply(self, [x, ilist], [TensorType(x.dtype, bcast)])

    def perform(self, node, inputs):
        x, ilist = inputs
        return [np.asarray(x).take(np.asarray(ilist, dtype=np.intp), axis=0)]


def is_advanced_index(entry):
    """An integer list, array or tensor variable of one axis or more: numpy's advanced
    (copying) indexing."""
    if isinstance(entry, (list, np.ndarray)):
        return True
    return isinstance(entry, Variable) and getattr(entry.type, "ndim", 0) >= 1


@dataclass(frozen=True)
class Rebroadcast(Op):
    """A view of ``x`` with the broadcastable flags of some axes set (checked at run time)."""

    axis: tuple  # ((axis, flag), ...) sorted
    view_map = {0: [0]}
    holds_input_value = True

    def __str__(self):
        pattern = ["?"] * (1 + max(a for a, _f in self.axis)) if self.axis else []
        for a, flag in self.axis:
            pattern[a] = str(int(flag))
        return "Rebroadcast{%s}" % ",".join(pattern)

    def make_node(self, x):
        x = as_tensor(x)
        bcast = list(x.broadcastable)
        for a, flag in self.axis:
            if a >= x.ndim:
                raise ValueError("Trying to rebroadcast non-existent dimension")
            bcast[a] = flag
        return Apply(self, [x], [TensorType(x.dtype, tuple(bcast))])

    def perform(self, node, inputs):
        (x,) = inputs
        for a, flag in self.axis:
            if flag and x.shape[a] != 1:
                raise ValueError("Dimension %s in Rebroadcast's input was supposed to be 1 "
                                 "(got %s instead)" % (a, x.shape[a]))
        return [x]


def rebroadcast(x, pairs):
    """``x`` with the given (axis, flag) pairs: only the pairs that change a flag, ``x``
    itself when none does (Theano's apply_rebroadcast_opt, run as it is built)."""
    x = as_tensor(x)
    pairs = tuple(sorted({int(a): bool(f) for a, f in pairs}.items()))
    if any(a >= x.ndim for a, _f in pairs):
        return Rebroadcast(pairs)(x)  # refused, as Theano refuses it
    if x.owner is not None and isinstance(x.owner.op, Rebroadcast):  # two become one
        pairs = tuple(sorted({**dict(x.owner.op.axis), **dict(pairs)}.items()))
        x = x.owner.inputs[0]
    pairs = tuple((a, f) for a, f in pairs if x.broadcastable[a] != f)
    return Rebroadcast(pairs)(x) if pairs else x


_ADD = scalar_elemwise(scal.add, "add")


@dataclass(frozen=True)
class Join(Op):
    """Concatenate tensors along an axis given as the first input."""

    def make_node(self, axis, *tensors):
        axis = as_tensor(axis)
        tensors = [as_tensor(t) for t in tensors]
        if len({t.ndim for t in tensors}) > 1:
            raise TypeError("Join() can only join tensors with the same number of dimensions.")
        if isinstance(axis, Constant) and axis.ndim == 0 and tensors and -tensors[0].ndim <= int(axis.data) < 0:
            axis = as_tensor(int(axis.data) + tensors[0].ndim)  # a constant axis counted from 0
        dtype = upcast(*[t.dtype for t in tensors])
        return Apply(self, [axis] + tensors, [TensorType(dtype, _join_broadcastable(axis, tensors))])

    def infer_shape(self, node, shapes):
        """The join axis sums the inputs' lengths, every other axis is the first input's
        (Theano's Join.infer_shape, its switch on the axis folded for a constant axis)."""
        axis = node.inputs[0]
        if not isinstance(axis, Constant):
            return [None]
        ishapes = shapes[1:]
        k = int(axis.data) % len(ishapes[0])
        out = list(ishapes[0])
        for shp in ishapes[1:]:
            out[k] = _ADD(out[k], shp[k])
        return [tuple(out)]

    def perform(self, node, inputs):
        axis, tensors = int(inputs[0]), inputs[1:]
        try:
            joined = np.concatenate(tensors, axis=axis)
        except ValueError as e:
            # Theano 1.0.5 ran on numpy 1.23, whose message numpy 1.24 reworded
            raise ValueError(str(e).replace(" except for the concatenation axis",
                                            " for the concatenation axis")) from None
        return [joined.astype(node.outputs[0].type.dtype)]


def _join_broadcastable(axis, tensors):
    """Theano's Join.make_node: one tensor keeps its pattern; along a constant axis every
    other axis broadcasts where some input does; a symbolic axis proves nothing.  (Theano
    reads the axis with get_scalar_constant_value, which static.py, above this module, is:
    an axis computed from constants is read as a symbolic one here.)"""
    ndim = tensors[0].ndim
    if len(tensors) == 1:
        return tuple(tensors[0].broadcastable)
    data = getattr(axis, "data", None)
    if data is None or np.ndim(data) != 0:
        return (False,) * ndim
    k = int(data)
    if k < -ndim:
        raise IndexError("Join axis %d out of bounds [0, %d)" % (k, ndim))
    k = k + ndim if k < 0 else k
    if k >= ndim:
        raise ValueError('Join argument "axis" is out of range (given input dimensions)')
    return tuple(d != k and any(t.broadcastable[d] for t in tensors) for d in range(ndim))


@dataclass(frozen=True)
class Split(Op):
    """``x`` cut along ``axis`` into ``len_splits`` pieces of the lengths ``splits`` (the
    gradient of a Join)."""

    len_splits: int

    def __str__(self):
        return "Split{%d}" % self.len_splits

    def make_node(self, x, axis, splits):
        x, axis, splits = as_tensor(x), as_tensor(axis), as_tensor(splits)
        return Apply(self, [x, axis, splits], [x.type] * self.len_splits)

    # shape inference: compile/shapes.py builds each piece's shape as Theano does (a
    # set_subtensor into x's shape vector, which needs ops above this module)

    def perform(self, node, inputs):
        x, axis, splits = inputs
        if len(splits) != self.len_splits:
            raise ValueError("In Split.perform(), len(splits) != len_splits.",
                             (len(splits), self.len_splits))
        if np.sum(splits) != x.shape[axis]:
            raise ValueError("The splits sum to %s, expected %s" % (np.sum(splits), x.shape[axis]))
        if any(n < 0 for n in splits):
            raise ValueError("Split: you tried to make an ndarray with a negative number of "
                             "elements.")
        key, lower = [slice(None)] * x.ndim, 0
        pieces = []
        for n in splits:
            key[int(axis)] = slice(lower, lower + n)
            pieces.append(x[tuple(key)].copy())
            lower += n
        return pieces


@dataclass(frozen=True)
class SpecifyShape(Op):
    """``x`` itself, checked at run time to have the given shape, which shape inference
    then knows (``theano.tensor.specify_shape``)."""

    view_map = {0: [0]}

    def make_node(self, x, shape):
        x, shape = as_tensor(x), as_tensor(shape)
        assert shape.ndim == 1
        assert shape.dtype in ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
                               "uint64")
        if isinstance(shape, Constant):
            assert shape.data.size == x.ndim
        return Apply(self, [x, shape], [x.type])

    def infer_shape(self, node, shapes):
        """The given lengths: int64 constants for a constant shape, else its entries."""
        shape = node.inputs[1]
        if isinstance(shape, Constant):
            return [tuple(as_tensor(np.int64(n)) for n in shape.data)]
        if shape.owner is not None and isinstance(shape.owner.op, MakeVector):
            return [tuple(shape.owner.inputs)]
        return [tuple(shape[d] for d in range(node.inputs[0].ndim))]

    def perform(self, node, inputs):
        x, shape = inputs
        assert x.ndim == shape.size
        assert np.all(x.shape == shape), ("got shape", x.shape, "expected", shape)
        return [x]


def specify_shape(x, shape):
    """``x`` with its shape declared; a shape of symbolic lengths becomes a MakeVector."""
    if isinstance(shape, (list, tuple)) and any(isinstance(n, Variable) for n in shape):
        items = [as_tensor(n) for n in shape]
        shape = MakeVector(upcast(*[i.dtype for i in items]))(*items)
    return SpecifyShape()(x, shape)


@dataclass(frozen=True)
class ViewOp(Op):
    """The output itself, as a view: what breaks an output's aliasing where the function may
    hand back its own buffer (Theano's insert_deepcopy when the outputs, or the output and
    the input, are borrowed: a loop's step outputs). Unlike a DeepCopyOp, Theano's
    get_scalar_constant_value does not look through it."""

    view_map = {0: [0]}

    def make_node(self, x):
        return Apply(self, [x], [x.type])

    def infer_shape(self, node, shapes):
        return [shapes[0]]

    def perform(self, node, inputs):
        return [inputs[0]]


@dataclass(frozen=True)
class DeepCopyOp(Op):
    """A copy of an output, so two outputs (or an output and an input) never alias."""

    holds_input_value = True

    def make_node(self, x):
        return Apply(self, [x], [x.type])

    def perform(self, node, inputs):
        x = inputs[0]  # an array's copy is C-ordered, as Theano's x.copy() (a transpose's too)
        return [x.copy() if isinstance(x, np.ndarray) else copy.deepcopy(x)]


def as_index_variable(idx):
    """An advanced-index entry as AdvancedSubtensor takes it (Theano's as_index_variable):
    None is a new NoneConst, a slice a MakeSlice (a Python int bound is TensorFromScalar of
    Constant{k}), anything else an integer or boolean tensor."""
    if idx is None:
        return none_constant()
    if isinstance(idx, slice):
        return MakeSlice()(*[_from_scalar(b) for b in (idx.start, idx.stop, idx.step)])
    if isinstance(idx, Variable) and isinstance(idx.type, (SliceType, NoneTypeT)):
        return idx
    idx = as_tensor(_from_scalar(idx))
    if idx.type.dtype not in _INDEX_DTYPES + ("bool",):
        raise TypeError("index must be integers or a boolean mask")
    return idx


def _from_scalar(entry):
    """A Python int or a scalar-typed variable as a 0-d tensor (Theano's make_constant, then
    as_tensor_variable: TensorFromScalar of Constant{k})."""
    if isinstance(entry, (int, np.integer)) and not isinstance(entry, (bool, np.bool_)):
        entry = index_constant(entry)
    if isinstance(entry, Variable) and isinstance(entry.type, ScalarType):
        return TensorFromScalar()(entry)
    return entry


def _reject_bool(indices):
    """AdvancedSubtensor's check: a boolean mask belongs to AdvancedBooleanSubtensor."""
    for i in indices:
        dtype = getattr(i.type if isinstance(i, Variable) else i, "dtype", None)
        if isinstance(i, (bool, np.bool_)) or getattr(dtype, "name", dtype) == "bool":
            raise TypeError("AdvancedSubtensor does not support boolean masks for indexing. "
                            "Use AdvancedBooleanSubtensor instead. ")


def _broadcastable(x, indices):
    """The output's broadcastable flags, read off numpy indexing a stand-in array (size 1
    on x's broadcastable axes, 2 elsewhere) with stand-in indices (Theano's way)."""
    fake = []
    for i in indices:
        if isinstance(i.type, NoneTypeT):
            fake.append(None)
        elif isinstance(i.type, SliceType):
            fake.append(slice(None))
        elif i.type.dtype == "bool":
            fake.append(np.ones((2,) * i.ndim, bool))
        else:
            fake.append(np.zeros((2,) * i.ndim, int))
    shape = np.empty([2 - b for b in x.broadcastable])[tuple(fake)].shape
    return tuple(d == 1 for d in shape)


def _check_mask_shapes(x, indices):
    """A boolean mask's shape must be the indexed axes' (Theano's message, not numpy's)."""
    dim = 0
    for index in indices:
        if index is None:
            continue
        if isinstance(index, np.ndarray) and index.dtype == bool:
            for i in range(index.ndim):
                if index.shape[i] != x.shape[dim + i]:
                    raise IndexError(
                        "boolean index did not match indexed array along dimension %d; "
                        "dimension is %d but corresponding boolean dimension is %d"
                        % (dim + i, x.shape[dim + i], index.shape[i]))
            dim += index.ndim
        else:
            dim += 1


@dataclass(frozen=True)
class BaseAdvancedSubtensor(Op):
    """A copy of ``x[i0, i1, ...]`` for numpy's advanced indexing: integer or boolean
    arrays mixed with slices (MakeSlice), NoneConst (newaxis) and 0-d integers."""

    def make_node(self, x, *indices):
        x = as_tensor(x)
        indices = [as_index_variable(i) for i in indices]
        return Apply(self, [x] + indices, [TensorType(x.dtype, _broadcastable(x, indices))])

    def infer_shape(self, node, shapes):
        return [None]

    def perform(self, node, inputs):
        x, indices = np.asarray(inputs[0]), inputs[1:]
        _check_mask_shapes(x, indices)
        return [np.array(x[tuple(indices)], copy=True)]


@dataclass(frozen=True)
class AdvancedSubtensor(BaseAdvancedSubtensor):
    """Advanced indexing by integer arrays (a boolean mask is AdvancedBooleanSubtensor's)."""

    def make_node(self, x, *indices):
        _reject_bool(indices)
        return super().make_node(x, *indices)

    def infer_shape(self, node, shapes):
        """Known only for a matrix picked by two vectors: their (equal) length, taken from
        the second index when it is a graph input, else from the first (as Theano does)."""
        if len(shapes) == 3 and len(shapes[0]) == 2 and shapes[1] is not None \
                and len(shapes[1]) == 1 and shapes[2] is not None and len(shapes[2]) == 1:
            return [shapes[2] if node.inputs[2].owner is None else shapes[1]]
        return [None]


@dataclass(frozen=True)
class AdvancedBooleanSubtensor(BaseAdvancedSubtensor):
    """Advanced indexing with a boolean mask among the indices (``x[x > 2]``)."""


@dataclass(frozen=True)
class BaseAdvancedIncSubtensor(Op):
    """``x`` with ``y`` added at ``x[i0, i1, ...]`` (repeated positions accumulate), or
    written there with ``set_instead_of_inc``."""

    set_instead_of_inc: bool = False

    def __str__(self):
        return "%s{inplace=False,  set_instead_of_inc=%s}" % (type(self).__name__,
                                                             self.set_instead_of_inc)

    def make_node(self, x, y, *indices):
        x, y = as_tensor(x), as_tensor(y)
        indices = [i if isinstance(i, Variable) else as_tensor(i) for i in indices]
        return Apply(self, [x, y] + indices, [TensorType(x.dtype, x.broadcastable)])

    def perform(self, node, inputs):
        x, y, indices = inputs[0], inputs[1], tuple(inputs[2:])
        _check_mask_shapes(np.asarray(x), indices)
        out = np.array(x, copy=True)
        if self.set_instead_of_inc:
            out[indices] = y
        else:
            np.add.at(out, indices, y)
        return [out]

    def infer_shape(self, node, shapes):
        return [shapes[0]]  # x's shape: the values go into it


@dataclass(frozen=True)
class AdvancedIncSubtensor(BaseAdvancedIncSubtensor):
    """The increment of an AdvancedSubtensor (no boolean masks)."""

    def make_node(self, x, y, *indices):
        _reject_bool(indices)
        return super().make_node(x, y, *indices)


@dataclass(frozen=True)
class AdvancedBooleanIncSubtensor(BaseAdvancedIncSubtensor):
    """The increment of an AdvancedBooleanSubtensor."""
