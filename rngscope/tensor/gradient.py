"""Reverse-mode gradients: Theano's ``tensor.grad``.

Contract: ``grad(cost, wrt)`` builds symbolic gradient graphs.  The nodes between
the inputs and ``cost`` are sorted once; walking them backwards (an explicit
stack, never recursion) each node whose outputs received gradients asks the rule
registered for its op class (``RULES``) for its inputs' gradients.  A rule takes
``(node, output_grads)`` and returns one entry per input: a variable, ``None``
(disconnected), or a ``Null`` (the gradient is undefined, with Theano's reason).
A fused ``Composite`` is expanded into plain elementwise nodes whose gradients
are taken in the same walk.  Gradient terms reaching one variable are summed in
the order of its clients, as Theano sums them.
"""
from __future__ import annotations

import traceback
import warnings
from dataclasses import dataclass

from rngscope.graph.basic import Variable, nodes_between
from rngscope.graph.types import DISCRETE_DTYPES, FLOATX
from rngscope.tensor import basic as T
from rngscope.tensor import nnet
from rngscope.tensor import scalar as scal
from rngscope.tensor import extra_ops, ifelse, print_op, special
from rngscope.tensor.blas import Dot, Dot22, Gemm, Gemv
from rngscope.tensor.elemwise import DimShuffle, Elemwise, Prod, Reduce, Sum
from rngscope.tensor.grad_ops import (
    AdvancedIncSubtensor1, GradIdentity, IncSubtensor, ProdWithoutZeros,
)
from rngscope.tensor.shape_ops import (
    AdvancedSubtensor1, Alloc, AllocEmpty, DeepCopyOp, Join, MakeVector, Rebroadcast, Reshape, Shape,
    Shape_i, ScalarFromTensor, Subtensor, rebroadcast,
)


class DisconnectedInputError(ValueError):
    """A wrt variable the cost does not depend on (Theano's DisconnectedInputError)."""


class MethodNotDefined(Exception):
    """An op without the method asked for, here its gradient (Theano's MethodNotDefined)."""


class NullTypeGradError(TypeError):
    """A gradient that is mathematically undefined was asked for."""


@dataclass(frozen=True)
class Null:
    """An undefined gradient and why (Theano's NullType variable)."""

    why: str


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


def grad_undefined(op, x_pos, x, comment=""):
    """The gradient of input ``x_pos`` (``x``) of ``op`` is mathematically undefined."""
    return NullType("This variable is Null because the grad method for input %s (%s) of the "
                    "%s op is mathematically undefined. %s" % (x_pos, x, op, comment))()


def grad_not_implemented(op, x_pos, x, comment=""):
    """The gradient of input ``x_pos`` (``x``) of ``op`` is not implemented."""
    return NullType("This variable is Null because the grad method for input %s (%s) of the "
                    "%s op is not implemented. %s" % (x_pos, x, op, comment))()


# ------------------------------------------------------------------ the walk


def grad(cost, wrt, consider_constant=None, disconnected_inputs="raise", known_grads=None):
    """Gradients of the scalar ``cost`` with respect to ``wrt`` (a variable or a list).

    Args:
        cost: a 0-d variable, or None when ``known_grads`` gives the output gradients.
        wrt: a variable or a list/tuple of variables (the result has the same form).
        consider_constant: variables through which no gradient flows.
        disconnected_inputs: 'raise', 'warn' or 'ignore' for a wrt the cost does not reach.
        known_grads: {variable: its gradient}, used instead of what flows into it.
    """
    if cost is None and known_grads is None:
        raise AssertionError("cost and known_grads can't both be None.")
    if cost is not None and cost.type.ndim != 0:
        raise TypeError("cost must be a scalar.")
    if disconnected_inputs not in ("raise", "warn", "ignore"):
        raise ValueError("Invalid value for keyword 'disconnected_inputs', valid values are "
                         "'ignore', 'warn' and 'raise'.")
    using_list = isinstance(wrt, (list, tuple))
    wrt_list = list(wrt) if using_list else [wrt]
    for w in wrt_list:
        if not isinstance(w, Variable):
            raise TypeError("Expected Variable, got %s of type %s" % (w, type(w)))
    seeds = {}
    for var, g in (known_grads or {}).items():
        seeds[id(var)] = (var, T.as_tensor_variable(g))
    if cost is not None and id(cost) not in seeds:
        seeds[id(cost)] = (cost, T.fill(cost, T.constant(1.0, dtype=_float_dtype(cost))))
    grads = _backward([v for v, _ in seeds.values()], seeds, wrt_list,
                      list(consider_constant or ()), None if cost is None else cost.name)
    result = []
    for w in wrt_list:
        g = grads.get(id(w))
        if isinstance(g, Null):
            raise NullTypeGradError("tensor.grad encountered a NaN. " + g.why)
        if g is None:
            _disconnected(w, disconnected_inputs)
            g = _zeros(w)
        elif w.type.dtype in DISCRETE_DTYPES:
            g = _zeros(w)
        result.append(g)
    return result if using_list else result[0]


