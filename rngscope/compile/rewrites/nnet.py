"""Theano's cross-entropy rewrites: ``log(softmax(x + b))[arange(n), y]`` (or the log taken after
the pick) and its gradient
become the fused CrossentropySoftmaxArgmax1HotWithBias / ...Dx ops (their bits, not
the unfused graph's).  Run in specialize, where Theano registers them (recorded: a cost
``-mean(log(p)[arange(n), y])`` stays unfused through canonicalize and stabilize, so their
rewrites meet ``-1 * (sum / n)``, not the fused op); the pick is offered the rules before
its ``log(softmax)``, which would otherwise become LogSoftmax first."""
from __future__ import annotations

import numpy as np

from rngscope.compile.vocabulary import is_elemwise, is_fill, scalar_cls, tracks
from rngscope.tensor.static import constant_value
from rngscope.tensor import basic as T
from rngscope.tensor import scalar as scal
from rngscope.tensor.elemwise import DimShuffle, Elemwise, Reduce
from rngscope.tensor.alloc import Alloc
from rngscope.tensor.shape_ops import AdvancedIncSubtensor, AdvancedSubtensor, Shape, Shape_i, Subtensor
from rngscope.tensor.nnet import (
    ARange, Argmax, CrossentropyCategorical1Hot,
    CrossentropyCategorical1HotGrad, CrossentropySoftmax1HotWithBiasDx,
    CrossentropySoftmaxArgmax1HotWithBias, LogSoftmax, MaxAndArgmax, Softmax, SoftmaxGrad,
    SoftmaxWithBias,
)

CSA = CrossentropySoftmaxArgmax1HotWithBias


def _is_row_arange(v, labels, ctx):
    """``arange(labels.shape[0])``: start 0, step 1, and a stop that is the labels' length
    as the graph computes it (Theano's _check_rows_is_arange_len_labels: ``arange(n)`` of
    a constant or of another tensor's rows is not fused, even when the lengths agree)."""
    node = v.owner
    if node is None or not isinstance(node.op, ARange):
        return False
    start, stop, step = node.inputs
    start, step = (constant_value(i, only_process_constants=True) for i in (start, step))
    if start is None or step is None or start != 0 or step != 1 or stop.owner is None:
        return False
    if isinstance(stop.owner.op, Subtensor):
        shape = stop.owner.inputs[0].owner
        index = [constant_value(i, only_process_constants=True) for i in stop.owner.inputs[1:]]
        return (shape is not None and isinstance(shape.op, Shape) and index == [0]
                and shape.inputs[0] is labels)
    if isinstance(stop.owner.op, Shape_i) and stop.owner.op.i == 0 and stop.owner.inputs[0] is labels:
        return True
    # (Theano, with its shape feature: shape_of[labels][0] is stop; the labels' rows may be
    # another variable's, argmax(onehot)'s are the one-hot's)
    return labels.ndim == 1 and ctx.same_dim(ctx.shape_of(labels)[0], stop)


def _split_bias(z):
    """``z`` as (x, b) when it is ``x + b`` with a row-broadcast vector b, else (z, zeros)."""
    node = z.owner
    if node is not None and is_elemwise(node, "Add") and len(node.inputs) == 2:
        x, bias = node.inputs
        bnode = bias.owner
        if (x.ndim == 2 and bnode is not None and isinstance(bnode.op, DimShuffle)
                and bnode.op.new_order == ("x", 0)):
            return x, bnode.inputs[0]
    return z, T.zeros_like(z[0])


@tracks(AdvancedSubtensor)
def crossentropy_onehot(node, ctx):
    """log(CSA(x, b, y).1)[arange(n), y] -> -CSA(x, b, y).0; log(softmax(x))[arange(n), y]
    -> -CSA(x, zeros, y).0 (the softmax kept for its other readers)."""
    if len(node.inputs) != 3 or not _is_row_arange(node.inputs[1], node.inputs[2], ctx):
        return None
    log = node.inputs[0].owner
    if not is_elemwise(log, "Log"):
        return None
    sm = log.inputs[0]
    csa = sm.owner
    y = node.inputs[2]
    if csa is not None and isinstance(csa.op, Softmax) and y.dtype in (
            "int8", "int16", "int32", "int64") and y.ndim == 1:
        x, b = _split_bias(csa.inputs[0])
        return [_shaped_like(T.neg(CSA()(x, b, y)[0]), node.outputs[0])]
    if csa is None or not isinstance(csa.op, CSA) or sm is not csa.outputs[1]:
        return None
    if y is not csa.inputs[2]:
        return None
    return [_shaped_like(T.neg(csa.outputs[0]), node.outputs[0])]


