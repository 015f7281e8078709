"""Elementwise application of scalar ops, dimension shuffles and sum reductions."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import numpy as np

from rngscope.graph.basic import Apply, Op, TheanoNamed
from rngscope.graph.types import DISCRETE_DTYPES, floatx, upcast
from rngscope.tensor import scalar as scal
from rngscope.tensor.variable import TensorType, as_tensor, tensor_type

__all__ = [
    "CONTINUOUS_DTYPES", "DimShuffle", "Elemwise", "Prod", "Reduce", "Sum", "check_dimensions",
    "elemwise_name", "make_prod", "make_sum", "rigid_axes", "scalar_elemwise",
]

CONTINUOUS_DTYPES = ("float16", "float32", "float64", "complex64", "complex128")


@dataclass(frozen=True)
class Elemwise(Op, metaclass=TheanoNamed):
    """Apply ``scalar_op`` elementwise, broadcasting inputs; ``inplace`` is ((out, in), ...)."""

    scalar_op: object
    inplace: tuple = ()
    # a display name only: sigmoid(x) and the gradient's scalar_sigmoid(x) are one
    # computation, and merge makes them one node (Theano's props are the scalar op and
    # the in-place pattern)
    name: str = field(default="", compare=False)

    @functools.cached_property
    def destroy_map(self):
        return {o: [i] for o, i in self.inplace}

    @functools.cached_property
    def family(self):
        """The scalar op's class name for the rewrites (None: in-place, Cast or Composite)."""
        op = self.scalar_op
        if self.inplace or isinstance(op, (scal.Cast, scal.Composite)):
            return None
        return op.cls

    def __str__(self):
        if self.name:
            return self.name
        if self.inplace:
            return f"Elemwise{{{self.scalar_op}}}{sorted(self.inplace)}"
        return f"Elemwise{{{self.scalar_op}}}"

    @functools.cached_property
    def _out_dtypes(self):
        return {}  # (input dtypes, floatX) -> output dtype, for this op

    def make_node(self, *inputs):
        inputs = [as_tensor(i) for i in inputs]
        types = [i.type for i in inputs]
        nd = max([len(t.broadcastable) for t in types])
        for t in types:
            if len(t.broadcastable) < nd:
                inputs = [_pad_left(i, nd) for i in inputs]
                types = [i.type for i in inputs]
                break
        if len(types) == 1:
            bcast = types[0].broadcastable
        elif nd:
            bcast = tuple([all(dim) for dim in zip(*[t.broadcastable for t in types])])
        else:
            bcast = ()
        dtypes = tuple([t.dtype for t in types])
        key = (dtypes, floatx())  # int / int is floatX
        dtype = self._out_dtypes.get(key)
        if dtype is None:
            dtype = self._out_dtypes.setdefault(key, self.scalar_op.out_dtype(list(dtypes)))
        return Apply(self, inputs, [tensor_type(dtype, bcast)])

    def perform(self, node, inputs):
        out = self.scalar_op.impl(*inputs)
        dtype = node.outputs[0].type.dtype
        out = np.asarray(out)
        if out.dtype != dtype:
            out = out.astype(dtype)
        shape = np.broadcast_shapes(*[np.shape(i) for i in inputs])
        if out.shape != shape:
            out = np.array(np.broadcast_to(out, shape), order="C")
        return [out]


def rigid_axes(node):
    """((input index, axes), ...): the axes of each input its type does not mark broadcastable."""
    rigid = []
    for k, var in enumerate(node.inputs):
        axes = tuple([ax for ax, b in enumerate(var.type.broadcastable) if not b])
        if axes:
            rigid.append((k, axes))
    return tuple(rigid)


def check_dimensions(node, rigid, values, shape):
    """Theano's Elemwise.perform check: a size-1 axis not marked broadcastable meets a longer one.

    numpy would broadcast it; Theano raises ``Dimension mismatch; shapes are (1), (2)``, each
    input's shape with ``*`` for the axes its type marks broadcastable.
    """
    for k, axes in rigid:
        s = np.shape(values[k])
        if len(s) != len(shape) or len(s) != node.inputs[k].ndim:  # a static stand-in value
            continue
        for ax in axes:
            if s[ax] == 1 and shape[ax] > 1:
                shapes = []
                for v, var in zip(values, node.inputs):
                    dims = ["*" if b else str(d) for d, b in zip(np.shape(v), var.type.broadcastable)]
                    shapes.append("(%s)" % ", ".join(dims))
                raise ValueError("Dimension mismatch; shapes are " + ", ".join(shapes))


