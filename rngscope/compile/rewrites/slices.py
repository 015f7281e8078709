"""Two slices applied one after the other merged into one (Theano's merge_two_slices and
local_subtensor_merge), and the greedy clean-up Theano gives fresh index arithmetic.

``merge_slices`` composes ``[s1][s2]`` into one slice (or one index) of the original
axis from the two canonical forms (``rngscope.compile.slice_forms``), as a graph built
term for term as Theano builds it, so that later rewrites meet what Theano's meet;
``subtensor_merge_slices`` uses it to rewrite ``x[s1][s2]`` into ``x[s]``.
"""
from __future__ import annotations

import numpy as np

from rngscope.compile.rewrites import canonical, integer, switch
from rngscope.compile.slice_forms import canonical_slice, index_entries
from rngscope.compile.vocabulary import UPCASTING, tracks
from rngscope.graph.basic import Constant
from rngscope.tensor import basic as T
from rngscope.tensor.elemwise import DimShuffle, Elemwise
from rngscope.tensor.shape_ops import Subtensor
from rngscope.tensor.variable import TensorConstant, fresh_constants

__all__ = ["greedy", "merge_constants", "merge_slices", "subtensor_merge_slices"]


def merge_slices(slice1, len1, slice2, len2, live=()):
    """One slice (or index) of the original axis doing ``[slice1][slice2]``; ``len1`` is the
    axis's length before ``slice1``, ``len2`` after it; ``live``: the ids of the nodes of the
    graph (left as they are)."""
    sl1, reverse1 = canonical_slice(slice1, len1)
    sl2, reverse2 = canonical_slice(slice2, len2)
    if not isinstance(sl2, slice):
        if reverse1 == 1 and not isinstance(reverse1, T.Variable):
            val = sl1.start + sl2 * sl1.step
        else:
            val = T.switch(T.lt(reverse1, 0), sl1.stop - 1 - sl2 * sl1.step,
                           sl1.start + sl2 * sl1.step)
        val = T.switch(T.le(len2, 0), len1 + 1, val)
        val = T.switch(T.ge(sl2, len2), len1 + 1, val)
        val = T.switch(T.lt(sl2, 0), -len1 - 1, val)
        if _truthy(sl1.step):
            val = T.switch(T.eq(sl1.step, 0), len1 + 1, val)
        return greedy(val, live)
    flen = sl2.stop - sl2.start
    p_step = sl1.step * sl2.step
    n_step = sl1.step * sl2.step * -1
    pp_start = T.minimum(sl1.start + sl2.start * sl1.step, sl1.stop)
    pp_stop = T.minimum(sl1.start + sl2.stop * sl1.step, sl1.stop)
    pn_stop = sl1.start + (sl2.start - 1) * sl1.step
    pn_stop = T.switch(T.and_(T.lt(pn_stop, 0), T.gt(flen, 0)), -len1 - 1,
                       T.minimum(pn_stop, sl1.stop))
    pn_start = sl1.start + (sl2.stop - 1) * sl1.step
    pn_start = T.maximum(T.minimum(pn_start, sl1.stop), 0)
    np_stop = sl1.stop - sl2.stop * sl1.step - 1
    np_stop = T.switch(T.and_(T.lt(np_stop, 0), T.gt(flen, 0)), -len1 - 1,
                       T.maximum(sl1.start - 1, np_stop))
    np_start = T.maximum(sl1.start, sl1.stop - sl2.start * sl1.step - 1)
    nn_start = T.maximum(sl1.start, (sl1.stop - 1) - (sl2.stop - 1) * sl1.step)
    nn_stop = T.maximum(sl1.start, sl1.stop - sl2.start * sl1.step)
    crossed = T.lt(reverse2 * reverse1, 0)
    first_back = T.lt(reverse1, 0)
    start = T.switch(crossed, T.switch(first_back, np_start, pn_start),
                     T.switch(first_back, nn_start, pp_start))
    stop = T.switch(crossed, T.switch(first_back, np_stop, pn_stop),
                    T.switch(first_back, nn_stop, pp_stop))
    step = T.switch(crossed, n_step, p_step)
    start = T.switch(T.le(flen, 0), 0, start)
    stop = T.switch(T.le(flen, 0), 0, stop)
    start, stop, step = (greedy(greedy(v, live), live) for v in (start, stop, step))
    return slice(*merge_constants([start, stop, step], live))


def _truthy(x):
    """Python's truth of a slice step as Theano's code tests it (a tensor is true)."""
    if isinstance(x, T.Variable):
        return True
    return bool(x)


@tracks(Elemwise, families=UPCASTING, every_elemwise=True)
def _upcast_by_casts(node, ctx):
    """op(x, c) -> op(x, DimShuffle{pad}(cast(c))) when op upcasts anyway: Theano's
    local_upcast_elemwise_constant_inputs as it runs on index arithmetic not yet in the
    graph, where nothing folds the casts; each folds later into a constant of its own."""
    out_dtype = node.outputs[0].type.dtype
    if all(i.type.dtype == out_dtype for i in node.inputs):
        return None
    new_inputs = []
    for i in node.inputs:
        if i.type.dtype == out_dtype or not isinstance(i, TensorConstant):
            new_inputs.append(i)
        elif i.data.size == 1 and all(i.broadcastable):
            value = T.cast(T.constant(i.data.reshape(())), out_dtype)
            new_inputs.append(DimShuffle((), ("x",) * i.ndim)(value))
        elif i.data.size == 1:
            return None  # Theano allocates it to the input's shape: not met here
        else:
            new_inputs.append(T.cast(i, out_dtype))
    if all(n is i for n, i in zip(new_inputs, node.inputs)):
        return None  # no constant to upcast: the node itself stays (and stays shared)
    out = node.op(*new_inputs)
    return [out] if out.type == node.outputs[0].type else None


