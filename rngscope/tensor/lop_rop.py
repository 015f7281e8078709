"""``T.Lop`` and ``T.Rop``: vector-Jacobian and Jacobian-vector products.

``Lop(f, wrt, v)`` is ``v^T J``: the gradient walk seeded with ``v`` at ``f`` (Theano's
own definition, through ``grad(cost=None, known_grads=...)``).  ``Rop(f, wrt, v)`` is
``J v``, built forward from each op's R-operator as Theano builds it (``rop.py``).
"""
from __future__ import annotations

from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad
from rngscope.tensor.rop import Rop

__all__ = ["Lop", "Rop"]


def _as_list(x):
    return list(x) if isinstance(x, (list, tuple)) else [x]


def _format(like, values):
    if isinstance(like, list):
        return list(values)
    if isinstance(like, tuple):
        return tuple(values)
    return values[0]


def Lop(f, wrt, eval_points, consider_constant=None, disconnected_inputs="raise"):
    """``eval_points^T * d f / d wrt``: f and eval_points one-to-one, a result per wrt."""
    fs, points = _as_list(f), _as_list(eval_points)
    if len(fs) != len(points):
        raise AssertionError("f and eval_points must have the same length")
    known = {fv: T.as_tensor_variable(p) for fv, p in zip(fs, points)}
    got = grad(None, _as_list(wrt), consider_constant=consider_constant,
               disconnected_inputs=disconnected_inputs, known_grads=known)
    return _format(wrt, got)
