"""A map's gradient computed over the whole sequences, without a backward loop.

Theano builds the gradient of a loop as a second loop over the reversed sequences
(``x[::-1][:n]``: the forward sequences, each output's gradient and the forward
outputs), whose step is the gradient of one step with every part of it that computes
a forward output replaced by that output (``forced_replace``); a sequence's gradient
is that loop's output reversed again.  When the forward loop is a map (no fed-back
output, no carried state, no truncation) and its inputs with a gradient are all
sequences, the backward step reads only sequences and constants; if it is made only
of elementwise work and dimshuffles, Theano's PushOutSeqScan (scan_eqopt1) moves all
of it out and removes the backward loop.  This module does the same to a ScanGrad
node, so the outer rewrites see the gradient as Theano's do (and round as they do:
``2 * (0.5 / norm) * row``, not ``row / norm``).
"""
from __future__ import annotations

from rngscope.graph.basic import Constant, forced_replace, io_toposort
from rngscope.tensor import basic as T
from rngscope.tensor.elemwise import DimShuffle, Elemwise

__all__ = ["push_out_map_grad"]


def push_out_map_grad(fg, node):
    """grad_of_for{...}(x, g) -> f(x[::-1][:n], g[::-1][:n], y[::-1][:n])[::-1] for
    elementwise f; True if it changed the graph."""
    op = node.op
    scan = getattr(op, "scan", None)
    if scan is None or not hasattr(op, "step_gradients"):
        return False
    if scan.n_fed or scan.n_shared or scan.truncate_gradient >= 0 or getattr(
            scan, "as_while", False):  # a while-loop's steps are known only once it ran
        return False
    if any(pushed for _at, pushed in op.layout) or not all(
            1 <= k <= scan.n_seqs for k in op.wrt):
        return False
    inner_in, g_in, grads = op.step_gradients()
    n_out = len(scan.out_taps)
    y_in = [o.type() for o in scan.inner_outputs[:n_out]]
    grads = forced_replace(grads, list(scan.inner_outputs[:n_out]), y_in)
    outer = list(node.inputs[:len(node.inputs) - n_out])
    g_outer = node.inputs[len(node.inputs) - n_out:]
    n_steps = outer[0]

    def backwards(v):
        return v[::-1][:n_steps]

    lazy = {id(v): (lambda k=k: backwards(outer[1 + k])) for k, v in
            enumerate(inner_in[:scan.n_seqs])}
    lazy.update({id(v): (lambda k=k: backwards(g_outer[k])) for k, v in enumerate(g_in)})
    forward = []  # the forward loop's outputs, found or made when first read
    lazy.update({id(v): (lambda k=k: backwards(_forward_outputs(fg, node, forward)[k]))
                 for k, v in enumerate(y_in)})
    first = len(inner_in) - scan.n_nonseq
    lazy.update({id(v): (lambda k=k: outer[len(outer) - scan.n_nonseq + k])
                 for k, v in enumerate(inner_in[first:])})
    timed = {}  # id(inner variable) -> its value over the reversed steps
    fixed = {}  # id(inner variable) -> the same value outside (constants' work)
    for nd in io_toposort(inner_in + g_in + y_in, grads):
        outs = _outer_node(nd, lazy, timed, fixed)
        if outs is None:
            return False
        table = timed if any(id(i) in timed or id(i) in lazy for i in nd.inputs) else fixed
        for o, t in zip(nd.outputs, outs):
            table[id(o)] = t
    pairs = []
    for out, g in zip(node.outputs, grads):
        value = timed.get(id(g))
        if value is None:
            return False  # an input passed through, or a constant: the loop stays
        value = value[::-1]
        if value.type != out.type:
            return False
        pairs.append((out, value))
    fg.replace_all(pairs)
    return True


def _outer_node(nd, lazy, timed, fixed):
    """The outputs of step node ``nd`` over the reversed steps (or, reading none of
    them, outside as it is), or None when it is not elementwise work."""
    def value(i):
        if id(i) in timed:
            return timed[id(i)]
        if id(i) in lazy:
            timed[id(i)] = lazy[id(i)]()
            return timed[id(i)]
        if id(i) in fixed:
            return fixed[id(i)]
        if isinstance(i, Constant):
            return i
        raise KeyError(i)

    try:
        args = [value(i) for i in nd.inputs]
    except KeyError:
        return None
    if isinstance(nd.op, Elemwise):
        return nd.op.make_node(*args).outputs
    if isinstance(nd.op, DimShuffle):
        x = nd.inputs[0]
        if id(x) not in timed:
            return nd.op.make_node(*args).outputs
        order = (0,) + tuple(d if d == "x" else d + 1 for d in nd.op.new_order)
        return [T.dimshuffle(args[0], order)]
    return None


def _forward_outputs(fg, node, found):
    """The outputs of the forward loop the ScanGrad ``node`` differentiates: its node in
    the graph when there is one, else a new one."""
    if found:
        return found[0]
    scan = node.op.scan
    args = list(node.inputs[:len(node.inputs) - len(scan.out_taps)])
    for client, _i in fg.clients(args[1]):
        if client != "output" and client.op is scan and len(client.inputs) == len(args) and all(
                a is b for a, b in zip(client.inputs, args)):
            found.append(client.outputs)
            return found[0]
    found.append(scan.make_node(*args).outputs)
    return found[0]
