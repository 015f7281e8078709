"""Theano's error-function rewrites: a ``1 +`` or ``1 -`` next to erf or erfc becomes the
other function, which has no cancellation (``1 + erf(x)`` is ``erfc(-x)``).

Each rule reads a two-input add or sub whose first input is the constant (the
canonizer puts constants first), as Theano's PatternSub patterns do; Theano registers
them in canonicalize, stabilize and specialize alike.
"""
from __future__ import annotations

from rngscope.compile.vocabulary import scalar_cls, tracks
from rngscope.tensor import basic as T
from rngscope.tensor.elemwise import Elemwise
from rngscope.tensor.special import erf, erfc
from rngscope.tensor.static import constant_value

__all__ = ["ERF"]


def _is_const(v, value):
    """Whether ``v`` is a constant holding ``value`` (a PatternSub matches constants only)."""
    c = constant_value(v, only_process_constants=True)
    return c is not None and c.ndim == 0 and c == value


def _inner(v, *classes):
    """``x`` when ``v`` is ``f(x)`` for an elementwise f of one of ``classes``
    (``mul(-1, x)`` counts as "Neg"), else None."""
    node = v.owner
    cls = scalar_cls(node)
    if cls in classes and len(node.inputs) == 1:
        return node.inputs[0]
    if "Neg" in classes and cls == "Mul" and len(node.inputs) == 2 and _is_const(node.inputs[0], -1):
        return node.inputs[1]
    return None


def _pair(node, value):
    """The second input of a two-input add/sub whose first input is ``value``, or None."""
    if len(node.inputs) != 2 or not _is_const(node.inputs[0], value):
        return None
    return node.inputs[1]


def _same_type(node, out):
    return [out] if out.type == node.outputs[0].type else None


def _erf_arg(v):
    return _inner(v, "Erf")


def _erfc_arg(v):
    return _inner(v, "Erfc")


@tracks(Elemwise, families=("Add",))
def one_plus_erf(node, ctx):
    """1 + erf(x) -> erfc(-x); 1 + (-erf(x)) -> erfc(x); 1 + (-erfc(x)) -> erf(x)"""
    other = _pair(node, 1)
    if other is None:
        return None
    x = _erf_arg(other)
    if x is not None:
        return _same_type(node, erfc(-x))
    flipped = _inner(other, "Neg")
    if flipped is None:
        return None
    x = _erf_arg(flipped)
    if x is not None:
        return _same_type(node, erfc(x))
    x = _erfc_arg(flipped)
    return None if x is None else _same_type(node, erf(x))


@tracks(Elemwise, families=("Sub",))
def one_minus_erf(node, ctx):
    """1 - erf(x) -> erfc(x); 1 - erfc(x) -> erf(x)"""
    other = _pair(node, 1)
    if other is None:
        return None
    x = _erf_arg(other)
    if x is not None:
        return _same_type(node, erfc(x))
    x = _erfc_arg(other)
    return None if x is None else _same_type(node, erf(x))


@tracks(Elemwise, families=("Add",))
def minus_one_plus_erf(node, ctx):
    """-1 + erf(x) -> -erfc(x); -1 + erfc(-x) -> erf(x)"""
    other = _pair(node, -1)
    if other is None:
        return None
    x = _erf_arg(other)
    if x is not None:
        return _same_type(node, T.neg(erfc(x)))
    inner = _erfc_arg(other)
    x = None if inner is None else _inner(inner, "Neg")
    return None if x is None else _same_type(node, erf(x))


ERF = (one_plus_erf, one_minus_erf, minus_one_plus_erf)
