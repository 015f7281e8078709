"""The gradient rules ``grad`` asks, one per op class (``RULES``) and per scalar op of an
elementwise node (``SCALAR_RULES``).

A rule takes ``(node, output_grads)`` and returns one entry per input: a variable,
``None`` (disconnected) or a ``Null`` (undefined, with Theano's reason). Each builds
its gradient graph as Theano's op builds it (the same ops, constants and names), so
the raw gradient prints as Theano's and compiles to the same graph. The ops of other
modules (nnet, special functions, extra_ops, ifelse, Print) register theirs here.
"""
from __future__ import annotations

from dataclasses import dataclass

from rngscope.graph.basic import MethodNotDefined
from rngscope.graph.types import DISCRETE_DTYPES, floatx
from rngscope.tensor import basic as T
from rngscope.tensor import bn, nnet
from rngscope.tensor import scalar as scal
from rngscope.tensor import (
    assert_op, conv, decompositions, diagonals, elementary, extra_ops, flat_index, ifelse, linalg, pool, print_op,
    slinalg, special,
)
from rngscope.tensor.blas import Dot, Dot22, Gemm, Gemv
from rngscope.tensor.elemwise import DimShuffle, Elemwise, Prod, Reduce, Sum, make_sum
from rngscope.tensor.maxima import MaxAndArgmax
from rngscope.tensor.variable import TensorConstant
from rngscope.tensor.grad_ops import (
    GRAD_IDENTITIES, AdvancedIncSubtensor1, IncSubtensor, ProdWithoutZeros,
)
from rngscope.tensor.alloc import Alloc, AllocEmpty
from rngscope.tensor.shape_ops import (
    AdvancedBooleanIncSubtensor, AdvancedBooleanSubtensor, AdvancedIncSubtensor, AdvancedSubtensor,
    AdvancedSubtensor1, DeepCopyOp, Join, MakeVector, Rebroadcast, Reshape, Shape, Shape_i,
    ScalarFromTensor, SpecifyShape, Split, Subtensor, ViewOp, rebroadcast,
)


# Where Theano defines the scalar ops without a gradient rule (its message shows the class).
_SCALAR_MODULES = {"UltraFastScalarSigmoid": "theano.tensor.nnet.sigm"}


@dataclass(frozen=True)
class ScalarOpClass:
    """A scalar op's class as Theano's MethodNotDefined prints it (``<class '...'>``)."""

    name: str

    def __repr__(self):
        return "<class '%s.%s'>" % (_SCALAR_MODULES.get(self.name, "theano.scalar.basic"),
                                    self.name)


@dataclass(frozen=True)
class Null:
    """An undefined gradient and why (Theano's NullType variable)."""

    why: str


# ------------------------------------------------------------------ helpers


def is_float(v):
    dtype = getattr(v.type, "dtype", None)  # a random state's type has dtype None
    return dtype is not None and dtype not in DISCRETE_DTYPES


def float_dtype(v):
    return v.type.dtype if is_float(v) else floatx()


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


def zeros_of(v):
    """Theano's _float_zeros_like: zeros of ``v``'s shape, floatX when ``v`` is discrete."""
    if is_float(v):
        return T.zeros_like(v)
    return T.zeros_like(v, dtype=floatx())


def cast_zeros_of(v):
    """Theano's ``v.zeros_like().astype(floatX)``: zeros of ``v``'s own dtype, cast to floatX
    when discrete (``Cast{float64}(second(y, 0))``, where ``zeros_of`` gives ``second(y, 0.0)``);
    a float32 ``v`` keeps float32 zeros."""
    zeros = T.zeros_like(v)
    return zeros if is_float(v) else T.cast(zeros, floatx())


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
    if not is_float(z):  # Theano's Elemwise.L_op: zeros for every input, discrete ones too
        # (argmax(x) != y reaches x); only fill's shape input stays disconnected
        return [None if k == 0 and getattr(op, "cls", None) == "Second" else cast_zeros_of(i)
                for k, i in enumerate(node.inputs)]
    grads = elemwise_bgrad(op, list(node.inputs), z, gz)
    return [g if g is None or isinstance(g, Null) else _reduce_to(g, i.broadcastable)
            for i, g in zip(node.inputs, grads)]


