"""Reverse-mode gradients: Theano's ``tensor.grad``.

Contract: ``grad(cost, wrt)`` builds symbolic gradient graphs.  The nodes between
the inputs and ``cost`` are sorted once; walking them backwards (an explicit
stack, never recursion) each node whose outputs received gradients asks the rule
registered for its op class (``grad_rules.RULES``) for its inputs' gradients.  A rule takes
``(node, output_grads)`` and returns one entry per input: a variable, ``None``
(disconnected), or a ``Null`` (the gradient is undefined, with Theano's reason).
A fused ``Composite`` is expanded into plain elementwise nodes whose gradients
are taken in the same walk.  Gradient terms reaching one variable are summed in
the order of its clients, as Theano sums them.
"""
from __future__ import annotations

import sys
import traceback
import warnings

from rngscope.graph.basic import Variable, nodes_between
from rngscope.graph.types import DISCRETE_DTYPES
from rngscope.tensor import basic as T
from rngscope.tensor.bn import BN_CONNECTIONS
from rngscope.tensor.grad_ops import (
    ConsiderConstant, DisconnectedGrad, GradClip, GradScale, UndefinedGrad, ZeroGrad,
)
from rngscope.tensor.grad_rules import (
    NOT_CONNECTED, RULES, SCALAR_RULES, MethodNotDefined, Null, expand_composite, float_dtype,
    cast_zeros_of, is_composite, is_float, zeros_of,
)


# op class -> f(node) giving reach[i][k], whether input i reaches output k; an op not
# here connects every input to every output (the loops register theirs)
CONNECTIONS = dict(BN_CONNECTIONS)


class DisconnectedInputError(ValueError):
    """A wrt variable the cost does not depend on (Theano's DisconnectedInputError)."""


class NullTypeGradError(TypeError):
    """A gradient that is mathematically undefined was asked for."""


class NullType:
    """The type of a variable standing for an undefined gradient (what an op's ``grad``
    returns through ``grad_undefined`` / ``grad_not_implemented``)."""

    def __init__(self, why_null="(no explanation given)"):
        self.why_null = why_null

    def __call__(self, name=None):
        return Variable(self, name=name)

    def __str__(self):
        return "NullType"

    __repr__ = __str__


class DisconnectedType:
    """The type of the variable a user's op's ``grad`` returns for an input the output does
    not depend on (``theano.gradient.DisconnectedType()()``): no gradient flows there."""

    def __call__(self, name=None):
        return Variable(self, name=name)

    def __str__(self):
        return "DisconnectedType"

    __repr__ = __str__


def disconnected_type():
    """A new variable of DisconnectedType (Theano's ``disconnected_type``)."""
    return DisconnectedType()()


def undefined(op, x_pos, x, comment=""):
    """The gradient rules' form of an undefined gradient, with Theano's reason text."""
    return Null("This variable is Null because the grad method for input %s (%s) of the "
                "%s op is mathematically undefined. %s" % (x_pos, x, op, comment))


def grad_undefined(op, x_pos, x, comment=""):
    """The gradient of input ``x_pos`` (``x``) of ``op`` is mathematically undefined."""
    return NullType(undefined(op, x_pos, x, comment).why)()


def grad_not_implemented(op, x_pos, x, comment=""):
    """The gradient of input ``x_pos`` (``x``) of ``op`` is not implemented."""
    return NullType("This variable is Null because the grad method for input %s (%s) of the "
                    "%s op is not implemented. %s" % (x_pos, x, op, comment))()


# ------------------------------------------------------------------ the walk


