"""Shape rewrites: shapes as per-dimension scalars, indexing of shape vectors, reshapes.

Each rule is one function with its equation as docstring; it returns the new
outputs or None for "no change".
"""
from __future__ import annotations

import sys

import numpy as np

from rngscope.compile.shapes import CAST_CONSTANTS
from rngscope.compile.rewriter import converted
from rngscope.compile.slice_forms import canonical_slice, extract, index_entries
from rngscope.compile.vocabulary import tracks
from rngscope.graph.basic import Constant
from rngscope.tensor import basic as T
from rngscope.tensor.assert_op import Assert
from rngscope.tensor.blas import Dot
from rngscope.tensor.elementary import shape_padleft
from rngscope.tensor.elemwise import DimShuffle, Elemwise
from rngscope.tensor.grad_ops import AdvancedIncSubtensor1, IncSubtensor
from rngscope.tensor.alloc import Alloc
from rngscope.tensor.shape_ops import (
    AdvancedIncSubtensor, AdvancedSubtensor, AdvancedSubtensor1, Join, MakeVector, Reshape, Shape,
    Shape_i, ScalarConstant, Subtensor,
)
from rngscope.tensor.static import constant_value, size_entries
from rngscope.tensor.variable import TensorConstant, constant, fresh_constants

__all__ = [
    "alloc_unary", "constant_entry", "inc_subtensor_of_alloc", "join_make_vector", "join_one", "reshape_chain",
    "subtensor_of_set_subtensor",
    "reshape_to_dimshuffle", "same_size", "shape_i_lift", "shape_to_shape_i", "subtensor_lift", "subtensor_of_dot",
    "subtensor_merge", "subtensor_of_alloc", "useless_slice", "useless_subtensor",
    "useless_subtensor_to_length",
    "subtensor_of_vector", "subtensor_slice_of_vector", "useless_reshape",
]


@tracks(Shape)
def shape_to_shape_i(node, ctx):
    """Shape(x) -> MakeVector(Shape_i{0}(x), ...) with known sizes as constants."""
    if not isinstance(node.op, Shape):
        return None
    x = node.inputs[0]
    dims = ctx.shape_of(x)
    if not dims:
        return [constant(np.zeros(0, dtype="int64"))]
    return [MakeVector("int64")(*dims)]


@tracks(Shape_i)
def shape_i_lift(node, ctx):
    """Shape_i{k}(f(...)) -> the k-th inferred dimension of f(...)."""
    if not isinstance(node.op, Shape_i):
        return None
    x = node.inputs[0]
    if x.owner is None and not isinstance(x, TensorConstant):
        return None
    dim = ctx.shape_of(x)[node.op.i]
    if dim.owner is not None and isinstance(dim.owner.op, Shape_i) and dim.owner.inputs[0] is x:
        return None
    return [dim]


def _index_value(v):
    if isinstance(v, ScalarConstant):
        return int(v.data)
    if isinstance(v, TensorConstant) and v.data.ndim == 0:
        return int(v.data)
    return None


def constant_entry(node):
    """A one-axis-or-more Subtensor's first entry with constant bounds: an int, or a
    (start, stop, step) of ints and Nones; None when a bound is symbolic."""
    entry, values = node.op.idx[0], iter(node.inputs[1:])
    if not isinstance(entry, tuple):
        return _index_value(next(values))
    bounds = []
    for e in entry:
        if e is None:
            bounds.append(None)
        else:
            v = _index_value(next(values))
            if v is None:
                return None
            bounds.append(v)
    return tuple(bounds)


@tracks(Subtensor)
def subtensor_of_vector(node, ctx):
    """MakeVector(a, b, ...)[k] -> the k-th item;  Shape(x)[k] -> the k-th dimension of x.

    Only an int64 MakeVector (Theano's local_subtensor_make_vector compares the op with its
    ``make_vector``, MakeVector('int64')): a size built from int32 scalars, (n, 2), keeps
    MakeVector{dtype='int32'}(n, 2)[0]."""
    if not isinstance(node.op, Subtensor) or len(node.op.idx) != 1 or isinstance(
            node.op.idx[0], tuple):
        return None
    src, k = node.inputs[0], _index_value(node.inputs[1])
    if k is None or src.owner is None:
        return None
    if isinstance(src.owner.op, MakeVector):
        if src.owner.op.dtype != "int64":
            return None
        item = src.owner.inputs[k]
        return [T.cast(item, node.outputs[0].dtype)]
    if isinstance(src.owner.op, Shape):
        dims = ctx.shape_of(src.owner.inputs[0])
        return [dims[k]]
    return None


