"""Static shape inference (Theano's ShapeFeature): each dimension as a scalar variable.

``infer_shape(v, known)`` returns a tuple of int64 scalar variables: constants
when the size is known at compile time, otherwise ``Shape_i{k}`` of a graph
input.  ``shape_inputs(v)`` names the variables whose shapes it needs first, so
the caller can fill ``known`` iteratively.
"""
from __future__ import annotations

import weakref

import numpy as np

from rngscope.compile.slice_forms import canonical_slice, index_entries
from rngscope.graph.basic import Constant, Variable, io_toposort
from rngscope.random.streams import RandomFunction
from rngscope.tensor import basic as T
from rngscope.tensor.basic import cast
from rngscope.tensor.blas import Dot, Dot22, Gemm, Gemv
from rngscope.tensor.elemwise import DimShuffle, Elemwise, Sum
from rngscope.tensor.grad_ops import IncSubtensor, set_subtensor
from rngscope.tensor.alloc import Alloc, AllocEmpty
from rngscope.tensor.shape_ops import (
    AdvancedSubtensor1, MakeVector, Rebroadcast, Reshape, Shape, Shape_i, Split, Subtensor,
)
from rngscope.tensor.static import size_entries
from rngscope.tensor.variable import TensorConstant, constant, fresh_constants

__all__ = [
    "CAST_CONSTANTS", "as_int64", "graph_shape", "infer_shape", "one", "shape_inputs",
]


def one():
    return constant(1, dtype="int64")


def _const(n):
    return constant(int(n), dtype="int64")


def _fallback(v):
    return tuple(one() if b else Shape_i(k)(v) for k, b in enumerate(v.type.broadcastable))


def shape_inputs(v):
    node = v.owner
    if node is None or isinstance(v, Constant):
        return []
    like = v.tag.get("shape_like")
    if like is not None:  # a replacement that keeps the replaced variable's shape
        return [like]
    op = node.op
    if isinstance(op, Elemwise):
        return list(node.inputs)
    if isinstance(op, (DimShuffle, Sum)):
        return [node.inputs[0]]
    if isinstance(op, Dot22):
        return list(node.inputs)
    if isinstance(op, Dot):
        return list(node.inputs)
    if isinstance(op, Gemm) or isinstance(op, Gemv):
        return [node.inputs[0]]
    if isinstance(op, AdvancedSubtensor1):
        return list(node.inputs)
    if isinstance(op, (Subtensor, Rebroadcast, IncSubtensor, Reshape, Split)):
        return [node.inputs[0]]
    if isinstance(op, (Alloc, AllocEmpty)):
        sizes = node.inputs[1:] if isinstance(op, Alloc) else node.inputs
        return [read[0] for read in map(_shape_read, sizes) if read is not None]
    if isinstance(op, RandomFunction) and v.index == 1:
        read = _shape_of_size(node.inputs[1])
        return [read] if read is not None else []
    if hasattr(op, "infer_shape"):  # ops that state their output shapes (Theano's protocol)
        return list(node.inputs)
    return []