def _shaped_like(new, old):
    """``new``, whose shape is read as ``old``'s: Theano's ShapeFeature keeps a replaced
    variable's shape for its replacement, so the pick's length (the rows of y) stays the
    length a mean of it divides by, where the fused op's own would be x's rows."""
    new.tag["shape_like"] = old
    return new


@tracks(Elemwise, families=("Log",))
def crossentropy_of_pick(node, ctx):
    """log(softmax(x + b)[arange(n), y]) -> -CSA(x, b, y).0 (the second form of Theano's
    local_advanced_indexing_crossentropy_onehot: the log taken after the pick)."""
    if not is_elemwise(node, "Log"):
        return None
    pick = node.inputs[0].owner
    if pick is None or not isinstance(pick.op, AdvancedSubtensor) or len(pick.inputs) != 3:
        return None
    sm, rows, y = pick.inputs
    x_b = _softmax_logits(sm)
    if x_b is None or not _is_row_arange(rows, y, ctx) or y.ndim != 1 or x_b[0].ndim != 2 \
            or y.dtype not in ("int8", "int16", "int32", "int64"):
        return None
    return [T.neg(CSA()(x_b[0], x_b[1], y)[0])]


def _softmax_logits(sm):
    """(x, b) of ``sm`` = softmax_with_bias(x, b), or softmax(x + b) (b zeros when it
    has no bias), else None."""
    owner = sm.owner
    if owner is None:
        return None
    if isinstance(owner.op, SoftmaxWithBias):
        return owner.inputs[0], owner.inputs[1]
    if isinstance(owner.op, Softmax):
        return _split_bias(owner.inputs[0])
    return None


def _picked_grad(d_sm, sm, ctx):
    """-g for d_sm = inc(zeros, [-](num / sm[arange(n), y]), arange(n), y) (the gradient of
    a log taken after the pick): ``(-g, y)`` as Theano's local_advanced_indexing_crossentropy
    _onehot_grad reads it (the sign, then -num, then over the other factors of the
    denominator), else None."""
    inc = d_sm.owner
    if inc is None or not isinstance(inc.op, AdvancedIncSubtensor) or len(inc.inputs) != 4:
        return None
    zeros, incr, rows, y = inc.inputs
    zero = constant_value(zeros)
    if zero is None or not np.all(zero == 0) or not _is_row_arange(rows, y, ctx):
        return None
    sign = 1.0
    if is_elemwise(incr.owner, "Neg"):
        sign, incr = -1.0, incr.owner.inputs[0]
    if not is_elemwise(incr.owner, "TrueDiv"):
        return None
    num, denom = incr.owner.inputs
    if not (num.ndim == 1 or all(num.broadcastable)) or denom.owner is None:
        return None
    out_grad = T.mul(sign, T.neg(num)) if sign != 1.0 else T.neg(num)
    picked = denom
    if is_elemwise(denom.owner, "Mul"):
        factors = denom.owner.inputs
        k = next((k for k, f in enumerate(factors) if f.owner is not None
                  and isinstance(f.owner.op, AdvancedSubtensor)), None)
        if k is None:
            return None
        rest = [f for j, f in enumerate(factors) if j != k]
        rest = rest[0] if len(rest) == 1 else T.mul(*rest)
        if not (rest.ndim == 1 or all(rest.broadcastable)):
            return None
        picked, out_grad = factors[k], T.true_div(out_grad, rest)
    owner = picked.owner
    if owner is None or not isinstance(owner.op, AdvancedSubtensor) or \
            list(owner.inputs) != [sm, rows, y]:
        return None
    return out_grad, y