@tracks(Subtensor)
def subtensor_merge(node, ctx):
    """x[a:b][k] -> x[k'] for constant a, b, k and a constant length of x (Theano's
    local_subtensor_merge where every bound folds; the merged index is int64)."""
    inner = node.inputs[0].owner
    if inner is None or not isinstance(inner.op, Subtensor) or len(node.op.idx) != 1:
        return None
    if isinstance(node.op.idx[0], tuple) or len(inner.op.idx) != 1:
        return None
    bounds = constant_entry(inner)
    k = _index_value(node.inputs[1])
    x = inner.inputs[0]
    length = _index_value(ctx.shape_of(x)[0])
    if not isinstance(bounds, tuple) or bounds[2] is not None or k is None or length is None:
        return None
    rows = range(length)[slice(*bounds)]
    if not -len(rows) <= k < len(rows):
        return None
    return [Subtensor.build(x, rows[k])]


@tracks(Subtensor)
def subtensor_slice_of_vector(node, ctx):
    """MakeVector(a, b, c)[i:j] -> MakeVector(a[i:j]...) for constant bounds (int64 only, as
    subtensor_of_vector)."""
    if not isinstance(node.op, Subtensor) or len(node.op.idx) != 1:
        return None
    entry = node.op.idx[0]
    src = node.inputs[0]
    if not isinstance(entry, tuple) or src.owner is None:
        return None
    if not isinstance(src.owner.op, MakeVector) or src.owner.op.dtype != "int64":
        return None
    bounds = constant_entry(node)
    if bounds is None:
        return None
    items = src.owner.inputs[slice(*bounds)]
    if not items:
        return [constant(np.zeros(0, dtype=src.dtype))]
    return [MakeVector(src.owner.op.dtype)(*items)]


@tracks(Subtensor)
def subtensor_lift(node, ctx):
    """f(x, ...)[idx] -> f(x[idx], ...) for an elementwise f read only here, when each
    input broadcasts along no axis or along all of them (those are kept, with fewer
    axes if the index drops some) (Theano's local_subtensor_lift)."""
    if not isinstance(node.op, Subtensor):
        return None
    src = node.inputs[0]
    inner = src.owner
    if inner is None or not isinstance(inner.op, Elemwise):
        return None
    if ctx.n_clients(src) != 1:
        return None
    idx = node.inputs[1:]
    if len(inner.inputs) == 1:
        return [inner.op(node.op(inner.inputs[0], *idx))]
    counts = [sum(i.broadcastable) for i in inner.inputs]
    if not all(c in (0, i.ndim) for c, i in zip(counts, inner.inputs)):
        return None
    ndim = node.outputs[0].ndim
    new = [node.op(i, *idx) if c == 0 else
           i if i.ndim == ndim else T.dimshuffle(i, ["x"] * ndim)
           for c, i in zip(counts, inner.inputs)]
    return [inner.op(*new)]


@tracks(Subtensor)
def subtensor_of_alloc(node, ctx):
    """alloc(v, *shape)[idx] -> alloc(v[idx on v's own axes], *shape of the rows picked)
    (Theano's local_subtensor_of_alloc: an index drops its axis, a slice keeps the length
    of its canonical form; v's broadcastable axes are not indexed)."""
    u = node.inputs[0]
    if u.owner is None or not isinstance(u.owner.op, Alloc):
        return None
    with fresh_constants():  # each 0 of the canonical form its own until merged, as Theano's
        return _subtensor_of_alloc(node, u)


@tracks(Subtensor, needs=(Dot,))
def subtensor_of_dot(node, ctx):
    """dot(a, b)[idx] -> dot(a[idx_a], b[idx_b]) for a dot read only here: a takes the
    entries for its axes but the last, b the rest, skipping the axis the dot sums over
    (Theano's local_subtensor_of_dot)."""
    d = node.inputs[0].owner
    if d is None or type(d.op) is not Dot or ctx.n_clients(node.inputs[0]) != 1:
        return None
    a, b = d.inputs
    entries = index_entries(node)
    n_a = min(a.ndim - 1, len(entries))
    a_entries, b_entries = entries[:n_a], entries[n_a:]
    if b.ndim > 1 and len(b_entries) >= b.ndim - 1:
        b_entries = b_entries[:b.ndim - 2] + [slice(None)] + b_entries[b.ndim - 2:]
    a_sub = Subtensor.build(a, tuple(a_entries))  # a[()] too: Subtensor{}, later dropped
    b_sub = Subtensor.build(b, tuple(b_entries)) if b_entries else b
    return [T.dot(a_sub, b_sub)]


