"""The R-operator of each op, one rule per op class (``ROP_RULES``), as Theano 1.0.5's
ops define ``R_op``.

A rule takes ``(node, eval_points)``, one point per input (``None``: no differentiable
path reaches that input), and returns one entry per output: the directional derivative
of that output along the points, or ``None``.  Most ops apply themselves to the point of
their data input and their other inputs as they are; an elementwise op multiplies the
gradient of a fresh copy of itself (seeded with ones) by each point and sums the terms.
An op Theano gives no R_op is refused with its NotImplementedError (``missing_rop``).
The loop's rule lives with the loop (``compile/scan_rop.py``), the random ops' with them.
"""
from __future__ import annotations


from rngscope.tensor import basic as T
from rngscope.tensor import ifelse, linalg, nnet, print_op
from rngscope.tensor.blas import Dot
from rngscope.tensor.elemwise import DimShuffle, Elemwise, Sum
from rngscope.tensor.grad_ops import GRAD_IDENTITIES, AdvancedIncSubtensor1, IncSubtensor
from rngscope.tensor.grad_rules import RULES, Null, elemwise_bgrad, is_float, scalar_cast_zeros
from rngscope.tensor.maxima import MaxAndArgmax
from rngscope.tensor.alloc import Alloc, AllocEmpty
from rngscope.tensor.shape_ops import (
    AdvancedBooleanIncSubtensor, AdvancedBooleanSubtensor, AdvancedIncSubtensor, AdvancedSubtensor,
    AdvancedSubtensor1, Join, MakeVector, Rebroadcast,
    Reshape, ScalarFromTensor, Shape, SpecifyShape, Split, Subtensor,
)

__all__ = ["ROP_RULES", "missing_rop", "no_rop"]


def missing_rop(op):
    """Theano's Op.R_op for an op without one."""
    raise NotImplementedError(
        "%s of class %s does not implement R_op. If this is a theano op, write to the "
        "theano-dev mailing list for assistance. If it is your own op, implement the R_op "
        "method." % (op, getattr(op, "theano_class", type(op).__name__)))


def _outputs(v):
    return list(v) if isinstance(v, (list, tuple)) else [v]


def no_rop(node, points):
    """Not differentiable along any input (a shape, a draw, a range)."""
    return [None] * len(node.outputs)


def _on_first(node, points):
    """The op applied to the first input's point, the other inputs as they are."""
    if points[0] is None:
        return [None] * len(node.outputs)
    return _outputs(node.op(points[0], *node.inputs[1:]))


def _on_all(node, points):
    """The op applied to every input's point (each one needed)."""
    if any(p is None for p in points):
        return [None] * len(node.outputs)
    return _outputs(node.op(*points))


def _on_first_two(node, points):
    """An increment: the op applied to the points of the tensor and of the increment."""
    if points[0] is None or points[1] is None:
        return [None]
    return _outputs(node.op(points[0], points[1], *node.inputs[2:]))


def _elemwise(node, points):
    out = node.op(*node.inputs)  # Theano differentiates a fresh copy of the node
    bgrads = _bgrads(node.op.scalar_op, list(node.inputs), out)
    rop = None
    for g, point in zip(bgrads, points):
        if g is None or isinstance(g, Null) or point is None:
            continue
        rop = g * point if rop is None else rop + g * point
    return [rop]


def _bgrads(scalar_op, inputs, out):
    """The gradients Theano's Elemwise._bgrad gives a fresh output seeded with ones: for a
    discrete output, each input's zeros cast to floatX (``x.zeros_like().astype(floatX)``
    of the scalar graph), as for a switch's condition; a power's exponent gets its gradient
    whatever its dtype.  Theano turns the scalar formula into tensors without a memo, so
    each input's gradient is a tree of its own (a subexpression used twice is built twice,
    each constant gets its own DimShuffle)."""
    if not is_float(out):
        return [scalar_cast_zeros(x, out.ndim) for x in inputs]
    gz = T.ones_like(out)
    grads = elemwise_bgrad(scalar_op, inputs, out, gz)
    known = {id(v) for v in inputs + [out, gz]}
    return [g if g is None or isinstance(g, Null) else _tree(g, known) for g in grads]


