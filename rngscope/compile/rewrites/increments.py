"""Gradient sums of indexed increments made a chain (Theano's local_IncSubtensor_serialize):
``add(x, inc(b, c), inc(b, d)) -> inc(inc(add(x, b, b), c), d)``, so that each increment
can later write in place instead of each making a tensor of the whole size."""
from __future__ import annotations

from rngscope.compile.vocabulary import tracks
from rngscope.tensor import basic as T
from rngscope.tensor.elemwise import Elemwise
from rngscope.tensor.grad_ops import AdvancedIncSubtensor1, IncSubtensor
from rngscope.tensor.shape_ops import AdvancedIncSubtensor

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


__all__ = ["serialize_increments"]
