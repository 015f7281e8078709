"""Op families the compiler (and the printers) ask about, in one place."""
from __future__ import annotations

from rngscope.random.mrg import MRGUniform
from rngscope.random.streams import RandomFunction
from rngscope.tensor.blas import Gemv, ScipyGer
from rngscope.tensor.elemwise import Elemwise
from rngscope.tensor.grad_ops import AdvancedIncSubtensor1, IncSubtensor
from rngscope.tensor.shape_ops import AdvancedIncSubtensor

__all__ = [
    "ADD_FAMILY", "MUL_FAMILY", "RANDOM", "UPCASTING", "WRITE_INPUT_0", "dispatch_key", "is_elemwise", "is_fill",
    "is_random", "offered", "scalar_cls", "tier", "tracks",
]

# scalar ops whose constant inputs Theano upcasts to the output dtype
UPCASTING = {"Add", "Mul", "TrueDiv", "Maximum", "Minimum", "IntDiv", "Mod", "Exp", "Log",
             "Log1p", "Sqrt", "Tanh", "Cos", "Sin", "Inv", "ScalarSigmoid", "ScalarSoftplus",
             "Floor", "Ceil"}
# the two algebraic families the canonizer rewrites (main, inverse, reciprocal)
MUL_FAMILY = ("Mul", "TrueDiv", "Inv")
ADD_FAMILY = ("Add", "Sub", "Neg")
# ops that will work in place on their input 0: an Alloc they read there is not folded
# into a constant (Theano's Alloc.do_constant_folding), so they may overwrite it
WRITE_INPUT_0 = (IncSubtensor, AdvancedIncSubtensor1, AdvancedIncSubtensor, Gemv, ScipyGer)
# ops that draw from a stream (input 0 the state, output 0 the advanced state): never
# folded, made in-place on their state; the printers mark their draws
RANDOM = (RandomFunction, MRGUniform)


def is_random(op):
    """Whether ``op`` draws from a random stream (numpy's RandomFunction, MRG's mrg_uniform)."""
    return isinstance(op, RANDOM)


def scalar_cls(node):
    """The scalar op's class name of a plain (not in-place) Elemwise node, else None."""
    if node is None:
        return None
    op = node.op
    return op.family if type(op) is Elemwise else None


def is_elemwise(node, *classes):
    """Whether ``node`` is a plain Elemwise whose scalar op is one of ``classes``."""
    return scalar_cls(node) in classes


def is_fill(node):
    """Whether ``node`` is ``fill(x, value)`` (Theano's ``second``)."""
    return node is not None and type(node.op) is Elemwise and node.op.family == "Second"


def tracks(*op_classes, families=None, needs=None, every_elemwise=False):
    """Mark a rewrite as applying only to nodes whose op is one of ``op_classes``.

    ``families`` narrows an Elemwise rule further to plain Elemwise nodes whose
    scalar op is in one of those families (see ``scalar_cls``); the driver then
    never offers the rule any other node.  ``needs`` names op classes the rule
    cannot fire without (gemm needs a Dot22 somewhere): a rewrite pass whose
    graph holds none of them skips the rule.

    The driver offers a node its rules in Theano's order: rules for every op
    first, then rules for the node's op class, then rules for its particular op
    (a family).  ``every_elemwise`` says that Theano offers the rule every
    Elemwise (it tracks the class) and ``families`` only spares the driver the
    nodes the rule cannot change.
    """

    def mark(rule):
        rule.ops = op_classes
        if families is not None:
            rule.families = frozenset(families)
        if needs is not None:
            rule.needs = needs
        rule.tier = 2 if families is not None and not every_elemwise else 1
        return rule

    return mark


def tier(rule):
    """When the driver offers a node ``rule``: 0 rules for every op, 1 rules for the
    node's op class, 2 rules for its particular op (Theano's EquilibriumOptimizer)."""
    if getattr(rule, "ops", None) is None:
        return 0
    return getattr(rule, "tier", 2 if getattr(rule, "families", None) is not None else 1)


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