def infer_shape(v, known):
    if getattr(v.type, "ndim", None) is None:
        return ()
    if isinstance(v, TensorConstant):
        return tuple(_const(s) for s in v.data.shape)
    node = v.owner
    if node is None:
        return _fallback(v)
    like = v.tag.get("shape_like")
    if like is not None:
        return known[id(like)]
    op = node.op
    bc = v.type.broadcastable
    if isinstance(op, Shape):  # one entry per axis of its input
        return (_const(node.inputs[0].ndim),)
    if isinstance(op, MakeVector):
        return (_const(len(node.inputs)),)
    if isinstance(op, Elemwise):
        dims = []
        for d in range(v.ndim):
            for i in node.inputs:
                if not i.broadcastable[d]:
                    dims.append(known[id(i)][d])
                    break
            else:
                dims.append(one())
        return tuple(dims)
    if isinstance(op, DimShuffle):
        src = known[id(node.inputs[0])]
        return tuple(one() if d == "x" else src[d] for d in op.new_order)
    if isinstance(op, Sum):
        src = known[id(node.inputs[0])]
        if op.axis is None:
            return ()
        return tuple(s for d, s in enumerate(src) if d not in op.axis)
    if isinstance(op, Dot22):
        return (known[id(node.inputs[0])][0], known[id(node.inputs[1])][1])
    if isinstance(op, Dot):
        a, b = node.inputs
        sa, sb = known[id(a)], known[id(b)]
        return tuple(sa[:-1]) + tuple(sb[1:])
    if isinstance(op, (Gemm, Gemv)):
        return known[id(node.inputs[0])]
    if isinstance(op, Subtensor):
        return _subtensor_shape(v, node, known[id(node.inputs[0])])
    if isinstance(op, Rebroadcast):  # an axis made broadcastable has length 1
        src = known[id(node.inputs[0])]
        return tuple(one() if dict(op.axis).get(d) else s for d, s in enumerate(src))
    if isinstance(op, IncSubtensor):
        return known[id(node.inputs[0])]
    if isinstance(op, Reshape):
        return _reshape_shape(node, known[id(node.inputs[0])], known)
    if isinstance(op, AdvancedSubtensor1):  # one row per index
        x, ilist = node.inputs
        return (known[id(ilist)][0],) + tuple(known[id(x)][1:])
    if isinstance(op, (Alloc,)):
        return tuple(_size(s, known) for s in node.inputs[1:])
    if isinstance(op, AllocEmpty):
        return tuple(_size(s, known) for s in node.inputs)
    if isinstance(op, RandomFunction) and v.index == 1 and op.ndim_added == 0:
        entries = size_entries(node.inputs[1])
        if entries is not None and len(entries) == v.ndim:
            return tuple(one() if b else as_int64(e) for e, b in zip(entries, bc))
        read = _shape_of_size(node.inputs[1])
        if read is not None and read.ndim == v.ndim:  # size=y.shape: y's own sizes (unpack)
            return tuple(one() if b else s for s, b in zip(known[id(read)], bc))
    if isinstance(op, Split):
        return _split_shape(node, known[id(node.inputs[0])], v.index)
    if hasattr(op, "infer_shape"):
        shape = op.infer_shape(node, [known[id(i)] for i in node.inputs])[v.index]
        # a size the op knows as a number is an int64 constant (Theano's ShapeFeature.unpack)
        return _fallback(v) if shape is None else tuple(
            _const(s) if isinstance(s, (int, np.integer)) else s for s in shape)
    return _fallback(v)


def _split_shape(node, x_shape, index):
    """A Split piece's shape as Theano's Split.infer_shape builds it: the split length set
    into x's shape vector, ``set_subtensor(shape[axis], splits[i])``, read back per axis (so
    the zeros of an unused piece keep x's symbolic lengths)."""
    axis, splits = node.inputs[1], node.inputs[2]
    shape = set_subtensor(T.as_tensor_variable(tuple(x_shape))[axis], splits[index])
    return tuple(shape[d] for d in range(len(x_shape)))


def graph_shape(inputs, input_shapes, output):
    """The shape of ``output`` of the graph from ``inputs`` whose shapes are
    ``input_shapes`` (Theano's scan_utils.infer_shape, for a loop's step)."""
    known = {id(v): tuple(s) for v, s in zip(inputs, input_shapes)}
    for node in io_toposort(list(inputs), [output]):
        for v in list(node.inputs) + list(node.outputs):
            if id(v) not in known:
                known[id(v)] = infer_shape(v, known)
    return known.get(id(output)) or infer_shape(output, known)