def _disconnected(var, mode):
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
        if _is_composite(node):
            inner = _expand_composite(node)
            preset[id(inner.outputs[0])] = out_grads[0]
            sub = nodes_between(node.inputs, [inner.outputs[0]])
            for n in sub:
                alias[id(n)] = alias.get(id(node), node)
            needed.update(id(o) for n in sub for o in n.outputs)
            stack.extend(sub)
            continue
        in_grads = _node_grads(node, out_grads, needed)
        for k, (inp, g) in enumerate(zip(node.inputs, in_grads)):
            if g is None or id(inp) not in needed or id(inp) in blocked:
                continue
            client = alias.get(id(node), node)
            key = (rank.get((id(inp), id(client)), -1), len(terms.get(id(inp), ())), k)
            terms.setdefault(id(inp), []).append((key, g))
    return {vid: gradient_of(v) for vid, v in ((id(w), w) for w in wrt)}


def _client_ranks(outputs, blocked):
    """{(id(input), id(node)): rank}: the order in which Theano's depth-first walk from the
    outputs (inputs in order, each input entered before the next is looked at) meets each
    (input, client) pair; iterative."""
    rank = {}
    visited = set()
    for out in outputs:
        if id(out) in visited or out.owner is None or id(out) in blocked:
            continue
        visited.add(id(out))
        stack = [[out.owner, 0]]
        while stack:
            frame = stack[-1]
            node, i = frame
            if i == len(node.inputs) or type(node.op) in NOT_CONNECTED:
                stack.pop()
                continue
            frame[1] += 1
            inp = node.inputs[i]
            rank.setdefault((id(inp), id(node)), len(rank))
            if id(inp) not in visited and inp.owner is not None and id(inp) not in blocked:
                visited.add(id(inp))
                stack.append([inp.owner, 0])
    return rank


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
    if rule is random_grads:  # before any zero is made for an output (a state has none)
        return random_grads(node)
    if rule is None and (hasattr(op, "L_op") or hasattr(op, "grad")):
        rule = _op_grad  # an op that states its own gradient (a user's theano.Op)
    if rule is None and all(o.type.dtype in DISCRETE_DTYPES for o in node.outputs
                            if hasattr(o.type, "dtype")):
        return [_zeros(i) if _is_float(i) else None for i in node.inputs]
    if rule is None:
        raise NotImplementedError(f"rngscope has no gradient for the op {op}")
    out_grads = [_zeros(o) if g is None and _is_float(o) else g
                 for o, g in zip(node.outputs, out_grads)]
    grads = list(rule(node, out_grads))
    for k, (inp, g) in enumerate(zip(node.inputs, grads)):
        if g is not None and not isinstance(g, Null) and not _is_float(inp):
            grads[k] = _zeros(inp)
    return grads


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
    why = ("This variable is Null because the grad method for input %d (%s) of the %s op is "
           "mathematically undefined. No gradient defined through raw random numbers op")
    return [Null(why % (k, i, node.op)) for k, i in enumerate(node.inputs)]


# ------------------------------------------------------------------ helpers


