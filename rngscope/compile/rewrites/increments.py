"""Gradient sums of indexed increments made a chain (Theano's local_IncSubtensor_serialize):
``add(x, inc(b, c), inc(b, d)) -> inc(inc(add(x, b, b), c), d)``, so that each increment
can later write in place instead of each making a tensor of the whole size.

A set of rows that adds to those same rows is an increment (Theano's
local_set_to_inc_subtensor): ``set_subtensor(x[i], x[i] + y) -> inc_subtensor(x[i], y)``,
for an integer-vector index; with a repeated index the increments then accumulate, as
Theano's compiled function does (a sparse AdaGrad accumulator's rows)."""
from __future__ import annotations

from rngscope.compile.vocabulary import tracks
from rngscope.tensor import basic as T
from rngscope.tensor.elemwise import Elemwise
from rngscope.tensor.grad_ops import AdvancedIncSubtensor1, IncSubtensor
from rngscope.tensor.shape_ops import AdvancedIncSubtensor, AdvancedSubtensor1

_INCREMENTS = (IncSubtensor, AdvancedIncSubtensor1, AdvancedIncSubtensor)


@tracks(Elemwise, families=("Add",))
def serialize_increments(node, ctx):
    """add(x, inc(b, c), inc(b, d)) -> inc(inc(add(x, b, b), c), d) for the increments (not
    sets) of the sum's type read by this add alone."""
    out_type = node.outputs[0].type

    def movable(v):
        inc = v.owner
        return (inc is not None and isinstance(inc.op, _INCREMENTS) and v.type == out_type
                and len(ctx.clients(v)) == 1 and not inc.op.set_instead_of_inc)

    moved = [v for v in node.inputs if movable(v)]
    if not moved:
        return None
    tip = T.add(*([v for v in node.inputs if not movable(v)] + [v.owner.inputs[0] for v in moved]))
    for v in moved:
        tip = v.owner.op(tip, *v.owner.inputs[1:])
    return [tip]


@tracks(AdvancedIncSubtensor1)
def set_to_inc_subtensor(node, ctx):
    """set(x, add(x[i], y), i) -> inc(x, y, i): an add of two terms, one of them the rows
    the set writes (the same x read at the same i)."""
    if not node.op.set_instead_of_inc:
        return None
    x, value, ilist = node.inputs
    add = value.owner
    if (add is None or not isinstance(add.op, Elemwise) or getattr(add.op.scalar_op, "cls", None) != "Add"
            or len(add.inputs) != 2):
        return None
    for k, term in enumerate(add.inputs):
        read = term.owner
        if (read is not None and isinstance(read.op, AdvancedSubtensor1)
                and read.inputs[0] is x and read.inputs[1] is ilist):
            return [AdvancedIncSubtensor1(inplace=node.op.inplace)(x, add.inputs[1 - k], ilist)]
    return None


__all__ = ["serialize_increments", "set_to_inc_subtensor"]