def elemwise_bgrad(op, inputs, z, gz, rule=None):
    """The gradients of the elementwise ``op``'s output ``z`` (``op(*inputs)``) at ``gz`` with
    respect to its inputs as broadcast to ``z``'s shape, not yet summed back over their
    broadcast axes (Theano's Elemwise._bgrad, which its R_op reads too); ``rule``: the
    scalar rule to use instead of the op's."""
    rule = rule or SCALAR_RULES.get(op.cls)
    if rule is None:
        raise MethodNotDefined("grad", ScalarOpClass(op.cls), op.cls)
    grads = rule(inputs, z, gz)
    _unname(grads, inputs + [z, gz])
    if z.ndim == 0:
        _wrap_constants(grads, inputs + [z, gz])
    return grads


def _formula_nodes(grads, known):
    """The nodes a scalar gradient formula made, each once, stopping at ``known`` variables
    (iterative); a node's inputs are walked after the caller has seen the node."""
    stop = set(map(id, known))
    seen = set()
    stack = [g for g in grads if g is not None and not isinstance(g, Null)]
    while stack:
        v = stack.pop()
        node = v.owner
        if id(v) in stop or node is None or id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        stack.extend(node.inputs)


def _unname(grads, known):
    """The elementwise nodes a scalar gradient formula made, without a display name: Theano
    builds them from the scalar graph as ``Elemwise(scalar_op)`` (``Elemwise{mul}``, not the
    user-level ``Elemwise{mul,no_inplace}``)."""
    for node in _formula_nodes(grads, known):
        if type(node.op) is Elemwise and node.op.name:
            node.op = Elemwise(node.op.scalar_op, node.op.inplace)


def _wrap_constants(grads, known):
    """Each constant a 0-d scalar gradient formula reads, as ``DimShuffle{}`` of it: Theano
    gives every constant of the scalar graph the output's dimensions (none here) with a
    DimShuffle of its own (with dimensions, broadcasting makes the same nodes)."""
    stop = set(map(id, known))
    for node in _formula_nodes(grads, known):
        if type(node.op) is Elemwise:
            node.inputs = [T.dimshuffle(i, ()) if isinstance(i, TensorConstant) and i.ndim == 0
                           and id(i) not in stop else i for i in node.inputs]
def is_composite(node):
    # (a Composite with a gradient of its own, as BNComposite, is differentiated as one op)
    return (type(node.op) is Elemwise and isinstance(node.op.scalar_op, scal.Composite)
            and node.op.scalar_op.cls == "Composite")


def expand_composite(node):
    """The Composite's program rebuilt as plain elementwise nodes on the node's inputs."""
    program = node.op.scalar_op.program
    values = []
    for op, args in program:
        vals = [node.inputs[k] if kind == "i" else values[k] for kind, k in args]
        values.append(Elemwise(op)(*vals))
    out = values[-1]
    return out.owner


def pow_grads(xs, z, gz):
    """``x ** y``'s gradients (Theano's Pow): the exponent's zero where ``x`` is, an integer
    exponent's too (Theano builds it whatever the dtype; T.grad wrt an integer reads it)."""
    x, y = xs
    first = gz * y * x ** (y - _lit(1))
    return [first, T.switch(T.eq(x, _lit(0)), _lit(0), gz * T.log(x) * x ** y)]