def _subtensor_of_alloc(node, u):
    val, *dims = u.owner.inputs
    entries = index_entries(node)
    added = u.ndim - val.ndim
    new_dims, val_entries = [], []
    for d, (entry, dim) in enumerate(zip(entries, dims)):
        if d >= added:
            val_entries.append(slice(None) if val.broadcastable[d - added] else entry)
        if not isinstance(entry, slice):
            continue  # that axis is removed
        cnf = canonical_slice(entry, dim)[0]
        size = cnf.stop - cnf.start
        if isinstance(cnf.step, T.Variable) or cnf.step != 1:
            quotient = T.int_div(size, cnf.step)
            size = T.cast(T.neq(size % cnf.step, 0), quotient.dtype) + quotient
        new_dims.append(size)
    val = Subtensor.build(val, tuple(val_entries))  # val[()] too: Subtensor{}, later dropped
    new_dims += dims[len(entries):]
    if val.ndim > len(new_dims):
        return None
    out = T.alloc(val, *new_dims)
    if out.type != node.outputs[0].type:
        out = T.patternbroadcast(out, node.outputs[0].broadcastable)
    return [out]


@tracks(Subtensor)
def subtensor_of_set_subtensor(node, ctx):
    """set_subtensor(x[idx], y)[idx] -> y, cast to x's dtype (Theano's
    local_subtensor_inc_subtensor; a y broadcasting where x[idx] does not stays)."""
    src = node.inputs[0].owner
    if src is None or not isinstance(src.op, IncSubtensor) or not src.op.set_instead_of_inc:
        return None
    if src.op.idx != node.op.idx or len(src.inputs) != len(node.inputs) + 1 or not all(
            a is b for a, b in zip(src.inputs[2:], node.inputs[1:])):
        return None
    y, out = src.inputs[1], node.outputs[0]
    if y.dtype != out.dtype:
        y = T.cast(y, out.dtype)
    return [y] if y.type == out.type else None


@tracks(Reshape)
def reshape_chain(node, ctx):
    """Reshape(Reshape(x, s1), s2) -> Reshape(x, s2) (Theano's local_reshape_chain)."""
    inner = node.inputs[0].owner
    if inner is None or not isinstance(inner.op, Reshape):
        return None
    out = node.op(inner.inputs[0], node.inputs[1])
    return [out] if out.type == node.outputs[0].type else None


@tracks(Reshape)
def reshape_to_dimshuffle(node, ctx):
    """Reshape to a shape with 1s -> DimShuffle('x' there) of a Reshape to the rest
    (Theano's local_reshape_to_dimshuffle).

    Theano reads each entry as extract_constant(shape[i]): an item of a MakeVector comes
    back a 0-d array (so a kept constant beside a symbolic size makes the new size a Join),
    an item of a constant vector a NumPy number, a symbolic one shape[i] itself (an item
    of an int64 MakeVector, once local_subtensor_make_vector ran)."""
    x, shape = node.inputs
    out = node.outputs[0]
    entries = size_entries(shape)  # None when the entries cannot be seen
    made = shape.owner is not None and isinstance(shape.owner.op, MakeVector)
    order, rest = [], []
    for i in range(out.ndim):
        entry = None if entries is None else entries[i]
        value = None if entry is None else constant_value(entry)
        if value is not None and bool(value == 1):
            order.append("x")
            continue
        order.append(len(rest))
        if value is not None:
            rest.append(np.asarray(value, dtype=shape.dtype) if made else int(value))
        elif entry is None or (made and shape.owner.op.dtype != "int64"):
            rest.append(shape[i])
        else:
            rest.append(entry)
    if len(rest) == out.ndim:
        return None
    inner = T.reshape(x, rest, ndim=len(rest)) if rest else T.reshape(x, np.zeros(0, "int64"),
                                                                      ndim=0)
    new = converted(out, DimShuffle(inner.broadcastable, tuple(order))(inner))
    return None if new is None else [new]