def _is_float(v):
    dtype = getattr(v.type, "dtype", None)  # a random state's type has dtype None
    return dtype is not None and dtype not in DISCRETE_DTYPES


def _float_dtype(v):
    return v.type.dtype if _is_float(v) else FLOATX


def _c(value, like):
    """A constant of ``like``'s dtype (so the compiled graph merges it with its peers)."""
    return T.constant(value, dtype=like.type.dtype)


def _lit(value):
    """A Python literal of a scalar op's gradient formula, typed as Theano types it (the
    narrowest int, float32 when exact): ``(1.0 - y)`` in sigmoid's gradient is then the
    same constant as the user's ``1.0 - sigmoid(x)``, and merges with it."""
    return T.constant(value)


def _sigmoid(x):
    """The scalar sigmoid applied elementwise, unnamed as Theano's gradients build it
    (``Elemwise{scalar_sigmoid}``, not the user-level ``sigmoid``)."""
    return Elemwise(scal.sigmoid)(x)


def _zeros(v):
    """Theano's _float_zeros_like: zeros of ``v``'s shape, floatX when ``v`` is discrete."""
    if _is_float(v):
        return T.zeros_like(v)
    return T.zeros_like(v, dtype=FLOATX)


def _reduce_to(g, pattern):
    """``g`` summed over the axes broadcast in ``pattern`` (kept as broadcastable axes)."""
    axes = [d for d, (b, gb) in enumerate(zip(pattern, g.broadcastable)) if b and not gb]
    if not axes:
        return g
    return T.keep_dims(g, T.sum(g, axis=axes), axes)


def _readd_axes(g, x, axes):
    """``g`` (``x`` reduced over ``axes``, None: all) with those axes back as 'x'."""
    return T.keep_dims(x, g, axes)


# ------------------------------------------------------------------ rules


def _elemwise(node, out_grads):
    (gz,) = out_grads
    z = node.outputs[0]
    op = node.op.scalar_op
    if not _is_float(z):
        return [_zeros(i) if _is_float(i) else None for i in node.inputs]
    rule = SCALAR_RULES.get(op.cls)
    if rule is None:
        raise MethodNotDefined("grad", op.cls, op.cls)
    grads = rule(list(node.inputs), z, gz)
    _unname(grads, list(node.inputs) + [z, gz])
    return [g if g is None or isinstance(g, Null) else _reduce_to(g, i.broadcastable)
            for i, g in zip(node.inputs, grads)]


def _unname(grads, known):
    """The elementwise nodes a scalar gradient formula made, without a display name: Theano
    builds them from the scalar graph as ``Elemwise(scalar_op)`` (``Elemwise{mul}``, not the
    user-level ``Elemwise{mul,no_inplace}``); iterative, stopping at ``known`` variables."""
    stop = set(map(id, known))
    seen = set()
    stack = [g for g in grads if g is not None and not isinstance(g, Null)]
    while stack:
        v = stack.pop()
        node = v.owner
        if id(v) in stop or node is None or id(node) in seen:
            continue
        seen.add(id(node))
        if type(node.op) is Elemwise and node.op.name:
            node.op = Elemwise(node.op.scalar_op, node.op.inplace)
        stack.extend(node.inputs)


def _is_composite(node):
    return type(node.op) is Elemwise and isinstance(node.op.scalar_op, scal.Composite)


def _expand_composite(node):
    """The Composite's program rebuilt as plain elementwise nodes on the node's inputs."""
    program = node.op.scalar_op.program
    values = []
    for op, args in program:
        vals = [node.inputs[k] if kind == "i" else values[k] for kind, k in args]
        values.append(Elemwise(op)(*vals))
    out = values[-1]
    return out.owner


def _extremum_grads(xs, z, gz):
    e = T.eq(z, xs[0])
    return [e * gz, (T.constant(1, dtype=gz.dtype) - e) * gz]