def scalar_cast_zeros(x, ndim):
    """``x.zeros_like().astype(floatX)`` in a scalar gradient formula, made a tensor graph
    as Theano's Elemwise does: second(x, DimShuffle of a 0 of x's dtype), cast to floatX."""
    zero = T.dimshuffle(T.constant(0, dtype=x.dtype), ("x",) * ndim)
    return T.cast(Elemwise(scal.second)(x, zero), floatx())


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
    "Pow": lambda xs, z, gz: pow_grads(xs, z, gz),
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
    "Switch": lambda xs, z, gz: [scalar_cast_zeros(xs[0], z.ndim), T.switch(xs[0], gz, _lit(0.0)),
                                 T.switch(xs[0], _lit(0.0), gz)],
    "Clip": lambda xs, z, gz: [T.and_(T.ge(xs[0], xs[1]), T.le(xs[0], xs[2])) * gz,
                               T.lt(xs[0], xs[1]) * gz, T.gt(xs[0], xs[2]) * gz],
    "Second": lambda xs, z, gz: [None, gz],
    "Identity": lambda xs, z, gz: [gz],
    "Cast": lambda xs, z, gz: [gz],
    "Floor": lambda xs, z, gz: [zeros_of(xs[0])],
    "Ceil": lambda xs, z, gz: [zeros_of(xs[0])],
    "RoundHalfToEven": lambda xs, z, gz: [zeros_of(xs[0])],
    "RoundHalfAwayFromZero": lambda xs, z, gz: [zeros_of(xs[0])],
    "Sgn": lambda xs, z, gz: [zeros_of(xs[0])],
    "IntDiv": lambda xs, z, gz: [zeros_of(xs[0]), zeros_of(xs[1])],
    "Mod": lambda xs, z, gz: [gz, -T.int_div(xs[0], xs[1]) * gz],
}


def _dimshuffle(node, out_grads):
    (gz,) = out_grads
    (x,) = node.inputs
    if not is_float(x):
        return [zeros_of(x)]  # Theano's DimShuffle.grad: an integer input has zeros
    order = node.op.new_order
    gz = _reduce_to(gz, tuple(d == "x" for d in order))
    grad_order = ["x"] * x.ndim
    for k, d in enumerate(order):
        if d != "x":
            grad_order[d] = k
    # Theano's DimShuffle.grad shuffles an Elemwise{identity} of the gradient (the
    # 'useless' rewrites remove it when the function is compiled)
    return [T.dimshuffle(Elemwise(scal.identity)(gz), grad_order)]


def _sum(node, out_grads):
    (gz,) = out_grads
    (x,) = node.inputs
    if not is_float(node.outputs[0]):
        return [zeros_of(x)]  # Theano's Sum.L_op: no gradient through an integer sum
    return [Elemwise(scal.second)(x, _readd_axes(gz, x, node.op.axis))]  # Theano's unnamed fill


def _reduce_max(node, out_grads):
    (gz,) = out_grads
    (x,) = node.inputs
    z = node.outputs[0]
    axes = node.op.axis
    return [T.eq(_readd_axes(z, x, axes), x) * _readd_axes(gz, x, axes)]


def _max_and_argmax(node, out_grads):
    """Theano's MaxAndArgmax.grad: eq(max(x), x) * g_max over a new max node; zeros of
    ``x`` when only the argmax is read (its gradient is not looked at)."""
    g_max = out_grads[0]
    (x,) = node.inputs
    if g_max is None:
        return [T.zeros_like(x)]
    axes = node.op.axis
    xmax = MaxAndArgmax(axes)(x)[0]
    return [T.eq(_readd_axes(xmax, x, axes), x) * _readd_axes(g_max, x, axes)]


_max_and_argmax.sees_disconnected = True  # told which output gradients are disconnected


