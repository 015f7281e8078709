"""``T.Rop``: the Jacobian of ``f`` times ``eval_points``, built forward as Theano 1.0.5
builds it.

The walk starts at each output and visits a node's inputs before the node (Theano's
recursive ``_traverse``, made iterative).  Each input gets an evaluation point: the
point given for it when it is one of ``wrt``, zeros like it when it is a graph input
(``None`` for what has no zeros, a random state), else its owner's R-operator result.
The node's op then gives one result per output from the points (``ROP_RULES[op class]``,
``None``: not differentiable there); an op without a rule is refused with Theano's
NotImplementedError.  The rules, one per op class, are in ``rop_rules.py``; the loop's
registers itself from the compile layer.
"""
from __future__ import annotations

import warnings

from rngscope.graph.basic import Variable
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import DisconnectedInputError, _backtrace
from rngscope.tensor.rop_rules import ROP_RULES, missing_rop
from rngscope.tensor.variable import TensorType

__all__ = ["Rop"]


def _as_list(x):
    return list(x) if isinstance(x, (list, tuple)) else [x]


def Rop(f, wrt, eval_points, disconnected_outputs="raise", return_disconnected="zero"):
    """``d f / d wrt * eval_points``: wrt and eval_points one-to-one, a result per f."""
    using_list, using_tuple = isinstance(f, list), isinstance(f, tuple)
    wrt, points, fs = _as_list(wrt), _as_list(eval_points), _as_list(f)
    assert len(wrt) == len(points)
    for i, (w, p) in enumerate(zip(wrt, points)):
        w = w if isinstance(w, Variable) else T.as_tensor_variable(w)
        p = p if isinstance(p, Variable) else T.as_tensor_variable(p)
        w_ndim, p_ndim = getattr(w.type, "ndim", None), getattr(p.type, "ndim", None)
        if w_ndim is not None and p_ndim is not None and w_ndim != p_ndim:
            raise ValueError("Element %d of wrt/eval_point have mismatched dimensionality: "
                             "%d versus %d" % (i, w_ndim, p_ndim))
    seen = forward_points(fs, wrt, points)
    results = []
    for out in fs:
        if any(out is w for w in wrt):
            results.append(points[_index(wrt, out)])
            continue
        got = seen.get(id(out.owner)) if out.owner is not None else None
        value = None if got is None else got[out.owner.outputs.index(out)]
        if value is None:
            value = _disconnected(out, disconnected_outputs, return_disconnected)
        results.append(value)
    if using_list:
        return results
    if using_tuple:
        return tuple(results)
    return results[0]


def _index(seq, v):
    return next(k for k, w in enumerate(seq) if w is v)


def _disconnected(out, mode, returned):
    if mode == "warn":
        warnings.warn("Rop method was asked to compute the gradient with respect to a variable "
                      "that is not part of the computational graph of variables in wrt, or is "
                      "used only by a non-differentiable operator: %s" % out, stacklevel=3)
    elif mode == "raise":
        raise DisconnectedInputError(" \n" + _backtrace(out))
    elif mode != "ignore":
        raise ValueError("Invalid value for keyword 'disconnected_inputs', valid values are "
                         "'ignore', 'warn' and 'raise'.")
    kind = returned.lower()
    if kind == "zero":
        return T.zeros_like(out)
    if kind == "none":
        return None
    if kind == "disconnected":
        raise NotImplementedError("Rop(return_disconnected='Disconnected') is not implemented "
                                  "by rngscope")
    raise ValueError("Invalid value for keyword 'return_disconnected', valid values are 'zero', "
                     "'None' and 'Disconnected'.")


def forward_points(outputs, wrt, points):
    """{id(node): its R-operator results} for every node ``outputs`` reach, each computed
    after its inputs' and each input's point made in the order of Theano's recursive walk."""
    seen = {}
    for out in outputs:
        if out.owner is None or id(out.owner) in seen:
            continue
        stack = [(out.owner, [])]
        while stack:
            node, local = stack[-1]
            while len(local) < len(node.inputs):
                inp = node.inputs[len(local)]
                if any(inp is w for w in wrt):
                    point = points[_index(wrt, inp)]
                elif inp.owner is None:
                    point = T.zeros_like(inp) if isinstance(inp.type, TensorType) else None
                elif id(inp.owner) in seen:
                    point = seen[id(inp.owner)][inp.owner.outputs.index(inp)]
                else:
                    break
                local.append(point)
            if len(local) < len(node.inputs):
                stack.append((node.inputs[len(local)].owner, []))
                continue
            stack.pop()
            same = [None if y is None else _same_type(x, y) for x, y in zip(node.inputs, local)]
            seen[id(node)] = _node_rop(node, same)
    return seen


def _same_type(x, y):
    """``y`` as a variable of ``x``'s type: its broadcast pattern made ``x``'s, or cast to
    ``x``'s dtype (Theano's filter_variable, then its cast for integer inputs)."""
    if not isinstance(y, Variable):
        y = T.as_tensor_variable(y)
    if y.type == x.type:
        return y
    if isinstance(x.type, TensorType) and isinstance(y.type, TensorType):
        if y.type.dtype != x.type.dtype:
            y = T.cast(y, x.type.dtype)
        if y.type.broadcastable != x.type.broadcastable:
            y = T.patternbroadcast(y, x.type.broadcastable)
    return x.type.filter_variable(y)


def _node_rop(node, points):
    rule = ROP_RULES.get(type(node.op))
    if rule is None:
        missing_rop(node.op)
    return list(rule(node, points))