@tracks(SoftmaxGrad)
def crossentropy_picked_grad(node, ctx):
    """softmax_grad(inc(zeros, -g / sm[arange(n), y], arange(n), y), sm) -> Dx(fill(x[:, 0],
    g), sm, y) for sm = softmax(x + b) (the first case of Theano's
    local_advanced_indexing_crossentropy_onehot_grad, the gradient of a log taken after
    the pick; specialize only)."""
    d_sm, sm = node.inputs
    logits = _softmax_logits(sm)
    picked = _picked_grad(d_sm, sm, ctx) if logits is not None else None
    if picked is None:
        return None
    out_grad, y = picked
    x = logits[0]
    if y.ndim != 1 or x.ndim != 2:
        return None
    return [CrossentropySoftmax1HotWithBiasDx()(T.fill(x[:, 0], out_grad), sm, y)]


@tracks(SoftmaxGrad)
def crossentropy_onehot_grad(node, ctx):
    """softmax_grad(inc(zeros, g, arange(n), y) / sm, sm) -> Dx(-g, sm, y), for sm a softmax
    or CSA(.., y).1."""
    dy_sm, sm = node.inputs
    csa = sm.owner
    if csa is None or not (isinstance(csa.op, CSA) and sm is csa.outputs[1]
                           or isinstance(csa.op, (Softmax, SoftmaxWithBias))):
        return None
    div = dy_sm.owner
    if not is_elemwise(div, "TrueDiv") or div.inputs[1] is not sm:
        return None
    inc = div.inputs[0].owner
    if inc is None or not isinstance(inc.op, AdvancedIncSubtensor) or len(inc.inputs) != 4:
        return None
    zeros, g, rows, y = inc.inputs
    zero = constant_value(zeros)
    if isinstance(csa.op, CSA) and y is not csa.inputs[2]:
        return None
    if zero is None or not np.all(zero == 0) or not _is_row_arange(rows, y, ctx):
        return None
    return [CrossentropySoftmax1HotWithBiasDx()(T.neg(_one_row(g)), sm, y)]


def _one_row(g):
    """``g`` without the fill that spreads one value over the rows, directly or under a
    negation (the mean's gradient, -fill(picks, -1 / n)): Dx broadcasts a length-1 dy,
    and Theano's canonicalize and stabilize drop that fill (and the alloc it becomes)
    before its specialize meets the gradient."""
    neg = is_elemwise(g.owner, "Neg")
    inner = g.owner.inputs[0] if neg else g
    fill = inner.owner
    if not is_fill(fill) or fill.inputs[1].broadcastable != (True,):
        return g
    return T.neg(fill.inputs[1]) if neg else fill.inputs[1]


@tracks(Elemwise, families=("Log",))
def log_softmax(node, ctx):
    """log(softmax(x)) -> LogSoftmax(x)."""
    inner = node.inputs[0].owner
    if inner is None or not isinstance(inner.op, Softmax):
        return None
    return [LogSoftmax()(inner.inputs[0])]


@tracks(Elemwise, families=("Log",))
def log_one_minus_sigmoid(node, ctx):
    """log(1 - sigmoid(x)) -> -softplus(x) (a product by 1 is looked through)."""
    sub = skip_mul_1(node.inputs[0]).owner
    if not is_elemwise(sub, "Sub"):
        return None
    one, sig = (skip_mul_1(i) for i in sub.inputs)
    if scalar_cls(sig.owner) != "ScalarSigmoid" or not _const_is(one, 1):
        return None
    out = T.neg(T.softplus(sig.owner.inputs[0]))
    return [out] if out.type == node.outputs[0].type else None


def _const_is(v, value):
    c = constant_value(v)
    return c is not None and np.all(c == value)


def skip_mul_1(v):
    """The one factor of ``v = x * 1 * ...`` that is not a constant 1, else ``v`` (the
    identities Theano's sigmoid patterns look through)."""
    if is_elemwise(v.owner, "Mul"):
        rest = [i for i in v.owner.inputs
                if not (constant_value(i) is not None and np.allclose(constant_value(i), 1))]
        if len(rest) == 1:
            return rest[0]
    return v


def _scalar_consts_rest(inputs):
    """(the constant inputs' values, those inputs, the other inputs)."""
    values, consts, rest = [], [], []
    for i in inputs:
        c = constant_value(i)
        if c is not None:
            values.append(c)
            consts.append(i)
        else:
            rest.append(i)
    return values, consts, rest


