"""``T.Lop`` and ``T.Rop``: vector-Jacobian and Jacobian-vector products.

``Lop(f, wrt, v)`` is ``v^T J``: the gradient walk seeded with ``v`` at ``f`` (Theano's
own definition, through ``grad(cost=None, known_grads=...)``).  ``Rop(f, wrt, v)`` is
``J v``.  Theano builds it forward, from each op's R_op; rngscope builds it from two
reverse walks: ``J^T u`` for a placeholder ``u`` is linear in ``u``, so its gradient
against ``v`` w.r.t. ``u`` is ``J v``, after which the placeholder (still read for its
shape by fills) is replaced by zeros of ``f``'s shape.  The values are ``J v``; the graph
is not the one Theano's R_ops build.
"""
from __future__ import annotations

from rngscope.graph.basic import ancestors, clone_replace
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad

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


def Rop(f, wrt, eval_points, disconnected_outputs="raise"):
    """``d f / d wrt * eval_points``: wrt and eval_points one-to-one, a result per f."""
    fs, wrts, points = _as_list(f), _as_list(wrt), [T.as_tensor_variable(p) for p in _as_list(eval_points)]
    if len(wrts) != len(points):
        raise ValueError("`wrt` must be the same length as `eval_points`.")
    for i, (w, p) in enumerate(zip(wrts, points)):
        if w.type.ndim != p.type.ndim:
            raise ValueError("Element %d of wrt/eval_point have mismatched dimensionality; %d "
                             "dimensions versus %d dimensions." % (i, w.type.ndim, p.type.ndim))
    results = []
    for fv in fs:
        u = fv.type("u")
        vjp = grad(None, wrts, known_grads={fv: u}, disconnected_inputs="ignore")
        _refuse_loops(fv, vjp)
        inner = T.add(*[T.sum(g * p) for g, p in zip(vjp, points)])
        jvp = grad(inner, u, disconnected_inputs="ignore")
        (jvp,), _memo = clone_replace([jvp], {u: T.zeros_like(fv)})
        results.append(jvp)
    return _format(f, results)


def _refuse_loops(f, vjp):
    """The second reverse pass would differentiate a gradient loop with respect to its
    output gradients, which Theano's Scan.L_op gets wrong (it reads the buffers' final
    rows): refused, as Theano 1.0.5 cannot compile the R_op of a gradient loop either."""
    for v in ancestors(list(vjp)):
        op = getattr(v.owner, "op", None)
        if getattr(op, "n_mitmot", 0):
            message = ("T.Rop through theano.scan is not implemented by rngscope: it would "
                       "differentiate the gradient loop %s with respect to its output gradients" % op)
            if any(getattr(getattr(a.owner, "op", None), "n_mitmot", 0) for a in ancestors([f])):
                # Theano builds this R_op but its compiled loop fails (a ValueError)
                raise ValueError(message + "; Theano 1.0.5 cannot compile the R_op of a "
                                 "gradient loop either (use T.Lop for a Hessian-vector product)")
            raise NotImplementedError(message)