def _prod(node, out_grads):
    """Theano's Prod.L_op: gz * prod / x in a group without zeros; at a group's one zero the
    product of the others (ProdWithoutZeros of x masked to the groups with one zero and a
    non-zero gz); 0 in a group with more.  ``no_zeros_in_input`` keeps the first alone."""
    (gz,) = out_grads
    (x,) = node.inputs
    op = node.op
    if op.dtype in DISCRETE_DTYPES or op.acc_dtype in DISCRETE_DTYPES:
        return [T.zeros_like(x, dtype=floatx())]
    axes = op.axis
    if axes == ():
        return [gz]
    prod_out = _readd_axes(op(x), x, axes)  # Theano builds the product anew (merged later)
    gz = _readd_axes(gz, x, axes)
    case_without_zeros = gz * prod_out / x
    if op.no_zeros_in_input:
        return [case_without_zeros]
    where_zeros = T.eq(x, 0.0)
    sum_where_zeros = T.sum(where_zeros, axis=axes)
    single = _readd_axes(T.eq(sum_where_zeros, 1), x, axes)
    where_single_zero = single * where_zeros
    masked = single * T.neq(gz, 0.0) * x
    without = ProdWithoutZeros(axes)(masked)
    none = _readd_axes(T.eq(sum_where_zeros, 0), x, axes)
    return [T.switch(none, case_without_zeros,
                     T.switch(where_single_zero, _readd_axes(without, x, axes), 0.0) * gz)]


def _outer(a, b):
    return T.dot(T.dimshuffle(a, (0, "x")), T.dimshuffle(b, ("x", 0)))


def _dot(node, out_grads):
    (gz,) = out_grads
    x, y = node.inputs
    if x.ndim == 1 and y.ndim == 1:
        grads = [gz * y, gz * x]
    # Theano transposes the vector before the outer product: a DimShuffle{0}
    # named 'x.T' that the uncompiled gradient shows and the rewrites remove
    elif x.ndim == 2 and y.ndim == 1:
        grads = [_outer(gz, T.transpose(y)), T.dot(T.transpose(x), gz)]
    elif x.ndim == 1 and y.ndim == 2:
        grads = [T.dot(gz, T.transpose(y)), _outer(T.transpose(x), gz)]
    else:
        grads = [T.dot(gz, T.transpose(y)), T.dot(T.transpose(x), gz)]
    # each gradient takes its input's broadcastable pattern (Theano's gh-1461 fix): the
    # gradient of a keepdims column is a Rebroadcast{?,1} of its dot, which BLAS then
    # reads through (no Dot22Scalar under it)
    return [rebroadcast(g, list(enumerate(v.broadcastable))) for g, v in zip(grads, (x, y))]


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
    if not is_float(x):
        return [cast_zeros_of(x)] + [None] * len(indices)
    return [IncSubtensor(node.op.idx)(zeros_of(x), gz, *indices)] + [None] * len(indices)


def _advanced_subtensor1(node, out_grads):
    (gz,) = out_grads
    x, ilist = node.inputs
    # an integer x too: Theano increments gz into float zeros of x's shape
    return [AdvancedIncSubtensor1()(zeros_of(x), gz, ilist), None]


def _inc_subtensor(node, out_grads):
    (gz,) = out_grads
    x, y, indices = node.inputs[0], node.inputs[1], node.inputs[2:]
    if not is_float(x):
        return [zeros_of(x), zeros_of(y)] + [None] * len(indices)
    sub = Subtensor(node.op.idx)(gz, *indices)
    # Theano's IncSubtensor.grad: the set part gets zeros like the increment y (not like
    # gz's slice): the compiled Assert then compares y's own shape with the slice's
    gx = IncSubtensor(node.op.idx, set_instead_of_inc=True)(gz, T.zeros_like(y), *indices) \
        if node.op.set_instead_of_inc else gz
    return [gx, _reduce_to(sub, y.broadcastable) if sub.ndim == y.ndim else sub] + \
        [None] * len(indices)


def _advanced_inc_subtensor1(node, out_grads):
    (gz,) = out_grads
    x, y, ilist = node.inputs
    if not is_float(x):
        return [zeros_of(x), zeros_of(y), None]
    gy = AdvancedSubtensor1()(gz, ilist)
    gx = AdvancedIncSubtensor1(set_instead_of_inc=True)(gz, T.zeros_like(y), ilist) \
        if node.op.set_instead_of_inc else gz
    return [gx, gy, None]