# the few rewrites Theano applies to fresh index arithmetic before it enters the graph
# (its list_opt_slice, without the abs merge rngscope's graphs never need)
_GREEDY = (switch.mul_switch_sink, _upcast_by_casts, integer.useless_switch,
           canonical.constant_folding)


def greedy(out, live=()):
    """``out`` with the index-arithmetic rewrites applied once per new node, inputs first
    (Theano's pre_greedy_local_optimizer over abs-merge, switch sinking, constant upcasts,
    useless switches and constant folding).  Nodes in ``live`` (the graph's) are left alone;
    a new node's inputs are replaced in place, so an expression sharing it sees the change
    (what Theano's does, and what makes its later graphs what they are)."""
    if not isinstance(out, T.Variable) or out.owner is None:
        return out
    done = {}
    stack = [out]
    while stack:
        v = stack[-1]
        node = v.owner
        if id(v) in done:
            stack.pop()
            continue
        if node is None or id(node) in live:
            done[id(v)] = v
            stack.pop()
            continue
        todo = [i for i in node.inputs if id(i) not in done]
        if todo:
            stack.extend(todo)
            continue
        stack.pop()
        for k, i in enumerate(node.inputs):  # in place, as Theano's: other readers see it too
            node.inputs[k] = done[id(i)]
        results = list(node.outputs)
        for rule in _GREEDY:
            if not _offered(rule, node):
                continue
            new = rule(node, _NoContext)
            if new:
                results = list(new)
                if results[0].owner is None:
                    break
        for o, r in zip(node.outputs, results):
            done[id(o)] = r
    return done[id(out)]


def merge_constants(outs, live=()):
    """``outs`` with equal constants of their new nodes made one object, in place (Theano's
    pre_constant_merge, quirks included: inputs are visited depth first, left to right; a
    constant takes the first equal constant's place where it is first met and stays itself
    where it is met again; the graph's own nodes are left alone)."""
    seen, first = set(), {}

    def enter(v):
        """(what stands for ``v``, the node to descend into or None)."""
        if not isinstance(v, T.Variable) or id(v) in seen:
            return v, None
        if v.owner is not None and id(v.owner) in live:
            return v, None
        seen.add(id(v))
        if isinstance(v, Constant):
            return first.setdefault(v.signature(), v), None
        return v, v.owner

    result = []
    for out in outs:
        value, node = enter(out)
        result.append(value)
        stack = [[node, 0]] if node is not None else []
        while stack:
            frame = stack[-1]
            node, k = frame
            if k == len(node.inputs):
                stack.pop()
                continue
            frame[1] = k + 1
            value, inner = enter(node.inputs[k])
            node.inputs[k] = value
            if inner is not None:
                stack.append([inner, 0])
    return result


def _offered(rule, node):
    ops = getattr(rule, "ops", None)
    if ops and not isinstance(node.op, ops):
        return False
    families = getattr(rule, "families", None)
    return families is None or getattr(node.op, "family", None) in families


class _NoContext:
    """What a greedy rewrite may ask about a graph that is not built yet: nothing reads it."""

    @staticmethod
    def clients(var):
        return []

    @staticmethod
    def n_clients(var):
        return 0


def _entry_input(x):
    """A merged bound as Subtensor takes it (a Python int an int64 constant)."""
    if x is None or isinstance(x, (int, np.integer)):
        return x
    return T.as_tensor_variable(x) if not isinstance(x, T.Variable) else x


@tracks(Subtensor)
def subtensor_merge_slices(node, ctx):
    """x[s1][s2] -> x[s]: each slice of the inner index merged with the outer entry it
    meets (Theano's local_subtensor_merge, symbolic bounds too)."""
    u = node.inputs[0]
    inner = u.owner
    if inner is None or not isinstance(inner.op, Subtensor):
        return None
    first, second = index_entries(inner), index_entries(node)
    with fresh_constants():
        return _merged(node, inner, first, second, ctx)


def _merged(node, inner, first, second, ctx):
    x, u = inner.inputs[0], node.inputs[0]
    x_shape, u_shape = ctx.shape_of(x), ctx.shape_of(u)
    merged, p1, p2 = [], 0, 0
    while p1 < len(first) and p2 < len(second):
        s1 = first[p1]
        if isinstance(s1, slice):
            merged.append(merge_slices(s1, x_shape[p1], second[p2], u_shape[p2],
                                       ctx.fg.nodes_by_id))
            p2 += 1
        else:
            merged.append(s1)
        p1 += 1
    merged += second[p2:] if p2 < len(second) else first[p1:]
    index = tuple(slice(*map(_entry_input, (e.start, e.stop, e.step))) if isinstance(e, slice)
                  else _entry_input(e) for e in merged)
    out = Subtensor.build(x, index)
    old = node.outputs[0]
    if out.type != old.type:
        if out.dtype != old.dtype or out.ndim != old.ndim:
            return None
        out = T.patternbroadcast(out, old.broadcastable)
    return [out]
