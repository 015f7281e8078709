"""Broadcastable axes in compiled graphs (canonicalize and specialize, as Theano registers
these rules).

A Rebroadcast that changes no flag goes; one over a unary elementwise op or over another
Rebroadcast moves down; an index into a Rebroadcast indexes its input first; index 0 or -1 of
a broadcastable axis drops the axis.  A scan run for one step (``n_steps=1``) gives its outputs
a leading axis through ``Rebroadcast{0}`` of a ``DimShuffle{x,...}``: with these rules
``outputs[-1]`` is the step's own value again.
"""
from __future__ import annotations

from rngscope.compile.vocabulary import tracks
from rngscope.graph.basic import Constant
from rngscope.tensor.elemwise import DimShuffle, Elemwise
from rngscope.tensor.shape_ops import Rebroadcast, Subtensor

__all__ = ["BROADCAST", "rebroadcast_lift", "subtensor_of_rebroadcast",
           "subtensor_broadcastable_index", "useless_rebroadcast"]


@tracks(Rebroadcast)
def useless_rebroadcast(node, ctx):
    """Rebroadcast(x) -> x when no flag changes;  otherwise only the flags that change
    (Theano's local_useless_rebroadcast)."""
    x = node.inputs[0]
    if x.broadcastable == node.outputs[0].broadcastable:
        return [x]
    useful = tuple((a, flag) for a, flag in node.op.axis if x.broadcastable[a] != flag)
    if useful == node.op.axis:
        return None
    return [Rebroadcast(useful)(x)]


@tracks(Rebroadcast)
def rebroadcast_lift(node, ctx):
    """Rebroadcast(f(x)) -> f(Rebroadcast(x)) for a unary elementwise f read only there;
    Rebroadcast(Rebroadcast(x)) -> one Rebroadcast, the outer flags winning (Theano's
    local_rebroadcast_lift)."""
    x = node.inputs[0]
    inode = x.owner
    if inode is None:
        return None
    if isinstance(inode.op, Elemwise) and len(inode.inputs) == 1 and len(ctx.clients(x)) == 1:
        return [inode.op(Rebroadcast(node.op.axis)(inode.inputs[0]))]
    if isinstance(inode.op, Rebroadcast):
        flags = dict(inode.op.axis)
        flags.update(node.op.axis)
        return [Rebroadcast(tuple(sorted(flags.items())))(inode.inputs[0])]
    return None


@tracks(Subtensor)
def subtensor_of_rebroadcast(node, ctx):
    """Rebroadcast(x)[idx] -> Rebroadcast(x[idx]) flagging each kept axis as the
    Rebroadcast had it (the Rebroadcast case of Theano's local_subtensor_lift; only when
    the index is the Rebroadcast's one reader)."""
    u = node.inputs[0]
    if u.owner is None or not isinstance(u.owner.op, Rebroadcast) or len(ctx.clients(u)) > 1:
        return None
    kept = [d for d, entry in enumerate(node.op.idx) if isinstance(entry, tuple)]
    kept += range(len(node.op.idx), u.ndim)
    flags = tuple((j, u.broadcastable[d]) for j, d in enumerate(kept))
    inner = node.op(u.owner.inputs[0], *node.inputs[1:])
    return [Rebroadcast(flags)(inner)]


@tracks(Subtensor)
def subtensor_broadcastable_index(node, ctx):
    """x[0] or x[-1] on a broadcastable axis (the other entries full slices) -> x with that
    axis dropped by a DimShuffle (Theano's local_subtensor_remove_broadcastable_index)."""
    x = node.inputs[0]
    indices = iter(node.inputs[1:])
    dropped = []
    for axis, entry in enumerate(node.op.idx):
        if isinstance(entry, tuple):
            if entry != (None, None, None):
                return None
            continue
        k = next(indices)
        if not (isinstance(k, Constant) and int(k.data) in (0, -1) and x.broadcastable[axis]):
            return None
        dropped.append(axis)
    if not dropped:
        return None
    kept = tuple(d for d in range(x.ndim) if d not in dropped)
    return [DimShuffle(x.broadcastable, kept)(x)]


BROADCAST = (useless_rebroadcast, rebroadcast_lift, subtensor_of_rebroadcast,
             subtensor_broadcastable_index)
