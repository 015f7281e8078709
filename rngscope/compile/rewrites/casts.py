"""A cast of a cast made one (Theano's local_cast_cast, in canonicalize and specialize).

A loop's length given as an int32 scalar reaches a float mean as
``Cast{float64}(Cast{int64}(n))`` (the shape vector is int64); the widening cast in the
middle changes no value, so it goes, and the int64 cast the loop's size arithmetic
needs is left with one reader (fusion then takes it into that arithmetic's Composite).
"""
from __future__ import annotations

from rngscope.compile.vocabulary import tracks
from rngscope.tensor import scalar as scal
from rngscope.tensor.elemwise import Elemwise

__all__ = ["CASTS", "cast_cast", "is_an_upcast"]

# (kind, precision): bool, uint, int, float, complex; from higher to lower is never an
# upcast (Theano's is_an_upcast table)
_CATEGORY = {
    "bool": (0, 0),
    "uint8": (1, 1), "uint16": (1, 2), "uint32": (1, 3), "uint64": (1, 4),
    "int8": (2, 1), "int16": (2, 2), "int32": (2, 3), "int64": (2, 4),
    "float16": (3, 1.5), "float32": (3, 2.5), "float64": (3, 3.5),
    "complex64": (4, 3), "complex128": (4, 4),
}


def is_an_upcast(from_dtype, to_dtype):
    """Whether converting ``from_dtype`` to ``to_dtype`` widens it: the same kind or a
    later one, and strictly more precision (int32 -> int64, not int64 -> float64)."""
    a, b = _CATEGORY[from_dtype], _CATEGORY[to_dtype]
    return b[0] >= a[0] and b[1] > a[1]


def _is_cast(node):
    return node is not None and isinstance(node.op, Elemwise) and isinstance(
        node.op.scalar_op, scal.Cast)


@tracks(Elemwise)
def cast_cast(node, ctx):
    """cast(cast(x, t1), t2) -> cast(x, t1) when t1 == t2; x when the first cast widens
    and t2 is x's own dtype; cast(x, t2) when the first cast widens."""
    inner = node.inputs[0].owner
    if not _is_cast(node) or not _is_cast(inner):
        return None
    first, second = inner.outputs[0].dtype, node.outputs[0].dtype
    base = inner.inputs[0]
    if first == second:
        return [inner.outputs[0]]
    if not is_an_upcast(base.dtype, first):
        return None
    if second == base.dtype:
        return [base]
    return [node.op(base)]


CASTS = (cast_cast,)