def _advanced_subtensor(node, out_grads):
    """AdvancedSubtensor -> AdvancedIncSubtensor of zeros (a mask's: the boolean pair)."""
    x, indices = node.inputs[0], node.inputs[1:]
    inc = (AdvancedBooleanIncSubtensor if isinstance(node.op, AdvancedBooleanSubtensor)
           else AdvancedIncSubtensor)
    return [inc()(zeros_of(x), out_grads[0], *indices)] + [None] * len(indices)


def _advanced_inc_subtensor(node, out_grads):
    """Theano's AdvancedIncSubtensor.grad: a set writes zeros like ``y`` over gz's picked
    part (with AdvancedIncSubtensor even for a mask, which it refuses: Theano's TypeError
    too); ``y`` gets gz's picked part summed over the axes it was broadcast along."""
    (gz,) = out_grads
    x, y, indices = node.inputs[0], node.inputs[1], node.inputs[2:]
    if not is_float(x):
        return [zeros_of(x), zeros_of(y)] + [None] * len(indices)
    gx = AdvancedIncSubtensor(set_instead_of_inc=True)(gz, T.zeros_like(y), *indices) \
        if node.op.set_instead_of_inc else gz
    pick = AdvancedBooleanSubtensor if isinstance(node.op, AdvancedBooleanIncSubtensor) \
        else AdvancedSubtensor
    return [gx, _sum_over_broadcast(y, pick()(gz, *indices))] + [None] * len(indices)


def _sum_over_broadcast(y, gy):
    """``gy`` summed back to ``y``'s broadcast pattern, the axes ``y`` lacks dropped
    (Theano's _sum_grad_over_bcasted_dims)."""
    if gy.broadcastable == y.broadcastable:
        return gy
    added = gy.ndim - y.ndim
    y_broad = (True,) * added + y.broadcastable
    axes = [d for d in range(gy.ndim) if not gy.broadcastable[d] and y_broad[d]]
    gy = T.sum(gy, axis=axes, keepdims=True)
    if gy.ndim != y.ndim:
        gy = gy.dimshuffle(*range(added, gy.ndim))
    return gy


def _reshape(node, out_grads):
    (gz,) = out_grads
    x = node.inputs[0]
    return [T.reshape(gz, T.shape(x), ndim=x.ndim), None]


def _join(node, out_grads):
    """A Split of ``gz`` at the inputs' lengths, each piece given its input's broadcast
    flags back; zeros for an integer join."""
    (gz,) = out_grads
    axis, tensors = node.inputs[0], node.inputs[1:]
    if not is_float(node.outputs[0]):
        return [None] + [T.zeros_like(t, dtype=floatx()) for t in tensors]
    lengths = T.stack([T.shape(t)[axis] for t in tensors])
    pieces = Split(len(tensors))(gz, axis, lengths)
    pieces = list(pieces) if isinstance(pieces, (list, tuple)) else [pieces]
    return [None] + [rebroadcast(g, list(enumerate(t.broadcastable)))
                     for t, g in zip(tensors, pieces)]


def _split(node, out_grads):
    """The pieces' gradients joined back; a piece with none gets zeros like the piece of
    the split applied once more (a new Split node, as Theano's uncompiled graph shows)."""
    axis = node.inputs[1]
    if all(g is None for g in out_grads):
        return [None, None, None]
    again = node.op.make_node(*node.inputs).outputs if None in out_grads else node.outputs
    grads = [T.zeros_like(o) if g is None else g for o, g in zip(again, out_grads)]
    return [T.join(axis, *grads), None, None]


_split.sees_disconnected = True  # it makes the zeros of a piece without a gradient itself


def _make_vector(node, out_grads):
    (gz,) = out_grads
    if not is_float(node.outputs[0]):
        return [cast_zeros_of(i) for i in node.inputs]
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
    if op.kind == "undefined":
        return [Null("This variable is Null because the grad method for input 0 (%s) of the "
                     "UndefinedGrad op is mathematically undefined. " % node.inputs[0])]
    if op.kind == "clip":
        lower, upper = op.args
        return [T.clip(gz, lower, upper)]
    if op.kind == "scale":
        (multiplier,) = op.args
        return [multiplier * gz]
    return [zeros_of(node.inputs[0])]  # 'zero' and 'constant'