def _one_plus_exp(t):
    """x when ``t`` is ``1 + exp(x)`` (constants summing to 1), else None."""
    if not is_elemwise(t.owner, "Add"):
        return None
    values, _consts, rest = _scalar_consts_rest(t.owner.inputs)
    if len(rest) == 1 and is_elemwise(rest[0].owner, "Exp") and values \
            and np.allclose(np.sum(values), 1):
        return rest[0].owner.inputs[0]
    return None


def negated(v):
    """x when ``v`` is ``-x`` or a product with a -1 factor, else None."""
    node = v.owner
    if is_elemwise(node, "Neg"):
        return node.inputs[0]
    if is_elemwise(node, "Mul") and len(node.inputs) >= 2:
        for k, i in enumerate(node.inputs):
            c = constant_value(i)
            if c is not None and np.allclose(c, -1):
                others = node.inputs[:k] + node.inputs[k + 1:]
                return others[0] if len(others) == 1 else T.mul(*others)
    return None


def exp_arg(v):
    """(negated, x) when ``v`` is ``exp(x)`` or ``-exp(x)``, else None."""
    inner = negated(v)
    neg = inner is not None
    v = inner if neg else v
    if is_elemwise(v.owner, "Exp"):
        return neg, v.owner.inputs[0]
    return None


def _factors(v, match):
    """A product's factors split by ``match`` (None: no match, else (negated, x)):
    (the matched xs, the other factors, the parity of the negations)."""
    factors = v.owner.inputs if is_elemwise(v.owner, "Mul") else [v]
    matched, rest, neg = [], [], False
    for f in factors:
        m = match(f)
        if m is None:
            rest.append(f)
        else:
            matched.append(m[1])
            neg ^= m[0]
    return matched, rest, neg


@tracks(Elemwise, families=("TrueDiv",))
def exp_over_1_plus_exp(node, ctx):
    """exp(x) / (1 + exp(x)) -> sigmoid(x); c / (1 + exp(x)) -> c * sigmoid(-x)."""
    num, denom = node.inputs
    num_exp, num_rest, num_neg = _factors(num, exp_arg)
    denom_1pexp, denom_rest, _ = _factors(
        denom, lambda t: None if _one_plus_exp(t) is None else (False, _one_plus_exp(t)))
    if not denom_1pexp:
        return None
    sigmoids = []
    for x in denom_1pexp:
        if any(x is e for e in num_exp):
            sigmoids.append(T.sigmoid(x))
            num_exp = _drop_first(num_exp, x)
        else:
            sigmoids.append(T.sigmoid(T.neg(x)))
    parts = sigmoids + [T.exp(x) for x in num_exp] + num_rest
    new = parts[0] if len(parts) == 1 else T.mul(*parts)
    if num_neg:
        new = T.neg(new)
    if denom_rest:
        new = new / (denom_rest[0] if len(denom_rest) == 1 else T.mul(*denom_rest))
    return [new] if new.type == node.outputs[0].type else None


def _drop_first(items, x):
    k = next(k for k, e in enumerate(items) if e is x)
    return items[:k] + items[k + 1:]


@tracks(Elemwise, families=("Inv",))
def inv_1_plus_exp(node, ctx):
    """inv(1 + exp(x)) -> sigmoid(-x)."""
    arg = node.inputs[0]
    if not is_elemwise(arg.owner, "Add"):
        return None
    values, consts, rest = _scalar_consts_rest(arg.owner.inputs)
    if len(rest) != 1 or not is_elemwise(rest[0].owner, "Exp") or not values \
            or not np.allclose(np.sum(values), 1):
        return None
    new = T.sigmoid(T.neg(rest[0].owner.inputs[0]))
    for c in consts:
        new = T.fill(c, new)
    return [new] if new.type == node.outputs[0].type else None


@tracks(Elemwise, families=("Log1p",))
def log1p_neg_sigmoid(node, ctx):
    """log1p(-sigmoid(x)) -> -softplus(x)."""
    neg = node.inputs[0].owner
    if not is_elemwise(neg, "Neg") or scalar_cls(neg.inputs[0].owner) != "ScalarSigmoid":
        return None
    out = T.neg(T.softplus(neg.inputs[0].owner.inputs[0]))
    return [out] if out.type == node.outputs[0].type else None