def grad(cost, wrt, consider_constant=None, disconnected_inputs="raise", add_names=True,
         known_grads=None, return_disconnected="zero", null_gradients="raise"):
    """Gradients of the scalar ``cost`` with respect to ``wrt`` (a variable, a list or a tuple).

    Args:
        cost: a 0-d variable, or None when ``known_grads`` gives the output gradients.
        wrt: a variable, or a list or tuple of variables (the result has the same form).
        consider_constant: variables through which no gradient flows.
        disconnected_inputs: 'raise', 'warn' or 'ignore' for a wrt the cost does not reach.
        add_names: name a named variable's gradient '(dcost/dvar)' (a named cost).
        known_grads: {variable: its gradient}, used instead of what flows into it.
        return_disconnected: what a disconnected wrt gets: 'zero' (zeros like it), 'None'
            or 'Disconnected' (a DisconnectedType variable).
        null_gradients: 'raise' for an undefined gradient, or 'return' it (a NullType
            variable).
    """
    if cost is None and known_grads is None:
        raise AssertionError("cost and known_grads can't both be None.")
    if cost is not None and cost.type.ndim != 0:
        raise TypeError("cost must be a scalar.")
    using_list, using_tuple = isinstance(wrt, list), isinstance(wrt, tuple)
    wrt_list = list(wrt) if using_list or using_tuple else [wrt]
    for w in wrt_list:
        if not isinstance(w, Variable):
            raise TypeError("Expected Variable, got %s of type %s" % (w, type(w)))
    seeds = {}
    for var, g in (known_grads or {}).items():
        seeds[id(var)] = (var, T.as_tensor_variable(g))
    if cost is not None and id(cost) not in seeds:
        seeds[id(cost)] = (cost, T.fill(cost, T.constant(1.0, dtype=float_dtype(cost))))
    cost_name = None if cost is None or not add_names else cost.name
    grads = _backward([v for v, _ in seeds.values()], seeds, wrt_list,
                      list(consider_constant or ()), cost_name)
    result = []
    for w in wrt_list:
        g = grads.get(id(w))
        if isinstance(g, Null):
            if null_gradients == "raise":
                raise NullTypeGradError("tensor.grad encountered a NaN. " + g.why)
            g = NullType(g.why)()
        if g is None:
            _disconnected(w, disconnected_inputs)
            if return_disconnected == "zero":
                g = cast_zeros_of(w)  # (Theano's _float_zeros_like)
            elif return_disconnected == "Disconnected":
                g = disconnected_type()
        result.append(g)
    if using_tuple:
        return tuple(result)
    return result if using_list else result[0]


def known_gradients(known, wrt, consider_constant=()):
    """{id(w): its gradient} given the gradients of some variables (``known``: a list of
    (variable, gradient)): None for a disconnected ``w``, a Null for an undefined one
    (Theano's grad with ``return_disconnected='None'`` and ``null_gradients='return'``)."""
    seeds = {id(v): (v, T.as_tensor_variable(g)) for v, g in known}
    return _backward([v for v, _g in seeds.values()], seeds, list(wrt), list(consider_constant))


def _disconnected(var, mode):
    if mode not in ("raise", "warn", "ignore"):
        # (Theano checks the keyword only when some wrt is disconnected)
        raise ValueError("Invalid value for keyword 'disconnected_inputs', valid values are "
                         "'ignore', 'warn' and 'raise'.")
    if mode == "ignore":
        return
    # Theano 1.0.5 loses the explanation: the message is a blank line and the backtrace
    message = " \n" + _backtrace(var)
    if mode == "warn":
        warnings.warn(message, stacklevel=3)
        return
    raise DisconnectedInputError(message)


def _backtrace(var):
    trace = var.tag.get("trace") if isinstance(var.tag, dict) else None
    if not trace:
        return ""
    return "Backtrace when that variable is created:\n\n" + "".join(traceback.format_list(trace))


def _backward(outputs, seeds, wrt, blockers, cost_name=None):
    """{id(variable): its total gradient} for every variable reached from ``outputs``.
    A named variable's gradient of a named cost is named '(dcost/dvar)', as Theano names
    it (the summed term itself is renamed, even when it is another variable's gradient)."""
    nodes = nodes_between(blockers, outputs)
    blocked = set(map(id, blockers))
    # which variables depend on a wrt (only those need gradients)
    needed = set(map(id, wrt)) - blocked
    for node in nodes:
        if type(node.op) in NOT_CONNECTED:
            continue  # a shape does not carry gradients (Theano's connection_pattern)
        if any(id(i) in needed for i in node.inputs):
            needed.update(id(o) for o in node.outputs if id(o) not in blocked)
    # gradient terms per variable, summed in the order Theano meets the clients
    rank = _client_ranks(outputs, blocked)
    alias = {}  # nodes of an expanded Composite rank as the Composite does
    terms = {}
    preset = {vid: g for vid, (_v, g) in seeds.items()}
    total = {}

    def gradient_of(var):
        vid = id(var)
        if vid in total:
            return total[vid]
        if vid in preset:
            g = preset[vid]
        else:
            parts = [t for _k, t in sorted(terms.get(vid, ()), key=lambda kt: kt[0])]
            g = _sum_terms(parts)
            if g is not None and not isinstance(g, Null) and cost_name is not None and (
                    var.name is not None):
                g.name = "(d%s/d%s)" % (cost_name, var.name)
        total[vid] = g
        return g

    stack = list(nodes)
    while stack:
        node = stack.pop()
        if not any(id(i) in needed for i in node.inputs):
            continue
        out_grads = [gradient_of(o) for o in node.outputs]
        if all(g is None for g in out_grads):
            continue
        if is_composite(node):
            inner = expand_composite(node)
            preset[id(inner.outputs[0])] = out_grads[0]
            sub = nodes_between(node.inputs, [inner.outputs[0]])
            for n in sub:
                alias[id(n)] = alias.get(id(node), node)
            needed.update(id(o) for n in sub for o in n.outputs)
            stack.extend(sub)
            continue
        in_grads = _node_grads(node, out_grads, needed)
        _check_connections(node, out_grads, in_grads)
        for k, (inp, g) in enumerate(zip(node.inputs, in_grads)):
            if g is None or id(inp) not in needed or id(inp) in blocked:
                continue
            client = alias.get(id(node), node)
            key = (rank.get((id(inp), id(client)), -1), len(terms.get(id(inp), ())), k)
            terms.setdefault(id(inp), []).append((key, g))
    return {vid: gradient_of(v) for vid, v in ((id(w), w) for w in wrt)}