def _subtensor_shape(v, node, src):
    """x[idx]: an integer index drops its axis, a full slice keeps the axis's size, any
    other slice's length is computed from its canonical form (as Theano's
    Subtensor.infer_shape builds it), and axes past the index keep theirs."""
    dims, d = [], 0
    for entry in index_entries(node):
        if not isinstance(entry, slice):
            d += 1
            continue
        if entry.start is None and entry.stop is None and entry.step is None:
            dims.append(src[d])
        else:
            with fresh_constants():
                cnf = canonical_slice(entry, src[d])[0]
                if not isinstance(cnf.step, T.Variable) and cnf.step == 1:
                    length = cnf.stop - cnf.start
                else:
                    length = T.int_div(cnf.stop - cnf.start - 1, cnf.step) + 1
                dims.append(as_int64(T.as_tensor_variable(length)))
        d += 1
    dims.extend(src[d:])
    return tuple(one() if v.type.broadcastable[k] else s for k, s in enumerate(dims))


def _reshape_shape(node, src, known):
    """Reshape(x, s): a constant s with one -1 has the missing size computed from x's; any
    other s is read entry by entry, a -1 entry standing for the rest of x's size (Theano's
    Reshape.infer_shape, whose switches later rewrites fold)."""
    ndim = node.op.ndim
    if not src:
        return (one(),) * ndim
    requ = node.inputs[1]
    if isinstance(requ, TensorConstant):
        entries = [int(e) for e in requ.data]
        rest = [e for e in entries if e != -1]
        if len(entries) - len(rest) == 1:
            with fresh_constants():
                size = T.mul(*src)
                part = int(np.prod(rest)) if rest else None
                missing = size if part is None else T.int_div(size, part or 1)
            entries = [missing if e == -1 else e for e in entries]
        return tuple(as_int64(e) if not isinstance(e, int) else one() if e == 1
                     else _fresh_const(e) for e in entries)
    with fresh_constants():
        entries = [requ[i] for i in range(ndim)]
        rest_size = T.int_div(T.mul(*src), T.maximum(-T.mul(*entries), 1))
        return tuple(_size(T.switch(T.eq(e, -1), rest_size, e), known) for e in entries)


def _fresh_const(n):
    """An int64 constant of its own (Theano makes the shape feature's constants while it
    optimizes, with its constant cache off; only 1 is one shared object)."""
    with fresh_constants():
        return _const(n)


def _shape_of_size(size):
    """y when a random draw's size vector is ``y.shape``: the draw's i-th size is then
    ``y.shape[i]``, which Theano's ShapeFeature.unpack reads as y's own i-th size."""
    owner = size.owner
    if owner is not None and isinstance(owner.op, Shape):
        return owner.inputs[0]
    return None


def _shape_read(e):
    """(x, i) when the size ``e`` is ``x.shape[i]`` with a constant i, else None."""
    owner = e.owner
    if owner is None or not isinstance(owner.op, Subtensor) or len(owner.inputs) != 2:
        return None
    src = owner.inputs[0].owner
    if src is None or not isinstance(src.op, Shape):
        return None
    entries = index_entries(owner)
    if len(entries) != 1 or isinstance(entries[0], slice):
        return None
    i = entries[0]
    i = i.data if isinstance(i, Constant) else i
    if isinstance(i, Variable):
        return None
    return src.inputs[0], int(i)


def _size(e, known):
    """A size as the shape feature holds it: ``x.shape[i]`` is x's own i-th size
    (Theano's ShapeFeature.unpack), anything else an int64 scalar."""
    read = _shape_read(e)
    if read is not None:
        x, i = read
        if -x.ndim <= i < x.ndim:
            return known[id(x)][i]
    return as_int64(e)


# the int64 constants the shape feature made from constants of another dtype: Theano
# casts each to a constant of its own (ShapeFeature.on_import), which its same_shape
# never finds equal to another constant
CAST_CONSTANTS = weakref.WeakSet()


def as_int64(e):
    """A shape entry as the shape feature holds it: an int64 scalar (a constant of another
    dtype becomes an int64 constant of its own, as Theano's ShapeFeature.on_import makes it)."""
    if isinstance(e, TensorConstant):
        if e.dtype == "int64":
            return _const(e.data)
        cast_const = _fresh_const(e.data)
        CAST_CONSTANTS.add(cast_const)
        return cast_const
    if e.dtype != "int64":
        return cast(e, "int64")
    return e
