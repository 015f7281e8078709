"""Op families the rewrites ask about, in one place."""
from __future__ import annotations

import numpy as np

from rngscope.graph.basic import Constant
from rngscope.tensor.elemwise import DimShuffle, Elemwise
from rngscope.tensor.scalar import Cast
from rngscope.tensor.shape_ops import Alloc
from rngscope.tensor.variable import TensorConstant

# scalar ops whose constant inputs Theano upcasts to the output dtype
UPCASTING = {"Add", "Mul", "TrueDiv", "Maximum", "Minimum", "IntDiv", "Mod", "Exp", "Log",
             "Log1p", "Sqrt", "Tanh", "Cos", "Sin", "Inv", "ScalarSigmoid", "ScalarSoftplus",
             "Floor", "Ceil"}
# the two algebraic families the canonizer rewrites (main, inverse, reciprocal)
MUL_FAMILY = ("Mul", "TrueDiv", "Inv")
ADD_FAMILY = ("Add", "Sub", "Neg")


def scalar_cls(node):
    """The scalar op's class name of a plain (not in-place) Elemwise node, else None."""
    if node is None:
        return None
    op = node.op
    return op.family if type(op) is Elemwise else None


def is_elemwise(node, *classes):
    return scalar_cls(node) in classes


def is_fill(node):
    return node is not None and type(node.op) is Elemwise and node.op.family == "Second"


def constant_value(v):
    """The single value a variable always holds (Theano's get_scalar_constant_value), or None."""
    while True:
        if isinstance(v, TensorConstant):
            return v.scalar_value()
        if isinstance(v, Constant):
            return None
        node = v.owner
        if node is None:
            return None
        if isinstance(node.op, DimShuffle):
            v = node.inputs[0]
            continue
        if isinstance(node.op, Elemwise) and isinstance(node.op.scalar_op, Cast):
            inner = constant_value(node.inputs[0])
            return None if inner is None else np.asarray(inner).astype(node.op.scalar_op.dtype)
        if is_fill(node):
            v = node.inputs[1]
            continue
        if isinstance(node.op, Alloc):  # every element is the allocated value
            v = node.inputs[0]
            continue
        return None


def tracks(*op_classes, families=None, needs=None):
    """Mark a rewrite as applying only to nodes whose op is one of ``op_classes``.

    ``families`` narrows an Elemwise rule further to plain Elemwise nodes whose
    scalar op is in one of those families (see ``scalar_cls``); the driver then
    never offers the rule any other node.  ``needs`` names op classes the rule
    cannot fire without (gemm needs a Dot22 somewhere): a rewrite pass whose
    graph holds none of them skips the rule.
    """

    def mark(rule):
        rule.ops = op_classes
        if families is not None:
            rule.families = frozenset(families)
        if needs is not None:
            rule.needs = needs
        return rule

    return mark


def dispatch_key(op):
    """What the rewrite driver looks rules up by: the op's class, and its family if Elemwise."""
    cls = type(op)
    return cls, (op.family if cls is Elemwise else None)


def offered(rule, key):
    """Whether the driver offers ``rule`` nodes whose ``dispatch_key`` is ``key``."""
    cls, family = key
    ops = getattr(rule, "ops", None)
    if ops is not None and not issubclass(cls, ops):
        return False
    families = getattr(rule, "families", None)
    return families is None or (cls is Elemwise and family in families)