SCALAR_RULES = {
    "Add": lambda xs, z, gz: [gz for _ in xs],
    "Sub": lambda xs, z, gz: [gz, -gz],
    "Mul": lambda xs, z, gz: [T.mul(gz, *[x for j, x in enumerate(xs) if j != k])
                              for k in range(len(xs))],
    "TrueDiv": lambda xs, z, gz: [gz / xs[1], -(gz * xs[0]) / (xs[1] * xs[1])],
    "Neg": lambda xs, z, gz: [-gz],
    "Pow": lambda xs, z, gz: [gz * xs[1] * xs[0] ** (xs[1] - _lit(1)),
                              gz * T.log(xs[0]) * xs[0] ** xs[1] if _is_float(xs[1]) else None],
    "Exp": lambda xs, z, gz: [gz * T.exp(xs[0])],
    "Log": lambda xs, z, gz: [gz / xs[0]],
    "Log1p": lambda xs, z, gz: [gz / (_lit(1) + xs[0])],
    "Expm1": lambda xs, z, gz: [gz * T.exp(xs[0])],
    "Sqr": lambda xs, z, gz: [gz * xs[0] * _lit(2)],
    "Sqrt": lambda xs, z, gz: [(gz * _lit(0.5)) / T.sqrt(xs[0])],
    "Abs": lambda xs, z, gz: [gz * T.sgn(xs[0])],
    "Tanh": lambda xs, z, gz: [gz * (_lit(1) - T.sqr(T.tanh(xs[0])))],
    "ScalarSigmoid": lambda xs, z, gz: [gz * _sigmoid(xs[0]) * (_lit(1.0) - _sigmoid(xs[0]))],
    "ScalarSoftplus": lambda xs, z, gz: [gz * _sigmoid(xs[0])],
    "Inv": lambda xs, z, gz: [-gz / (xs[0] * xs[0])],
    "Sin": lambda xs, z, gz: [gz * T.cos(xs[0])],
    "Cos": lambda xs, z, gz: [-gz * T.sin(xs[0])],
    # a tie sends the whole gradient to the first input
    "Maximum": lambda xs, z, gz: _extremum_grads(xs, z, gz),
    "Minimum": lambda xs, z, gz: _extremum_grads(xs, z, gz),
    "Switch": lambda xs, z, gz: [_zeros(xs[0]), T.switch(xs[0], gz, _lit(0.0)),
                                 T.switch(xs[0], _lit(0.0), gz)],
    "Clip": lambda xs, z, gz: [T.and_(T.ge(xs[0], xs[1]), T.le(xs[0], xs[2])) * gz,
                               T.lt(xs[0], xs[1]) * gz, T.gt(xs[0], xs[2]) * gz],
    "Second": lambda xs, z, gz: [None, gz],
    "Identity": lambda xs, z, gz: [gz],
    "Cast": lambda xs, z, gz: [gz],
    "Floor": lambda xs, z, gz: [_zeros(xs[0])],
    "Ceil": lambda xs, z, gz: [_zeros(xs[0])],
    "RoundHalfToEven": lambda xs, z, gz: [_zeros(xs[0])],
    "Sgn": lambda xs, z, gz: [_zeros(xs[0])],
    "IntDiv": lambda xs, z, gz: [_zeros(xs[0]), _zeros(xs[1])],
    "Mod": lambda xs, z, gz: [gz, -T.int_div(xs[0], xs[1]) * gz],
}


def _dimshuffle(node, out_grads):
    (gz,) = out_grads
    (x,) = node.inputs
    order = node.op.new_order
    gz = _reduce_to(gz, tuple(d == "x" for d in order))
    grad_order = ["x"] * x.ndim
    for k, d in enumerate(order):
        if d != "x":
            grad_order[d] = k
    return [T.dimshuffle(gz, grad_order)]


def _sum(node, out_grads):
    (gz,) = out_grads
    (x,) = node.inputs
    return [Elemwise(scal.second)(x, _readd_axes(gz, x, node.op.axis))]  # Theano's unnamed fill


def _reduce_max(node, out_grads):
    (gz,) = out_grads
    (x,) = node.inputs
    z = node.outputs[0]
    axes = node.op.axis
    return [T.eq(_readd_axes(z, x, axes), x) * _readd_axes(gz, x, axes)]