def _check_connections(node, out_grads, in_grads):
    """Theano's check that an op with a connection pattern gives a gradient to every input
    the pattern connects to an output that has one (a loop differentiated twice can fail it:
    its gradient loop says 'disconnected' for a sequence the pattern connects)."""
    pattern_of = CONNECTIONS.get(type(node.op))
    if pattern_of is None:
        return
    reach = pattern_of(node)
    live = [g is not None for g in out_grads]
    for i, g in enumerate(in_grads):
        if g is None and any(r and c for r, c in zip(reach[i], live)):
            raise TypeError("%s.grad returned DisconnectedType for input %d. Its "
                            "connection_pattern method does not allow this." % (node.op, i))


def _client_ranks(outputs, blocked):
    """{(id(input), id(node)): rank}: the order in which Theano's depth-first walk from the
    outputs (inputs in order, each input entered before the next is looked at) meets each
    (input, client) pair; iterative.  The walk enters a variable, not a node: from an
    output of a loop it goes only to the inputs that output depends on (the op's
    connection pattern, CONNECTIONS), and from another output later to the others."""
    rank = {}
    visited = set()
    patterns = {}  # id(node) -> its connection pattern, computed once
    for out in outputs:
        if id(out) in visited or out.owner is None or id(out) in blocked:
            continue
        visited.add(id(out))
        stack = [[out.owner, _connected_inputs(out, patterns), 0]]
        while stack:
            frame = stack[-1]
            node, inputs, i = frame
            if i == len(inputs):
                stack.pop()
                continue
            frame[2] += 1
            inp = inputs[i]
            rank.setdefault((id(inp), id(node)), len(rank))
            if id(inp) not in visited and inp.owner is not None and id(inp) not in blocked:
                visited.add(id(inp))
                stack.append([inp.owner, _connected_inputs(inp, patterns), 0])
    return rank


def _connected_inputs(var, patterns):
    """The inputs of ``var``'s node that ``var`` depends on, in order."""
    node = var.owner
    if type(node.op) in NOT_CONNECTED:
        return []
    pattern_of = CONNECTIONS.get(type(node.op))
    if pattern_of is None:
        return node.inputs
    if id(node) not in patterns:
        patterns[id(node)] = pattern_of(node)
    reach = patterns[id(node)]
    k = next(j for j, o in enumerate(node.outputs) if o is var)
    return [inp for i, inp in enumerate(node.inputs) if reach[i][k]]


def _sum_terms(parts):
    if not parts:
        return None
    for p in parts:
        if isinstance(p, Null):
            return p
    out = parts[0]
    for p in parts[1:]:
        out = out + p
    return out


def _node_grads(node, out_grads, needed):
    op = node.op
    nulls = [g for g in out_grads if isinstance(g, Null)]
    if nulls:
        return [nulls[0] if id(i) in needed else None for i in node.inputs]
    rule = RULES.get(type(op))
    if getattr(rule, "is_draw", False):  # before any zero is made for an output (a state has none)
        return rule(node)
    if getattr(rule, "disconnected_outputs", False):  # it needs to know which have none
        return list(rule(node, out_grads))
    if rule is None and (hasattr(op, "L_op") or hasattr(op, "grad")):
        rule = _op_grad  # an op that states its own gradient (a user's theano.Op)
    if rule is None and all(o.type.dtype in DISCRETE_DTYPES for o in node.outputs
                            if hasattr(o.type, "dtype")):
        return [zeros_of(i) if is_float(i) else None for i in node.inputs]
    if rule is None:
        raise NotImplementedError(f"rngscope has no gradient for the op {op}")
    live = [g is not None for g in out_grads]  # the outputs the cost depends on
    if not (getattr(rule, "sees_disconnected", False) or getattr(op, "sees_disconnected", False)):
        out_grads = [zeros_of(o) if g is None and is_float(o) else g
                     for o, g in zip(node.outputs, out_grads)]
    # as Theano: an output's gradient is cast to the output's float dtype before the op's
    # gradient reads it (a float32 weight read by a float64 cost gets a float32 gradient)
    out_grads = [g if g is None else _as_output_dtype(o, g)
                 for o, g in zip(node.outputs, out_grads)]
    grads = list(rule(node, out_grads))
    if rule is _op_grad:
        grads = _user_connections(node, live, grads)
    # an integer input keeps the term its op's rule gives (Theano sums each op's term,
    # zeros or not, and returns the sum even for an integer wrt)
    return grads


