"""Rewrites that remove or insert Asserts: conditions the compiler can prove dropped
(Theano's local_remove_useless_assert), every Assert dropped when a mode includes 'unsafe'
(local_remove_all_assert), and a product with a zero constant replaced by
zeros whose inner sizes are still checked (local_0_dot_x)."""
from __future__ import annotations

from rngscope.compile.vocabulary import tracks
from rngscope.tensor import basic as T
from rngscope.tensor.assert_op import Assert, assert_op
from rngscope.tensor.blas import Dot
from rngscope.tensor.static import constant_value

__all__ = ["remove_all_assert", "remove_useless_assert", "zero_dot"]


@tracks(Assert)
def remove_useless_assert(node, ctx):
    """assert(x, true, c) -> assert(x, c); assert(x, true...) -> x.

    The rebuilt Assert is Theano's ``assert_``: its message is the default one, whatever
    the original said (Theano 1.0.5 does not copy ``msg``)."""
    value, *conds = node.inputs
    kept = [c for c in conds if not _surely_true(c)]
    if not kept:
        return [value]
    if len(kept) != len(conds):
        return [assert_op(value, *kept)]
    return None


@tracks(Assert)
def remove_all_assert(node, ctx):
    """assert(x, ...) -> x, whatever the conditions (Theano's local_remove_all_assert, which
    no mode runs unless a script includes 'unsafe' or its name)."""
    return [node.inputs[0]]


def _surely_true(cond):
    known = constant_value(cond)
    return known is not None and getattr(known, "ndim", 0) == 0 and known != 0


@tracks(Dot)
def zero_dot(node, ctx):
    """dot(0, y) | dot(x, 0) -> alloc(assert(0, x.shape[-1] == y.shape[0]), *out shape)
    (Theano's local_0_dot_x: the product is zeros, its inner sizes still checked)."""
    x, y = node.inputs
    if not (_is_constant_zero(x) or _is_constant_zero(y)):
        return None
    zero = T.constant(0, dtype=node.outputs[0].type.dtype)
    inner = T.eq(x.shape[x.ndim - 1], y.shape[0])
    zero = assert_op(zero, inner)
    if x.ndim == 2 and y.ndim == 2:
        return [T.alloc(zero, x.shape[0], y.shape[1])]
    if x.ndim == 1 and y.ndim == 2:
        return [T.alloc(zero, y.shape[1])]
    if x.ndim == 2 and y.ndim == 1:
        return [T.alloc(zero, x.shape[0])]
    return [zero]


def _is_constant_zero(v):
    value = constant_value(v, only_process_constants=True)  # local_0_dot_x: constants only
    return value is not None and value == 0
