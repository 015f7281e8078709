"""What a graph says about values before it runs.

``constant_value(v)`` is the one value ``v`` always holds when the graph makes
that plain, as Theano 1.0.5's ``get_scalar_constant_value`` finds it;
``size_entries(size)`` the scalar entries of a size vector when they are
visible.  The compiler's rewrites and shape inference ask these, and so does a
random op choosing its output's broadcastable pattern.
"""
from __future__ import annotations

import numpy as np

from rngscope.graph.basic import Constant
from rngscope.tensor import shape_ops as _shape_ops
from rngscope.tensor.assert_op import Assert
from rngscope.tensor.elemwise import Elemwise
from rngscope.tensor.shape_ops import Join, MakeVector, Rebroadcast, Shape, Shape_i, Subtensor
from rngscope.tensor.variable import TensorConstant, constant

__all__ = ["constant_value", "size_entries"]

# the scalar ops whose elementwise results get_scalar_constant_value computes from
# constant inputs (Theano's get_scalar_constant_value_elemwises), by class name
COMPUTED = frozenset(("Cast", "Switch", "NEQ", "EQ", "LT", "GT", "LE", "GE", "Sub", "Add",
                      "Mod", "Mul", "IntDiv", "TrueDiv", "Minimum", "Maximum"))


def constant_value(v, elemwise=True, only_process_constants=False, max_recur=10):
    """The single value ``v`` always holds (a numpy value), or None, as Theano 1.0.5's
    get_scalar_constant_value finds it.

    Through allocs, views, copies, fills, asserts whose conditions are constant and true,
    ``x.shape[i]`` of a constant or of an axis that broadcasts (1), a 0-d item of a
    constant, MakeVector, Join or Shape, and (unless ``elemwise`` is False) the
    arithmetic and comparisons of constants, computed.  ``only_process_constants``
    reads constants alone; ``max_recur`` ops deep at most.  Nested questions (an
    assert's conditions, an index, an operand) ask with the defaults, as Theano's do.
    """
    if _MEMO:  # a nested question: answered once per question asked from outside
        memo = _MEMO[-1]
        key = (id(v), elemwise, only_process_constants, max_recur)
        if key not in memo:
            memo[key] = _walk(v, elemwise, only_process_constants, max_recur)
        return memo[key]
    _MEMO.append({})
    try:
        return _walk(v, elemwise, only_process_constants, max_recur)
    finally:
        _MEMO.pop()


# One table per question asked from outside: (id(v), options, depth left) -> value.  The
# slice bounds of nested loops share their terms, and without it a bound's arithmetic was
# walked once per path to it (up to 3 ** 10 times; 1.4 M steps for a Hessian through scan).
_MEMO = []


def _walk(v, elemwise, only_process_constants, max_recur):
    while True:
        if v is None:
            return None
        if isinstance(v, (int, float, np.integer)):
            return np.asarray(v)
        if isinstance(v, np.ndarray):
            return v.copy() if v.size == 1 else None
        if isinstance(v, TensorConstant):
            return v.scalar_value()
        if isinstance(v, Constant):
            data = np.asarray(v.data)
            return data if data.size == 1 and data.dtype.kind in "biufc" else None
        node = getattr(v, "owner", None)
        if only_process_constants or node is None or max_recur <= 0:
            return None
        max_recur -= 1
        op = node.op
        if op.holds_input_value:  # an alloc, a view, a copy
            v = node.inputs[0]
        elif isinstance(op, Shape_i):
            x = node.inputs[0]
            if isinstance(x, Constant):
                return np.asarray(np.shape(x.data)[op.i])
            return np.asarray(1) if x.broadcastable[op.i] else None
        elif isinstance(op, Assert):
            conds = [constant_value(c, max_recur=max_recur) for c in node.inputs[1:]]
            if not all(c is not None and np.ndim(c) == 0 and c != 0 for c in conds):
                return None
            v = node.inputs[0]
        elif isinstance(op, Elemwise):
            name = getattr(op.scalar_op, "cls", None)
            if name == "Second":  # fill(shape_of, value): every element is the value
                v = node.inputs[1]
            elif elemwise and name in COMPUTED:
                return _computed(node, max_recur)
            else:
                return None
        elif isinstance(op, Subtensor) and v.ndim == 0:
            found = _item(node, max_recur)
            if not isinstance(found, tuple):
                return found
            v = found[0]  # an item of one of a Join's vectors: that vector's item
        else:
            return None