# Theano's stabilize-phase nnet rules (run with the other stabilisations)
STABILIZE = (log_one_minus_sigmoid, exp_over_1_plus_exp, inv_1_plus_exp,
             log1p_neg_sigmoid)


@tracks(Softmax)
def softmax_with_bias(node, ctx):
    """softmax(x + b) -> SoftmaxWithBias(x, b) for row-broadcast vectors b (summed when
    several; a sum of vectors alone is padded to a one-row matrix)."""
    x = node.inputs[0]
    if not is_elemwise(x.owner, "Add"):
        return None
    vectors, others = [], []
    for i in x.owner.inputs:
        if i.broadcastable == (True, False):
            inner = i.owner
            if inner is not None and isinstance(inner.op, DimShuffle) and \
                    inner.inputs[0].broadcastable == (False,):
                vectors.append(inner.inputs[0])
            else:
                vectors.append(T.dimshuffle(i, (1,)))
        else:
            others.append(i)
    if not others:
        others.append(T.dimshuffle(vectors.pop(), ("x", 0)))
    if not vectors:
        return None
    bias = vectors[0] if len(vectors) == 1 else T.add(*vectors)
    matrix = others[0] if len(others) == 1 else T.add(*others)
    out = SoftmaxWithBias()(matrix, bias)
    return [out] if out.type == node.outputs[0].type else None


@tracks(SoftmaxGrad)
def softmax_grad_to_crossentropy_grad(node, ctx):
    """softmax_grad(crossentropy_1hot_grad(g, sm, y), sm) -> CrossentropySoftmax1HotWithBiasDx(g, sm, y)."""
    g_sm = node.inputs[0].owner
    if g_sm is None or not isinstance(g_sm.op, CrossentropyCategorical1HotGrad):
        return None
    g_nll, sm, y = g_sm.inputs
    return [CrossentropySoftmax1HotWithBiasDx()(g_nll, sm, y)]


def crossentropy_softmax_1hot(fg):
    """crossentropy_1hot(softmax(x) | softmax_with_bias(x, b), y) -> the fused
    CrossentropySoftmaxArgmax1HotWithBias: its nll and its softmax replace both
    (Theano's crossentropy_to_crossentropy_with_softmax, after specialize); a softmax_with_bias
    of the same (x, b) as a fused one becomes its softmax output."""
    changed = True
    while changed:
        changed = False
        for node in fg.toposort():
            if not isinstance(node.op, CrossentropyCategorical1Hot):
                continue
            sm, y = node.inputs
            owner = sm.owner
            if owner is None or not isinstance(owner.op, (Softmax, SoftmaxWithBias)):
                continue
            x = owner.inputs[0]
            b = owner.inputs[1] if isinstance(owner.op, SoftmaxWithBias) else T.zeros_like(x[0])
            csa = CSA()(x, b, y)
            fg.replace(node.outputs[0], csa[0])
            fg.replace(sm, csa[1])
            changed = True
            break
    # a softmax_with_bias of the inputs a fused cross-entropy also reads is that op's softmax
    for node in fg.toposort():
        if not isinstance(node.op, SoftmaxWithBias) or not fg.contains(node):
            continue
        x, b = node.inputs
        for client, _k in fg.clients(x):
            if (client != "output" and isinstance(client.op, CSA) and client.inputs[0] is x
                    and client.inputs[1] is b):
                fg.replace(node.outputs[0], client.outputs[1])
                break


@tracks(SoftmaxGrad)
def log_softmax_grad(node, ctx):
    """softmax_grad(g / sm, sm), sm = softmax(x) (the gradient of log(softmax(x))) ->
    g - sum(g, axis=1, keepdims) * sm (an integer-target pick is left to the fused
    cross-entropy gradient)."""
    div = node.inputs[0].owner
    if not is_elemwise(div, "TrueDiv"):
        return None
    grads, sm = div.inputs
    if sm.owner is None or not isinstance(sm.owner.op, Softmax) or node.inputs[1] is not sm:
        return None
    if grads.owner is not None and isinstance(grads.owner.op, AdvancedIncSubtensor):
        return None
    if grads.broadcastable[1] and not sm.broadcastable[1]:
        grads = T.alloc(grads, grads.shape[0], sm.shape[1])
    out = grads - T.sum(grads, axis=1, keepdims=True) * sm
    return [out] if out.type == node.outputs[0].type else None