@tracks(Reshape)
def dimshuffle_in_reshape(node, ctx):
    """Reshape(DimShuffle(x), s) -> Reshape(x, s) when the DimShuffle keeps the order of x's
    axes that do not broadcast (Theano's local_useless_dimshuffle_in_reshape)."""
    inner = node.inputs[0].owner
    if inner is None or not isinstance(inner.op, DimShuffle):
        return None
    kept = [axis for axis, flag in zip(inner.op.new_order, node.inputs[0].broadcastable)
            if not flag]
    if any(a > b for a, b in zip(kept, kept[1:])):
        return None
    return [node.op(inner.inputs[0], node.inputs[1])]


@tracks(Reshape)
def useless_reshape(node, ctx):
    """Reshape(x, s) -> x for a vector kept a vector, or s the shape of x dimension by
    dimension (Shape_i, Shape(x)[k], 1 on a broadcastable axis, one -1, an inferred size)."""
    x, shape = node.inputs
    out = node.outputs[0]
    if x.ndim != out.ndim:
        return None
    if x.ndim == 1 and x.broadcastable == out.broadcastable:
        return [x]
    owner = shape.owner
    if owner is not None and isinstance(owner.op, Shape) and owner.inputs[0] is x:
        return [x]
    if owner is None or not isinstance(owner.op, MakeVector):
        return None
    n_minus_one = 0
    for dim, entry in enumerate(owner.inputs):
        e_owner = entry.owner
        if (e_owner is not None and isinstance(e_owner.op, Shape_i) and e_owner.op.i == dim
                and e_owner.inputs[0] is x):
            continue
        if (e_owner is not None and isinstance(e_owner.op, Subtensor) and len(e_owner.inputs) == 2
                and _index_value(e_owner.inputs[1]) == dim and e_owner.inputs[0].owner is not None
                and isinstance(e_owner.inputs[0].owner.op, Shape)
                and e_owner.inputs[0].owner.inputs[0] is x):
            continue
        value = _index_value(entry)
        if x.broadcastable[dim] and value == 1:
            continue
        if value == -1:
            n_minus_one += 1
            continue
        known = ctx.shape_of(x)[dim]
        if known is entry or (value is not None and _index_value(known) == value):
            continue
        return None
    return [x] if n_minus_one <= 1 else None


def _same_dim(a, b):
    """Two shape scalars known equal: equal constants, or the same computation (equal
    ops over the same inputs, e.g. two Shape_i{0}(x) nodes not merged yet)."""
    pairs = [(a, b)]
    while pairs:
        a, b = pairs.pop()
        if a is b:
            continue
        va, vb = constant_value(a), constant_value(b)
        if va is not None and vb is not None and int(va) == int(vb):
            continue
        if a.owner is None or b.owner is None or a.owner.op != b.owner.op \
                or a.index != b.index or len(a.owner.inputs) != len(b.owner.inputs):
            return False
        pairs.extend(zip(a.owner.inputs, b.owner.inputs))
    return True


def same_size(a, b):
    """Whether two shape entries are provably equal as Theano's ShapeFeature.same_shape
    proves it: one variable, equal constants, or Shape_i of one axis of the same graph."""
    if a is b:
        return True
    if isinstance(a, Constant) and isinstance(b, Constant):  # merged, unless made by a cast
        return a.signature() == b.signature() and a not in CAST_CONSTANTS and (
            b not in CAST_CONSTANTS)
    if a.owner is None or b.owner is None:
        return False
    if not isinstance(a.owner.op, Shape_i) or not isinstance(b.owner.op, Shape_i):
        return False
    return a.owner.op.i == b.owner.op.i and _same_dim(a.owner.inputs[0], b.owner.inputs[0])


@tracks(IncSubtensor, AdvancedIncSubtensor, AdvancedIncSubtensor1)
def inc_subtensor_of_alloc(node, ctx):
    """inc_subtensor(x[i], alloc(z, *shape)) -> inc_subtensor(x[i], assert(z, ...)): the
    increment broadcasts z by itself (Theano's local_useless_inc_subtensor_alloc); on each
    axis z broadcasts over and whose size is not provably x[i]'s, the Assert checks that
    the alloc's size is 1 or x[i]'s, as the alloc would have."""
    x, y, *indices = node.inputs
    if y.owner is None or not isinstance(y.owner.op, Alloc):
        return None
    z = y.owner.inputs[0]
    if isinstance(node.op, IncSubtensor):
        xi = Subtensor(node.op.idx)(x, *indices)
    elif isinstance(node.op, AdvancedIncSubtensor):
        xi = AdvancedSubtensor()(x, *indices)
    else:
        xi = AdvancedSubtensor1()(x, *indices)
    if xi.ndim > y.ndim:
        y = shape_padleft(y, xi.ndim - y.ndim)
    z_broad = (True,) * (xi.ndim - z.ndim) + z.broadcastable
    xi_dims, y_dims = ctx.shape_of(xi), ctx.shape_of(y)
    conds = [T.or_(T.eq(y.shape[k], 1), T.eq(y.shape[k], xi.shape[k]))
             for k in range(xi.ndim) if z_broad[k] and not same_size(xi_dims[k], y_dims[k])]
    if conds:
        z = Assert("`x[i]` and `y` do not have the same shape.")(z, *conds)
    return [node.op(x, z, *indices)]