def _disconnected_all(node, out_grads):
    return [None] * len(node.inputs)


def _permute_grad(node, out_grads):
    """gz permuted back (Theano's PermuteRowElements.grad: the inverse flag of ``eq(inverse,
    0)``, a variable, always reads as true), summed over x's broadcast axes."""
    x, y, inverse = node.inputs
    (gz,) = out_grads
    gx = extra_ops.permute_row_elements(gz, y, T.eq(inverse, 0))
    axes = tuple(d for d in range(gz.ndim) if x.broadcastable[d] and not gz.broadcastable[d])
    gx = T.keep_dims(gz, make_sum(gx, axes)(gx), axes)  # the summed axes back, broadcastable
    if x.dtype in DISCRETE_DTYPES:
        gx = T.zeros_like(x)
    # (Theano names input 1 for both)
    why = ("This variable is Null because the grad method for input 1 (%s) of the %s op is "
           "mathematically undefined. ")
    return [gx, Null(why % (y, node.op)), Null(why % (inverse, node.op))]


RULES = {
    Elemwise: _elemwise,
    DimShuffle: _dimshuffle,
    Sum: _sum,
    Reduce: _reduce_max,
    MaxAndArgmax: _max_and_argmax,
    Prod: _prod,
    Dot: _dot,
    Dot22: _dot,
    Gemm: _gemm,
    Gemv: _gemv,
    Subtensor: _subtensor,
    AdvancedSubtensor1: _advanced_subtensor1,
    IncSubtensor: _inc_subtensor,
    AdvancedIncSubtensor1: _advanced_inc_subtensor1,
    AdvancedSubtensor: _advanced_subtensor,
    AdvancedBooleanSubtensor: _advanced_subtensor,
    AdvancedIncSubtensor: _advanced_inc_subtensor,
    AdvancedBooleanIncSubtensor: _advanced_inc_subtensor,
    Reshape: _reshape,
    Join: _join,
    Split: _split,
    SpecifyShape: lambda node, out_grads: [out_grads[0], None],  # the shape: disconnected
    MakeVector: _make_vector,
    Alloc: _alloc,
    Rebroadcast: _rebroadcast,
    DeepCopyOp: _identity,
    ViewOp: _identity,
    **{cls: _grad_identity for cls in GRAD_IDENTITIES},
    Shape: _disconnected_all,
    Shape_i: _disconnected_all,
    ScalarFromTensor: _disconnected_all,
    AllocEmpty: _disconnected_all,
}


nnet.register_gradients(RULES)
special.register_scalar_gradients(SCALAR_RULES)
elementary.register_scalar_gradients(SCALAR_RULES)
nnet.register_scalar_gradients(SCALAR_RULES)
linalg.register_gradients(RULES)
diagonals.register_gradients(RULES)
slinalg.register_gradients(RULES)
decompositions.register_gradients(RULES)
extra_ops.register_gradients(RULES)
flat_index.register_gradients(RULES)
RULES[extra_ops.PermuteRowElements] = _permute_grad
bn.register_gradients(RULES)
bn.register_scalar_gradients(SCALAR_RULES)
ifelse.register_gradients(RULES)
print_op.register_gradients(RULES)
assert_op.register_gradients(RULES)
pool.register_gradients(RULES)
conv.register_gradients(RULES)
NOT_CONNECTED = (Shape, Shape_i)

__all__ = [
    "MethodNotDefined", "NOT_CONNECTED", "Null", "RULES", "SCALAR_RULES", "elemwise_bgrad",
    "cast_zeros_of", "expand_composite", "float_dtype", "is_composite", "is_float", "pow_grads", "scalar_cast_zeros",
    "zeros_of",
]