def _pad_left(x, nd):
    """``x`` with broadcastable dimensions added in front up to ``nd`` (Elemwise's lifting)."""
    pattern = x.type.broadcastable
    if len(pattern) == nd:
        return x
    op = _PADS.get((pattern, nd))
    if op is None:  # ops are frozen values: one per pattern serves every padding
        op = _PADS[(pattern, nd)] = DimShuffle(
            pattern, ("x",) * (nd - len(pattern)) + tuple(range(len(pattern))))
    return op(x)


_PADS = {}  # (input broadcastable, ndim) -> the DimShuffle that pads it


def elemwise_name(symbol):
    """The name Theano gives the tensor-level op for ``symbol`` (``Elemwise{add,no_inplace}``)."""
    return f"Elemwise{{{symbol},no_inplace}}"


@dataclass(frozen=True)
class DimShuffle(Op):
    """Reorder dimensions, drop broadcastable ones and insert new ones ('x')."""

    input_broadcastable: tuple
    new_order: tuple
    inplace: bool = True
    holds_input_value = True

    @property
    def view_map(self):
        return {0: [0]} if self.inplace else {}

    @functools.cached_property
    def pads_left(self):
        """Whether this only adds broadcastable dimensions in front (what Elemwise inserts)."""
        k = len(self.input_broadcastable)
        return self.new_order == ("x",) * (len(self.new_order) - k) + tuple(range(k))

    def __str__(self):
        body = ",".join(str(x) for x in self.new_order)
        return f"InplaceDimShuffle{{{body}}}" if self.inplace else f"DimShuffle{{{body}}}"

    def make_node(self, x):
        x = as_tensor(x)
        if tuple(x.broadcastable) != tuple(self.input_broadcastable):
            if len(x.broadcastable) != len(self.input_broadcastable):
                raise TypeError(
                    "The number of dimensions of the input is incorrect for this op. "
                    f"Expected {self.input_broadcastable}, got {x.broadcastable}."
                )
        for d in range(x.ndim):
            if d not in self.new_order and not x.broadcastable[d]:
                raise ValueError(
                    f"You cannot drop a non-broadcastable dimension: {self.input_broadcastable}, "
                    f"{self.new_order}"
                )
        bcast = tuple(True if d == "x" else x.broadcastable[d] for d in self.new_order)
        return Apply(self, [x], [tensor_type(x.dtype, bcast)])

    def perform(self, node, inputs):
        (x,) = inputs
        x = np.asarray(x)
        kept = [d for d in self.new_order if d != "x"]
        drop = [d for d in range(x.ndim) if d not in kept]
        res = x.transpose(kept + drop)
        res = res.reshape(res.shape[: len(kept)])
        shape = []
        it = iter(res.shape)
        for d in self.new_order:
            shape.append(1 if d == "x" else next(it))
        res = res.reshape(shape)
        return [res]


_ACC = {"bool": "int64", "int8": "int64", "int16": "int64", "int32": "int64",
        "uint8": "uint64", "uint16": "uint64", "uint32": "uint64",
        "float16": "float32", "float32": "float64"}
_OUT = {"bool": "int64", "int8": "int64", "int16": "int64", "int32": "int64",
        "uint8": "uint64", "uint16": "uint64", "uint32": "uint64"}


@dataclass(frozen=True)
class Sum(Op):
    """Sum over ``axis`` (None: all) accumulating in ``acc_dtype``."""

    axis: tuple | None
    acc_dtype: str
    dtype: str

    def __str__(self):
        if self.axis is None:
            return f"Sum{{acc_dtype={self.acc_dtype}}}"
        return f"Sum{{axis={list(self.axis)}, acc_dtype={self.acc_dtype}}}"

    def make_node(self, x):
        x = as_tensor(x)
        axes = range(x.ndim) if self.axis is None else self.axis
        bcast = tuple(b for d, b in enumerate(x.broadcastable) if d not in axes)
        return Apply(self, [x], [TensorType(self.dtype, bcast)])

    def perform(self, node, inputs):
        # One axis at a time, last axis first, as Theano's CAReduce.perform does.
        out = np.asarray(inputs[0], dtype=self.acc_dtype)
        axes = range(out.ndim) if self.axis is None else self.axis
        for axis in sorted(axes, reverse=True):
            out = np.add.reduce(out, axis, dtype=self.acc_dtype)
        return [np.asarray(out, dtype=self.dtype)]