@tracks(CrossentropySoftmax1HotWithBiasDx)
def dx_without_alloc(node, ctx):
    """CrossentropySoftmax1HotWithBiasDx(alloc(dz, n), sm, y) -> ...Dx(dz, sm, y): the op
    broadcasts a one-row dz itself (Theano's
    local_useless_crossentropy_softmax_1hot_with_bias_dx_alloc).  Theano guards a one-row
    dz whose n it cannot prove equal to sm's rows with an Assert; rngscope has no Assert
    and leaves such an alloc alone."""
    dy, sm, y_idx = node.inputs
    alloc = dy.owner
    if dy.ndim != 1 or dy.broadcastable[0] or alloc is None or not isinstance(alloc.op, Alloc):
        return None
    dz = alloc.inputs[0]
    if dz.ndim == 0 or dz.broadcastable[0]:
        rows, n = ctx.shape_of(sm)[0], ctx.shape_of(dy)[0]
        if not (_same_scalar(rows, n) or constant_value(n) == 1):
            return None
    out = node.op(dz, sm, y_idx)
    return [out] if out.type == node.outputs[0].type else None


def _same_scalar(a, b):
    """Whether two shape scalars are computed alike: one variable, equal constants, or
    equal ops on the same inputs."""
    if a is b:
        return True
    ca, cb = constant_value(a), constant_value(b)
    if ca is not None or cb is not None:
        return ca is not None and cb is not None and ca == cb
    na, nb = a.owner, b.owner
    return (na is not None and nb is not None and na.op == nb.op
            and len(na.inputs) == len(nb.inputs)
            and all(x is y for x, y in zip(na.inputs, nb.inputs)))


# monotonic maps argmax sees through
_MONOTONIC = ("ScalarSigmoid", "ScalarSoftplus", "Exp", "Log", "Tanh")


@tracks(MaxAndArgmax)
def argmax_pushdown(node, ctx):
    """argmax(f(x)) -> argmax(x) for softmax and the increasing elementwise maps f, and
    argmax(softmax_with_bias(x, b)) -> argmax(x + b), when the max is not read (Theano's
    local_argmax_pushdown, a specialize rule)."""
    inner = node.inputs[0].owner
    if inner is None or ctx.clients(node.outputs[0]):
        return None
    if isinstance(inner.op, Softmax) or scalar_cls(inner) in _MONOTONIC:
        pre_x = inner.inputs[0]
    elif isinstance(inner.op, SoftmaxWithBias):
        pre_x, bias = inner.inputs
        pre_x = pre_x + DimShuffle(bias.broadcastable, ("x", 0))(bias)
    else:
        return None
    return MaxAndArgmax(node.op.axis)(pre_x)


@tracks(MaxAndArgmax)
def max_and_argmax_split(node, ctx):
    """MaxAndArgmax(x) with only its max read -> a maximum reduction; with only its argmax
    read -> Argmax (Theano's local_max_and_argmax, an uncanonicalize rule)."""
    x = node.inputs[0]
    out, argout = node.outputs
    if not ctx.clients(argout):
        return [Reduce(scal.maximum, node.op.axis)(x), argout]
    if not ctx.clients(out):
        return [out, Argmax(node.op.axis)(x)]
    return None


# Theano's specialize-phase nnet rules (log(softmax) -> LogSoftmax among them: Theano registers
# local_logsoftmax in specialize, tagged 'stabilize' but not in that pass)
SPECIALIZE = (softmax_with_bias, log_softmax, log_softmax_grad, softmax_grad_to_crossentropy_grad,
              crossentropy_onehot, crossentropy_of_pick, crossentropy_picked_grad, crossentropy_onehot_grad, dx_without_alloc, argmax_pushdown)


__all__ = ["argmax_pushdown", "crossentropy_of_pick", "crossentropy_picked_grad", "max_and_argmax_split", "crossentropy_softmax_1hot", "dx_without_alloc", "exp_arg", "negated", "skip_mul_1", "log_softmax_grad",
           "SPECIALIZE", "softmax_grad_to_crossentropy_grad", "softmax_with_bias", "exp_over_1_plus_exp", "inv_1_plus_exp", "log1p_neg_sigmoid",
           "STABILIZE"]