@tracks(Elemwise)
def alloc_unary(node, ctx):
    """unary(alloc(x, *shape)) -> alloc(cast(unary(x)), *shape) (Theano's local_alloc_unary)."""
    if len(node.inputs) != 1:
        return None
    a = node.inputs[0]
    if a.owner is None or not isinstance(a.owner.op, Alloc):
        return None
    x, *dims = a.owner.inputs
    return [T.alloc(T.cast(node.op(x), node.outputs[0].dtype), *dims)]


@tracks(Join)
def join_make_vector(node, ctx):
    """Join(0, MakeVector(a, b), MakeVector(c), v) -> Join(0, MakeVector(a, b, c), v): runs
    of MakeVector inputs of one dtype merged (Theano's local_join_make_vector)."""
    if node.outputs[0].ndim != 1:
        return None
    merged = [node.inputs[1]]
    for item in node.inputs[2:]:
        last = merged[-1].owner
        if item.owner is not None and isinstance(item.owner.op, MakeVector) \
                and last is not None and isinstance(last.op, MakeVector) \
                and item.owner.op == last.op:
            merged[-1] = last.op(*(list(last.inputs) + list(item.owner.inputs)))
        else:
            merged.append(item)
    if len(merged) == len(node.inputs) - 1:
        return None
    return [T.join(node.inputs[0], *merged)]


@tracks(Join)
def join_one(node, ctx):
    """Join(axis, x) -> x (Theano's local_join_1)."""
    return [node.inputs[1]] if len(node.inputs) == 2 else None


def _step_is_one(step):
    if step is None:
        return True
    value = extract(step)
    return not isinstance(value, T.Variable) and value == 1


@tracks(Subtensor)
def useless_slice(node, ctx):
    """x[i, ::1, :] -> x[i]: trailing full slices dropped (Theano's local_useless_slice)."""
    entries = index_entries(node)
    keep = len(entries)
    while keep and isinstance(entries[keep - 1], slice) and entries[keep - 1].start is None \
            and entries[keep - 1].stop is None and _step_is_one(entries[keep - 1].step):
        keep -= 1
    if keep == len(entries):
        return None
    return [Subtensor.build(node.inputs[0], tuple(entries[:keep]))]


@tracks(Subtensor)
def useless_subtensor(node, ctx):
    """x[:, 0:, ::1] -> x: every entry a slice taking the whole axis (the part of Theano's
    local_useless_subtensor that needs no shape comparison)."""
    return _whole(node, ctx, constant_stops=False)


@tracks(Subtensor)
def useless_subtensor_to_length(node, ctx):
    """x[0:n] -> x for a constant n at least x's length, known as a constant (specialize's
    local_useless_subtensor, once its folding made the sizes constants: a loop's x[0:3]
    after save_mem sized it to 3 rows).  Not in canonicalize: there Theano's shape table
    still holds graphs where rngscope's static shapes know constants (x[1:][:3])."""
    return _whole(node, ctx, constant_stops=True)


def _whole(node, ctx, constant_stops):
    x = node.inputs[0]
    entries = index_entries(node)
    for entry in entries:
        if not isinstance(entry, slice):
            return None
        start = extract(entry.start)
        if entry.start is not None and (isinstance(start, T.Variable) or start != 0):
            return None
        if not _step_is_one(entry.step):
            return None
    for d, entry in enumerate(entries):
        if entry.stop is None:
            continue
        stop, length = extract(entry.stop), ctx.shape_of(x)[d]
        if isinstance(stop, T.Variable) or not constant_stops:
            if stop is not length:
                return None
        elif stop < (int(length.data) if isinstance(length, Constant) else sys.maxsize):
            return None
    return [x] if x.type == node.outputs[0].type else None