@dataclass(frozen=True)
class Reduce(Op):
    """Reduce ``axis`` with a commutative scalar op (maximum, minimum): Theano's CAReduce."""

    scalar_op: object
    axis: tuple

    def __str__(self):
        return f"Reduce{{{self.scalar_op}}}{{{', '.join(map(str, self.axis))}}}"

    def make_node(self, x):
        x = as_tensor(x)
        bcast = tuple(b for d, b in enumerate(x.broadcastable) if d not in self.axis)
        return Apply(self, [x], [tensor_type(x.dtype, bcast)])

    def infer_shape(self, node, shapes):
        """The sizes of the axes kept (Theano's CAReduce.infer_shape)."""
        return [tuple(s for d, s in enumerate(shapes[0]) if d not in self.axis)]

    def perform(self, node, inputs):
        fn = {"Maximum": np.max, "Minimum": np.min}[self.scalar_op.cls]
        return [np.asarray(fn(inputs[0], axis=self.axis), dtype=node.outputs[0].type.dtype)]


@dataclass(frozen=True)
class Prod(Sum):
    """Product over ``axis`` (None: all), one axis at a time as Theano's CAReduce.

    ``no_zeros_in_input`` promises the gradient no zeros (a plain gz * prod / x); like
    Theano's, it is not one of the op's props: two Prods differing only there are equal."""

    no_zeros_in_input: bool = field(default=False, compare=False)

    def __str__(self):
        axis = None if self.axis is None else tuple(self.axis)
        return f"Prod{{axis={axis}, dtype='{self.dtype}', acc_dtype='{self.acc_dtype}'}}"

    def perform(self, node, inputs):
        out = np.asarray(inputs[0], dtype=self.acc_dtype)
        axes = range(out.ndim) if self.axis is None else self.axis
        for axis in sorted(axes, reverse=True):
            out = np.multiply.reduce(out, axis, dtype=self.acc_dtype)
        return [np.asarray(out, dtype=self.dtype)]


def make_prod(x, axis=None, dtype=None, no_zeros_in_input=False):
    """A Prod with Theano's accumulator and output dtypes (those of Sum)."""
    s = make_sum(x, axis, dtype=dtype)
    return Prod(s.axis, s.acc_dtype, s.dtype, no_zeros_in_input)


def make_sum(x, axis=None, dtype=None, acc_dtype=None):
    """A Sum op for ``x`` with Theano's default accumulator and output dtypes."""
    if axis is not None:  # every axis named stays named, as in Theano's graph (canonicalize
        for a in axis:  # makes it None: sum_all_to_none)
            if a >= x.ndim or (a < 0 and abs(a) > x.ndim):  # Theano's CAReduce.make_node
                raise ValueError(f"Not enough dimensions on {x} to reduce on axis {a}")
        axis = tuple(sorted(a % x.ndim for a in axis))
    out = dtype or _OUT.get(x.dtype, x.dtype)
    if acc_dtype is None:
        acc = _ACC.get(x.dtype, x.dtype)  # Theano: from the input's dtype, whatever dtype= says
    elif acc_dtype in CONTINUOUS_DTYPES and x.dtype in DISCRETE_DTYPES:
        acc = acc_dtype  # a float accumulator for integers is fine
    else:
        acc = acc_dtype
        if upcast(x.dtype, acc_dtype) != acc_dtype:
            raise TypeError(
                "Cannot build %s node with input dtype %s and acc_dtype %s, as precision would "
                "be lost. To correct this error, you can:\n  - not specify acc_dtype, or\n  - "
                "use an acc_dtype at least as precise as %s.\n  - specify \"dtype\" instead "
                "of \"acc_dtype\", so the reduction will be precise, but the result will be "
                "casted into \"dtype\" at the end.\nIf you are expecting the precision loss, "
                "you can use tensor.cast(..., dtype=\"%s\"), on your output."
                % (Sum(axis, acc_dtype, out), x.dtype, acc_dtype, upcast(x.dtype, acc_dtype),
                   acc_dtype))
    return Sum(axis, acc, out)


def scalar_elemwise(op, symbol):
    """The tensor-level elementwise op Theano builds for a scalar op."""
    return Elemwise(op, name=elemwise_name(symbol))