def _prod(node, out_grads):
    """Theano's Prod.grad: zeros in a group are handled without dividing by them."""
    (gz,) = out_grads
    (x,) = node.inputs
    axes = node.op.axis
    prod_out = _readd_axes(node.outputs[0], x, axes)
    gz = T.fill(x, _readd_axes(gz, x, axes))
    where_zeros = T.eq(x, 0.0)
    sum_where_zeros = T.sum(where_zeros, axis=axes)
    single = _readd_axes(T.eq(sum_where_zeros, 1), x, axes)
    none = _readd_axes(T.eq(sum_where_zeros, 0), x, axes)
    without = _readd_axes(ProdWithoutZeros(axes)(x), x, axes)
    case_without_zeros = (gz * prod_out) / x
    case_zeros = T.switch(T.and_(single, where_zeros), without, 0.0) * gz
    return [T.switch(none, case_without_zeros, case_zeros)]


def _outer(a, b):
    return T.dot(T.dimshuffle(a, (0, "x")), T.dimshuffle(b, ("x", 0)))


def _dot(node, out_grads):
    (gz,) = out_grads
    x, y = node.inputs
    if x.ndim == 1 and y.ndim == 1:
        return [gz * y, gz * x]
    # Theano transposes the vector before the outer product: a DimShuffle{0}
    # named 'x.T' that the uncompiled gradient shows and the rewrites remove
    if x.ndim == 2 and y.ndim == 1:
        return [_outer(gz, T.transpose(y)), T.dot(T.transpose(x), gz)]
    if x.ndim == 1 and y.ndim == 2:
        return [T.dot(gz, T.transpose(y)), _outer(T.transpose(x), gz)]
    return [T.dot(gz, T.transpose(y)), T.dot(T.transpose(x), gz)]


def _gemm(node, out_grads):
    (gz,) = out_grads
    z, a, x, y, b = node.inputs
    return [gz * b, T.sum(gz * T.dot(x, y)), a * T.dot(gz, T.transpose(y)),
            a * T.dot(T.transpose(x), gz), T.sum(gz * z)]


def _gemv(node, out_grads):
    (gz,) = out_grads
    y, alpha, A, x, beta = node.inputs
    return [gz * beta, T.sum(gz * T.dot(A, x)), alpha * _outer(gz, x),
            alpha * T.dot(T.transpose(A), gz), T.sum(gz * y)]


def _subtensor(node, out_grads):
    (gz,) = out_grads
    x, indices = node.inputs[0], node.inputs[1:]
    return [IncSubtensor(node.op.idx)(_zeros(x), gz, *indices)] + [None] * len(indices)


def _advanced_subtensor1(node, out_grads):
    (gz,) = out_grads
    x, ilist = node.inputs
    return [AdvancedIncSubtensor1()(_zeros(x), gz, ilist), None]


def _inc_subtensor(node, out_grads):
    (gz,) = out_grads
    y, indices = node.inputs[1], node.inputs[2:]
    sub = Subtensor(node.op.idx)(gz, *indices)
    gx = IncSubtensor(node.op.idx, set_instead_of_inc=True)(gz, T.zeros_like(sub), *indices) \
        if node.op.set_instead_of_inc else gz
    return [gx, _reduce_to(sub, y.broadcastable) if sub.ndim == y.ndim else sub] + \
        [None] * len(indices)


def _advanced_inc_subtensor1(node, out_grads):
    (gz,) = out_grads
    x, y, ilist = node.inputs
    gy = AdvancedSubtensor1()(gz, ilist)
    gx = AdvancedIncSubtensor1(set_instead_of_inc=True)(gz, T.zeros_like(gy), ilist) \
        if node.op.set_instead_of_inc else gz
    return [gx, gy, None]


def _reshape(node, out_grads):
    (gz,) = out_grads
    x = node.inputs[0]
    return [T.reshape(gz, T.shape(x), ndim=x.ndim), None]


