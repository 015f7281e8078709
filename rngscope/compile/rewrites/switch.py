"""Theano's switch rewrites that change compiled graphs: an elementwise op whose inputs
are all switches on one condition becomes one switch of the op applied to each side
(the gradient of a switch adds a switch per branch; this folds them back into one)."""
from __future__ import annotations

from rngscope.compile.vocabulary import scalar_cls, tracks
from rngscope.tensor import basic as T
from rngscope.tensor.elemwise import Elemwise
from rngscope.tensor.variable import TensorConstant

__all__ = ["SWITCH", "SWITCH_SPECIALIZE", "div_switch_sink", "merge_switch_same_cond",
           "mul_switch_sink"]


def _is_zero(v):
    """A constant zero itself (Theano's only_process_constants: no look through ops)."""
    return isinstance(v, TensorConstant) and (c := v.scalar_value()) is not None and c == 0


def _switch_of(v):
    return v.owner if scalar_cls(v.owner) == "Switch" else None


@tracks(Elemwise, families=("Mul",))
def mul_switch_sink(node, ctx):
    """mul(a, switch(c, 0, y), b) -> switch(c, 0, mul(a, b, y)), and the same with the zero
    in the other branch (Theano's local_mul_switch_sink)."""
    for k, i in enumerate(node.inputs):
        sw = _switch_of(i)
        if sw is None:
            continue
        rest = list(node.inputs[:k]) + list(node.inputs[k + 1:])
        cond, ift, iff = sw.inputs
        if _is_zero(ift):
            return _same_type(node, T.switch(cond, 0, T.mul(*(rest + [iff]))))
        if _is_zero(iff):
            return _same_type(node, T.switch(cond, T.mul(*(rest + [ift])), 0))
    return None


@tracks(Elemwise, families=("TrueDiv", "IntDiv"))
def div_switch_sink(node, ctx):
    """switch(c, 0, y) / d -> switch(c, 0, y / d), and the same with the zero in the other
    branch (Theano's local_div_switch_sink)."""
    sw = _switch_of(node.inputs[0])
    if sw is None:
        return None
    base = Elemwise(node.op.scalar_op)
    cond, ift, iff = sw.inputs
    if _is_zero(ift):
        return _same_type(node, T.switch(cond, 0, base(iff, node.inputs[1])))
    if _is_zero(iff):
        return _same_type(node, T.switch(cond, base(ift, node.inputs[1]), 0))
    return None


def _same_type(node, out):
    return [out] if out.type == node.outputs[0].type else None


@tracks(Elemwise, every_elemwise=True)
def merge_switch_same_cond(node, ctx):
    """op(switch(c, a, b), switch(c, d, e)) -> switch(c, op(a, d), op(b, e)) for a binary
    op, add or mul (Theano's local_merge_switch_same_cond)."""
    op = node.op
    if type(op) is not Elemwise or op.family is None:
        return None
    if op.scalar_op.nin != 2 and op.family not in ("Add", "Mul"):
        return None
    switches = [i.owner for i in node.inputs]
    if not all(scalar_cls(s) == "Switch" for s in switches):
        return None
    cond = switches[0].inputs[0]
    if not all(s.inputs[0] is cond for s in switches[1:]):
        return None
    base = Elemwise(op.scalar_op)
    out = T.switch(cond, base(*[s.inputs[1] for s in switches]),
                   base(*[s.inputs[2] for s in switches]))
    return _same_type(node, out)


SWITCH = (mul_switch_sink, div_switch_sink, merge_switch_same_cond)
SWITCH_SPECIALIZE = (mul_switch_sink,)