def _computed(node, max_recur):
    """The output of an elementwise op over inputs that are all constant, computed."""
    values = [constant_value(i, max_recur=max_recur) for i in node.inputs]
    if any(x is None for x in values):
        return None
    with np.errstate(all="ignore"):
        return np.asarray(node.op.perform(node, values)[0]).copy()


def _index(node, max_recur):
    """The constant value of a one-entry Subtensor's index, or None."""
    if isinstance(node.op.idx[0], tuple):
        return None
    found = constant_value(node.inputs[1], max_recur=max_recur)
    return None if found is None or np.ndim(found) else int(found)


def _item(node, max_recur):
    """A 0-d Subtensor's value (or None), or ``(v,)`` for a variable holding the same value:
    an item of a constant, of a MakeVector of scalars, of a Join, or ``x.shape[i]`` of an
    axis ``x`` broadcasts."""
    x = node.inputs[0]
    if isinstance(x, TensorConstant):
        idx = [constant_value(i, max_recur=max_recur) for i in node.inputs[1:]]
        if any(i is None for i in idx):
            return None
        try:
            return np.asarray(x.data[tuple(int(i) for i in idx)]).copy()
        except IndexError:
            return None
    src = x.owner
    if src is None or len(node.op.idx) != 1:
        return None
    if isinstance(src.op, Join):
        parts = src.inputs[1:]
        k = _index(node, max_recur)
        if k is None:
            return None
        if all(p.ndim == 0 for p in parts):
            found = constant_value(parts[k], max_recur=max_recur)
            return None if found is None else np.asarray(found, dtype=node.outputs[0].dtype)
        if all(p.ndim == 1 for p in parts):
            length = 0
            for part in parts:
                n = _vector_length(part)
                if n is None:
                    return None
                if k < length + n:
                    return (Subtensor.build(part, k - length),)
                length += n
        return None
    if isinstance(src.op, MakeVector):
        if not all(i.ndim == 0 for i in src.inputs):
            return None
        k = _index(node, max_recur)
        if k is None:
            return None
        found = constant_value(src.inputs[k], max_recur=max_recur)
        return None if found is None else np.asarray(found, dtype=node.outputs[0].dtype)
    if isinstance(src.op, Shape):
        k = _index(node, max_recur)
        if k is None:
            return None
        y = src.inputs[0]
        flags = list(y.broadcastable)
        if y.owner is not None and isinstance(y.owner.op, Rebroadcast):
            flags = [a or b for a, b in zip(y.owner.inputs[0].broadcastable, flags)]
        return np.asarray(1) if k < len(flags) and flags[k] else None
    return None


def _vector_length(v):
    """A vector's static length (a constant, a MakeVector, a Shape, through unary
    elementwise ops), else None."""
    while v.owner is not None and isinstance(v.owner.op, Elemwise) and len(v.owner.inputs) == 1:
        v = v.owner.inputs[0]
    if isinstance(v, TensorConstant):
        return len(v.data)
    if v.owner is not None and isinstance(v.owner.op, MakeVector):
        return len(v.owner.inputs)
    if v.owner is not None and isinstance(v.owner.op, Shape):
        return v.owner.inputs[0].ndim
    return None


def size_entries(size):
    """The scalar entries of a size vector when they are visible (constant or MakeVector)."""
    while size.owner is not None and isinstance(size.owner.op, Elemwise) and len(
        size.owner.inputs
    ) == 1:
        size = size.owner.inputs[0]
    if isinstance(size, TensorConstant):
        return [constant(int(s), dtype="int64") for s in size.data.reshape(-1)]
    if size.owner is not None and isinstance(size.owner.op, MakeVector):
        return list(size.owner.inputs)
    return None


_shape_ops.BOUND_VALUE[0] = constant_value  # Subtensor reads its slice bounds as Theano does