def _tree(root, known):
    """``root``'s formula rebuilt down to the ``known`` variables (and graph inputs) with a
    new node for every use of a node (iterative)."""
    built, work = [], [(False, root)]
    while work:
        ready, v = work.pop()
        node = v.owner
        if not ready:
            if id(v) in known or node is None:
                built.append(v)
                continue
            work.append((True, v))
            work.extend((False, i) for i in reversed(node.inputs))
            continue
        n = len(node.inputs)
        args = built[len(built) - n:]
        del built[len(built) - n:]
        new = node.op.make_node(*args).outputs[node.outputs.index(v)]
        new.name = v.name
        built.append(new)
    return built[0]


def _dot(node, points):
    a, b = node.inputs
    if points[0] is None and points[1] is None:
        return [None]
    terms = []
    if points[0] is not None:
        terms.append(node.op(points[0], b))
    if points[1] is not None:
        terms.append(node.op(a, points[1]))
    return [terms[0] + terms[1] if len(terms) == 2 else terms[0]]


def _alloc_empty(node, points):
    return [T.zeros(list(node.inputs), node.op.dtype)]


def _join(node, points):
    if any(p is None for p in points[1:]):
        return [None]
    return _outputs(node.op(node.inputs[0], *points[1:]))


def _max_and_argmax(node, points):
    if points[0] is None:
        return [None, None]
    axis, (x,) = node.op.axis, node.inputs
    if len(axis) != 1:
        raise ValueError("R_op supported for arg_max only for one axis!")
    if axis[0] > 1:
        raise ValueError("R_op supported for arg_max only when  axis is 0 or 1")
    if x.ndim != 2:
        raise ValueError("R_op supported for arg_max only when  input is a matrix")
    _max, pos = node.op(*node.inputs)
    ev = points[0]
    if axis[0] == 0:
        return [ev[pos, nnet.arange(ev.shape[1])], None]
    return [ev[nnet.arange(ev.shape[0]), pos], None]


def _like_gradient(node, points):
    """A symmetric Jacobian: the gradient of a fresh copy of the node at the points
    (Theano's Softmax and LogSoftmax)."""
    if any(p is None for p in points):
        return [None]
    fresh = node.op.make_node(*node.inputs)
    return list(RULES[type(node.op)](fresh, list(points)))


def _grad_identity(node, points):
    kind = node.op.kind
    if kind in ("disconnected", "undefined"):
        return [None]
    if kind == "zero":
        if points[0] is None:
            return [None]
        # Theano's ZeroGrad.R_op returns zeros(1) itself, not a list: its first row is read
        return [T.zeros([1])[0]]
    missing_rop(node.op)  # ViewOp's subclasses have none


def _matrix_inverse(node, points):
    (ev,) = points
    xi = node.op(node.inputs[0])
    if ev is None:
        return [None]
    return [-linalg.matrix_dot(xi, ev, xi)]


def _batched_dot(node, points):
    a, b = node.inputs
    if points[0] is None and points[1] is None:
        return [None]
    t1 = node.op(points[0], b) if points[0] is not None else None
    t2 = node.op(a, points[1]) if points[1] is not None else None
    if t1 is not None and t2 is not None:
        return [t1 + t2]
    return [t1 if t1 is not None else t2]


def _ifelse(node, points):
    return _outputs(node.op(node.inputs[0], *points[1:]))


ROP_RULES = {
    Elemwise: _elemwise,
    DimShuffle: _on_all,
    Sum: _on_all,
    Dot: _dot,
    MaxAndArgmax: _max_and_argmax,
    Alloc: _on_first,
    AllocEmpty: _alloc_empty,
    Split: _on_first,
    Join: _join,
    Reshape: _on_first,
    ScalarFromTensor: _on_all,
    MakeVector: _on_all,
    Rebroadcast: _on_first,
    SpecifyShape: _on_first,
    Subtensor: _on_first,
    IncSubtensor: _on_first_two,
    AdvancedSubtensor1: _on_first,
    AdvancedIncSubtensor1: _on_first_two,
    AdvancedSubtensor: _on_first,
    AdvancedIncSubtensor: _on_first_two,
    AdvancedBooleanSubtensor: _on_first,
    AdvancedBooleanIncSubtensor: _on_first_two,
    Shape: no_rop,
    nnet.ARange: no_rop,
    nnet.Softmax: _like_gradient,
    nnet.LogSoftmax: _like_gradient,
    **{cls: _grad_identity for cls in GRAD_IDENTITIES},
    linalg.MatrixInverse: _matrix_inverse,
    linalg.BatchedDot: _batched_dot,
    ifelse.IfElse: _ifelse,
    print_op.Print: lambda node, points: list(points),
}