def _as_output_dtype(out, g):
    out_dtype = getattr(out.type, "dtype", None)
    g_dtype = getattr(getattr(g, "type", None), "dtype", None)
    if out_dtype in DISCRETE_DTYPES or g_dtype is None or out_dtype == g_dtype:
        return g
    return T.cast(g, out_dtype)


def _user_connections(node, live, grads):
    """A user's op's gradients with its DisconnectedType ones made None, checked as Theano
    1.0.5 checks them against the op's ``connection_pattern`` (all connected when it has
    none), in its order: first a gradient for an input connected to no output the cost
    depends on is a bare AssertionError (Theano asserts such a term is NullType); then a
    DisconnectedType for a connected input is a TypeError with a pattern and a UserWarning
    without one."""
    op = node.op
    pattern = op.connection_pattern(node) if hasattr(op, "connection_pattern") else None
    connected = [pattern is None or any(r and c for r, c in zip(pattern[i], live))
                 for i in range(len(grads))]
    disconnected = [isinstance(getattr(g, "type", None), DisconnectedType) for g in grads]
    for i, g in enumerate(grads):
        if not connected[i] and not disconnected[i] and not isinstance(g, Null):
            raise AssertionError()
    for i, g in enumerate(grads):
        if connected[i] and disconnected[i]:
            message = "%s.grad returned DisconnectedType for input %d." % (op, i)
            if pattern is not None:
                raise TypeError(message + " Its connection_pattern method does not allow this.")
            warnings.warn(message + " You may want to implement a connection_pattern method for it.",
                          stacklevel=_script_level())
    return [None if d else g for g, d in zip(grads, disconnected)]


def _script_level():
    """The ``stacklevel`` of the first caller outside rngscope (the script's line that asked
    for the gradient), for a warning said about the script's op."""
    frame, level = sys._getframe(1), 1
    while frame is not None and frame.f_globals.get("__name__", "").startswith("rngscope."):
        frame, level = frame.f_back, level + 1
    return level


def _op_grad(node, out_grads):
    """The gradients an op's own ``L_op(inputs, outputs, grads)`` or ``grad(inputs, grads)``
    returns; a NullType variable among them is an undefined gradient."""
    op = node.op
    if hasattr(op, "L_op"):
        grads = op.L_op(list(node.inputs), list(node.outputs), list(out_grads))
    else:
        grads = op.grad(list(node.inputs), list(out_grads))
    return [Null(g.type.why_null) if isinstance(getattr(g, "type", None), NullType) else g
            for g in grads]


def random_grads(node, out_grads=None):
    """A draw has no gradient with respect to any input (its stream, size or parameters);
    the random layer registers this rule for its ops, as ``RULES[op class]``."""
    return [undefined(node.op, k, i, "No gradient defined through raw random numbers op")
            for k, i in enumerate(node.inputs)]


random_grads.is_draw = True


# ------------------------------------------------------------------ user-level helpers


def zero_grad(x):
    """``x``, through which every gradient is zero."""
    return ZeroGrad()(x)


def consider_constant(x):
    """``x``, through which every gradient is zero (Theano's deprecated spelling of
    ``zero_grad``, printed as ConsiderConstant)."""
    return ConsiderConstant()(x)


def disconnected_grad(x):
    """``x``, through which no gradient flows (the wrt below it becomes disconnected)."""
    return DisconnectedGrad()(x)


def undefined_grad(x):
    """``x``, whose gradient is undefined: asking for one is an error (Theano's
    UndefinedGrad, around MRG_RandomStreams' bounds and probabilities)."""
    return UndefinedGrad()(x)


def grad_clip(x, lower_bound, upper_bound):
    """``x``, whose gradient is clipped to [lower_bound, upper_bound] on its way back."""
    assert upper_bound >= lower_bound  # Theano's GradClip: an AssertionError, no message
    return GradClip((lower_bound, upper_bound))(x)


def grad_scale(x, multiplier):
    """``x``, whose gradient is multiplied by ``multiplier`` on its way back."""
    return GradScale((multiplier,))(x)


__all__ = ["grad", "grad_not_implemented", "grad_undefined", "zero_grad", "disconnected_grad",
           "consider_constant", "undefined_grad", "grad_clip", "grad_scale",
           "DisconnectedInputError", "DisconnectedType", "disconnected_type", "MethodNotDefined", "known_gradients", "NullType",
           "NullTypeGradError", "Null", "RULES", "SCALAR_RULES"]