def _join(node, out_grads):
    (gz,) = out_grads
    axis = int(node.inputs[0].data)
    grads, start = [None], T.constant(0, dtype="int64")
    for t in node.inputs[1:]:
        stop = start + T.shape(t)[axis]
        piece = Subtensor.build(gz, (slice(None),) * axis + (slice(start, stop),))
        grads.append(rebroadcast(piece, list(enumerate(t.broadcastable))))
        start = stop
    return grads


def _make_vector(node, out_grads):
    (gz,) = out_grads
    return [gz[k] for k in range(len(node.inputs))]


def _alloc(node, out_grads):
    (gz,) = out_grads
    value = node.inputs[0]
    lead = gz.ndim - value.ndim
    g = T.sum(gz, axis=list(range(lead))) if lead else gz
    return [_reduce_to(g, value.broadcastable)] + [None] * (len(node.inputs) - 1)


def _rebroadcast(node, out_grads):
    (gz,) = out_grads
    x = node.inputs[0]
    return [rebroadcast(gz, list(enumerate(x.broadcastable)))]


def _identity(node, out_grads):
    return [out_grads[0]]


def _grad_identity(node, out_grads):
    (gz,) = out_grads
    op = node.op
    if op.kind == "disconnected":
        return [None]
    if op.kind == "clip":
        lower, upper = op.args
        return [T.clip(gz, lower, upper)]
    if op.kind == "scale":
        (multiplier,) = op.args
        return [multiplier * gz]
    return [_zeros(node.inputs[0])]  # 'zero' and 'constant'


def _disconnected_all(node, out_grads):
    return [None] * len(node.inputs)


RULES = {
    Elemwise: _elemwise,
    DimShuffle: _dimshuffle,
    Sum: _sum,
    Reduce: _reduce_max,
    Prod: _prod,
    Dot: _dot,
    Dot22: _dot,
    Gemm: _gemm,
    Gemv: _gemv,
    Subtensor: _subtensor,
    AdvancedSubtensor1: _advanced_subtensor1,
    IncSubtensor: _inc_subtensor,
    AdvancedIncSubtensor1: _advanced_inc_subtensor1,
    Reshape: _reshape,
    Join: _join,
    MakeVector: _make_vector,
    Alloc: _alloc,
    Rebroadcast: _rebroadcast,
    DeepCopyOp: _identity,
    GradIdentity: _grad_identity,
    Shape: _disconnected_all,
    Shape_i: _disconnected_all,
    ScalarFromTensor: _disconnected_all,
    AllocEmpty: _disconnected_all,
}


nnet.register_gradients(RULES)
special.register_scalar_gradients(SCALAR_RULES)
extra_ops.register_gradients(RULES)
ifelse.register_gradients(RULES)
print_op.register_gradients(RULES)
NOT_CONNECTED = (Shape, Shape_i)


# ------------------------------------------------------------------ user-level helpers


def zero_grad(x):
    """``x``, through which every gradient is zero."""
    return GradIdentity("zero")(x)


def consider_constant(x):
    """``x``, through which every gradient is zero (Theano's deprecated spelling of
    ``zero_grad``, printed as ConsiderConstant)."""
    return GradIdentity("constant")(x)


def disconnected_grad(x):
    """``x``, through which no gradient flows (the wrt below it becomes disconnected)."""
    return GradIdentity("disconnected")(x)


def grad_clip(x, lower_bound, upper_bound):
    """``x``, whose gradient is clipped to [lower_bound, upper_bound] on its way back."""
    if upper_bound < lower_bound:
        raise ValueError("grad_clip: upper_bound must not be below lower_bound")
    return GradIdentity("clip", (lower_bound, upper_bound))(x)


def grad_scale(x, multiplier):
    """``x``, whose gradient is multiplied by ``multiplier`` on its way back."""
    return GradIdentity("scale", (multiplier,))(x)


__all__ = ["grad", "grad_not_implemented", "grad_undefined", "zero_grad", "disconnected_grad",
           "consider_constant", "grad_clip", "grad_scale",
           "DisconnectedInputError", "MethodNotDefined", "NullType",
           "NullTypeGradError", "Null", "RULES", "SCALAR_RULES"]
