"""``theano.scan``: the outer graph Theano 1.0.5 builds around its loop.

``scan(fn, sequences, outputs_info, non_sequences, n_steps)`` calls ``fn`` once on
placeholders (a sequence's ``x[t]``, an output's ``h0[t-1]``, the non-sequences),
clones what it returned onto inner inputs, and wraps the clone in a ``Scan`` op
(``scan_op``).  Around the op it builds what Theano's ``scan()`` builds:

- one slice per sequence tap (``x[0:]``, ``x[0:-2]``; reversed with ``go_backwards``),
  cut to ``n_steps`` (``x[0:][:n]``);
- ``n_steps`` itself: the given one, else the shortest slice's ``shape[0]``;
- a buffer per fed-back output: ``AllocEmpty`` of ``n_steps`` more rows than its
  initial rows, with those set in (``IncSubtensor{Set;:int64:}``); the outputs cut
  them off again (``out[1:]``);
- shared variables the step reads are inputs too: a tensor with an update is a
  fed-back output of its own (its update is ``out[1:][-1]``), a random stream with
  an update is carried from step to step, read-only ones are non-sequences.

The step's original graph is left as it was, so a stream's ``default_update``
still points at the draw ``fn`` made on the real shared state: a function
compiled without ``updates`` applies it once, outside the loop, as Theano 1.0.5
does (the loop draws from a copy of the pre-call state; the stream slides by one
step per call).  A constant ``n_steps=1`` builds no loop at all: the step applied
once, its outputs given a leading axis.
"""
from __future__ import annotations

from collections import OrderedDict

import numpy as np

from rngscope.compile.function import (
    MissingInputError, check_missing_inputs, rebuild_collect_shared,
)
from rngscope.compile import scan_grad as _scan_grad  # noqa: F401  (registers Scan's gradient)
from rngscope.compile import scan_rop as _scan_rop  # noqa: F401  (registers Scan's R-operator)
from rngscope.compile.scan_op import Scan
from rngscope.graph.basic import (
    Constant, TheanoNamed, Variable, compute_test_value, fill_test_values, graph_inputs,
    no_test_values, nodes_between,
)
from rngscope.graph.sites import keep_site
from rngscope.shared import SharedVariable
from rngscope.tensor import basic as T
from rngscope.tensor.grad_ops import expand_empty
from rngscope.tensor.variable import TensorType

__all__ = ["OrderedUpdates", "Scan", "foldl", "foldr", "map", "reduce", "scan",
           "until"]


class until:
    """A step's stopping condition (``theano.scan_module.until``): returned last by the
    step, it makes the loop stop after the first step where it is true."""

    def __init__(self, condition):
        self.condition = T.as_tensor_variable(condition)
        assert self.condition.ndim == 0

    def __repr__(self):
        return "until(%s)" % self.condition


class OrderedUpdates(OrderedDict, metaclass=TheanoNamed):
    """Updates in insertion order, keyed by shared variables (Theano's ``OrderedUpdates``)."""

    def __setitem__(self, key, value):
        if not isinstance(key, SharedVariable):
            raise TypeError("OrderedUpdates keys must inherit from SharedVariable", key)
        super().__setitem__(key, value)

    def update(self, other=None, **kwargs):
        if other is None:
            return
        items = other.items() if isinstance(other, dict) else other
        for key, value in items:
            if key in self and self[key] is not value:
                raise KeyError("Collision", key)
            self[key] = value

    def __add__(self, other):
        merged = OrderedUpdates(self)
        merged.update(other)
        return merged


def _as_list(x):
    if x is None:
        return []
    if isinstance(x, (list, tuple)):
        return list(x)
    return [x]


def _placeholder(var, name):
    """A fresh variable of ``var``'s type (one step's state, or a copy of a shared value)."""
    if isinstance(var.type, TensorType):
        p = var.type()
    else:  # a random state
        p = Variable(var.type)
    p.name = name
    return p


def _slice_type_var(var, name):
    t = var.type
    p = TensorType(t.dtype, t.broadcastable[1:])()
    p.name = name
    return p


def _tap_name(name, tap, var="t"):
    if name is None:
        return None
    if tap == 0:
        return "%s[%s]" % (name, var)
    return "%s[%s%+d]" % (name, var, tap)


_BAD_RETURN = (
    "The return value of your scan lambda expression may only be made of lists, tuples, or "
    "dictionaries containing Theano variables (or `theano.scan_module.until` objects for "
    "conditions). In particular if you need to use constant values, you can use "
    "`tensor.constant` to turn them into Theano variables.")


def _split_condition(ret):
    """(the return value without its ``until``, the condition or None): Theano accepts the
    condition only last, after outputs or updates, as (outputs, updates, until) at most."""
    def holds_until(x):
        if isinstance(x, until):
            return True
        items = x.values() if isinstance(x, dict) else x if isinstance(x, (list, tuple)) else ()
        return any(holds_until(y) for y in items)

    if not holds_until(ret):
        return ret, None
    if (isinstance(ret, (list, tuple)) and len(ret) in (2, 3) and isinstance(ret[-1], until)
            and not any(holds_until(x) for x in ret[:-1])):
        first = ret[0]
        is_outputs = isinstance(first, Variable) or (
            isinstance(first, (list, tuple)) and all(isinstance(x, Variable) for x in first))
        if len(ret) == 2 or is_outputs:
            return (ret[0] if len(ret) == 2 else (ret[0], ret[1])), ret[-1].condition
    raise ValueError("Scan cannot parse the return value of your lambda expression, which "
                     "is: %s" % (ret,))


def _outputs_and_updates(ret):
    """Split a step's return value into (outputs, updates) as Theano accepts them."""
    def is_updates(x):
        return isinstance(x, dict) or (
            isinstance(x, (list, tuple)) and x and all(
                isinstance(p, tuple) and len(p) == 2 and isinstance(p[0], SharedVariable)
                for p in x))

    if is_updates(ret):
        outputs, updates = [], ret
    elif isinstance(ret, (list, tuple)) and len(ret) == 2 and is_updates(ret[1]):
        outputs, updates = ret[0], ret[1]
    elif isinstance(ret, (list, tuple)) and len(ret) == 2 and is_updates(ret[0]):
        if isinstance(ret[1], Variable) or (isinstance(ret[1], (list, tuple)) and all(
                isinstance(x, Variable) for x in ret[1])):
            raise ValueError("The return value of the lambda function has been restricted. you "
                             "have to always return first the outputs (if any), afterwards the "
                             "updates (if any) and at the end the conclusion")
        raise ValueError("Scan cannot parse the return value of your lambda expression, which "
                         "is: %s" % (ret,))
    else:
        outputs, updates = ret, []
    outputs = _as_list(outputs)
    for o in outputs:
        if not isinstance(o, Variable):
            raise ValueError(_BAD_RETURN)
    items = list(updates.items()) if isinstance(updates, dict) else list(updates)
    return outputs, items


def _sequence_slices(var, taps, go_backwards):
    """One outer slice per tap (Theano's cut: x[t+k] is slice k's row t) and its step
    placeholder, named after ``var`` as Theano names them (``x[0:-2]``, ``x[t-1]``)."""
    low, high = min(min(taps), 0), max(max(taps), 0)
    slices = []
    for k in taps:
        start = k - low
        if k == high:
            outer, text = var[start:], "%s[%d:]" % (var.name, start)
        else:
            end = -(high - k)
            outer, text = var[start:end], "%s[%d:%d]" % (var.name, start, end)
        if go_backwards:
            outer = outer[::-1]
        if var.name is not None:
            outer.name = text
        slices.append((outer, _slice_type_var(var, _tap_name(var.name, k))))
    return slices


def _row_buffer(init, size):
    """The buffer of an output fed back from t-1: its initial value as row 0."""
    padded = T.dimshuffle(init, ["x"] + list(range(init.ndim)))
    return expand_empty(T.unbroadcast(padded, 0), size)


def _fresh_copy(outputs, replace=()):
    """A copy of every Apply behind ``outputs``, leaves shared or ``replace``d: Theano's
    scan reads the updates from its dummy function, which compiled a copy of them, and
    builds the step with scan_utils.clone, which copies every node (one reading only
    constants too, so the step never shares a node with the outer graph)."""
    memo = {id(old): new for old, new in replace}
    for node in nodes_between([old for old, _new in replace], outputs):
        new = keep_site(node, node.op.make_node(*[memo.get(id(i), i) for i in node.inputs]))
        for o, n in zip(node.outputs, new.outputs):
            n.name = o.name
            memo[id(o)] = n
    return [memo.get(id(o), o) for o in outputs]


def _check_step_inputs(given, outputs):
    """Theano's scan compiles the step with its updates (default ones too) as a dummy
    function: a symbolic variable they need that is not given to the step stops it there."""
    try:
        check_missing_inputs(given, outputs)
    except MissingInputError as e:
        raise MissingInputError(e.args[0] + "\nPlease pass this variable to the scan's inner "
                                "function. Do not forget to also pass it to the "
                                "`non_sequences` attribute of scan.") from None


def _copy_name(var):
    return None if var.name is None else var.name + "_copy"


def scan(fn, sequences=None, outputs_info=None, non_sequences=None, n_steps=None,
         truncate_gradient=-1, go_backwards=False, mode=None, name=None, profile=False,
         allow_gc=None, strict=False, return_list=False):
    """Loop ``fn`` over ``sequences`` (Theano's ``theano.scan``): (outputs, updates). Under
    compute_test_value the loop is built without test values and its outputs then get the
    values the loop computes from the outer ones (Theano also runs the step's ops on one
    step's values as it builds them: a shape error shows here at the loop's node)."""
    args = (fn, sequences, outputs_info, non_sequences, n_steps, truncate_gradient,
            go_backwards, mode, name, profile, allow_gc, strict, return_list)
    if compute_test_value() == "off":
        return _scan(*args)
    with no_test_values():
        outputs, updates = _scan(*args)
    fill_test_values(outputs if isinstance(outputs, (list, tuple)) else [outputs])
    return outputs, updates


def _scan(fn, sequences, outputs_info, non_sequences, n_steps, truncate_gradient, go_backwards,
          mode, name, profile, allow_gc, strict, return_list):
    """``scan``'s loop, built."""
    if strict and non_sequences is not None and not isinstance(non_sequences, (list, tuple)):
        raise TypeError("TensorType does not support iteration. Maybe you are using builtin.sum "
                        "instead of theano.tensor.sum? (Maybe .max?)")
    seqs = []
    for s in _as_list(sequences):
        if isinstance(s, dict):
            var = T.as_tensor_variable(s["input"])
            taps = tuple(s.get("taps", [0]))
        else:
            var, taps = T.as_tensor_variable(s), (0,)
        seqs.append((var, taps))
    outs = []  # (initial or None, taps)
    for o in _as_list(outputs_info):
        if isinstance(o, dict):
            taps = o.get("taps")
            if o.get("initial") is None:
                if taps is not None:
                    raise ValueError("If you are using slices of an output you need to provide "
                                     "a initial state for it", o)
                outs.append((None, ()))
                continue
            if taps is None:  # absent, or None: the previous step's value
                taps = [-1]
            if len(taps) > len(set(taps)):
                raise ValueError("All the taps must be different in  `outputs_info`", o)
            if any(t >= 0 for t in taps):
                raise ValueError("All the tap values must be smaller than 0.", o)
            outs.append((T.as_tensor_variable(o["initial"]), tuple(taps)))
        elif o is None:
            outs.append((None, ()))
        else:
            outs.append((T.as_tensor_variable(o), (-1,)))
    nonseqs = [T.as_tensor_variable(v) if not isinstance(v, Variable) else v
               for v in _as_list(non_sequences)]

    fixed = None
    if n_steps is not None:
        dtype = getattr(n_steps, "dtype", None)  # a float Python number passes, as in Theano
        if dtype is not None and not str(dtype).startswith(("int", "uint")):
            raise ValueError(" n_steps must be an int. dtype provided is %s" % dtype)
        n_steps_var = T.as_tensor_variable(n_steps)
        if isinstance(n_steps, (int, float)):
            fixed = int(n_steps)  # Theano's int(): 1.5 is one step (unless checks below fail)
        elif isinstance(n_steps_var, Constant):
            fixed = int(n_steps_var.data)
    elif not seqs:
        raise ValueError("No information about the number of steps provided. Either provide a "
                         "value for n_steps argument of scan or provide an input sequence")
    whole = n_steps is None or n_steps_var.dtype.startswith(("int", "uint"))
    if fixed == 1 and (whole or not (seqs or any(taps for _init, taps in outs))):
        # (Theano takes this path after slicing the sequences and building the buffers with
        # n_steps: a float's slice or buffer raises below)
        return _one_step(fn, seqs, outs, nonseqs, return_list)

    slices = [pair for var, taps in seqs for pair in _sequence_slices(var, taps, go_backwards)]
    if n_steps is None:
        n_var = slices[0][0].shape[0]
        for outer, _inner in slices[1:]:
            n_var = T.minimum(n_var, outer.shape[0])
    else:
        n_var = n_steps_var
    outer_seqs = [outer[:n_var] for outer, _inner in slices]
    inner_seqs = [inner for _outer, inner in slices]

    # the step's arguments: slices of sequences, then past outputs, then non-sequences
    out_args = []  # per output, its placeholders
    for init, taps in outs:
        if taps == (-1,):
            out_args.append([_placeholder(init, _tap_name(init.name, -1))])
        else:
            out_args.append([_slice_type_var(init, _tap_name(init.name, tap)) for tap in taps])
    args = inner_seqs + [p for ps in out_args for p in ps] + nonseqs
    step_return, condition = _split_condition(fn(*args))
    step_outputs, step_updates = _outputs_and_updates(step_return)
    if len(step_outputs) != len(outs) and outs:  # more or fewer: Theano's one message
        raise ValueError("Please provide None as outputs_info for any output that does not "
                         "feed back into scan (i.e. it behaves like a map) ")
    if not outs:
        outs = [(None, ())] * len(step_outputs)
        out_args = [[]] * len(step_outputs)
    step_outputs = [T.as_tensor_variable(o) for o in step_outputs]
    mit = [k for k, (_i, taps) in enumerate(outs) if taps and taps != (-1,)]
    sit = [k for k, (_i, taps) in enumerate(outs) if taps == (-1,)]
    nit = [k for k, (_i, taps) in enumerate(outs) if not taps]
    _check_states([(outs[k][0], outs[k][1], step_outputs[k]) for k in mit + sit], len(slices))

    # shared variables the step reads: updated tensors are fed-back outputs, updated
    # states are carried, the others are read as non-sequences (each through a copy)
    dummy_args = [a for a in args if not isinstance(a, (Constant, SharedVariable))]
    cond = [] if condition is None else [condition]
    _, shared_inputs, update_d, _ = rebuild_collect_shared(
        step_outputs + cond, None, step_updates, False, dummy_args)
    updated = [s for s in shared_inputs if id(s) in update_d]
    buffered = [s for s in updated if isinstance(s.type, TensorType)]
    carried = [s for s in updated if not isinstance(s.type, TensorType)]
    read_only = [s for s in shared_inputs if id(s) not in update_d]
    if strict:
        missing = [s for s in read_only if not any(s is v for v in nonseqs)]
        if missing:
            raise MissingInputError("ScanOp is missing an input: %s" % missing[0])
    # a symbolic variable the step reads from outside (not an argument, shared variable
    # or constant) is an extra non-sequence, after the given ones (as Theano adds it)
    # (found in the outputs only, as Theano's scan finds them: a variable only an update needs
    # must be passed to the step, as Theano's dummy function of the step says)
    known = {id(a) for a in args}
    extra = [v for v in graph_inputs(step_outputs + cond, blockers=nonseqs)
             if id(v) not in known and not isinstance(v, (Constant, SharedVariable))]
    _check_step_inputs(dummy_args + extra,
                       step_outputs + cond + [update_d[id(s)] for s in updated])
    other = [v for v in nonseqs + extra if not isinstance(v, (Constant, SharedVariable))]
    new_updates = dict(zip([id(s) for s in updated],
                           _fresh_copy([update_d[id(s)] for s in updated])))
    copies = OrderedDict()
    for s in buffered + carried + read_only + other:
        copies[s] = _placeholder(s, _copy_name(s))
    inner_outputs = _fresh_copy(
        [step_outputs[k] for k in mit + sit] + [new_updates[id(s)] for s in buffered]
        + [step_outputs[k] for k in nit] + [new_updates[id(s)] for s in carried] + cond,
        list(copies.items()))
    op = Scan(
        name=name or "scan_fn",
        n_seqs=len(slices),
        out_taps=tuple(outs[k][1] for k in mit + sit) + ((-1,),) * len(buffered)
        + ((),) * len(nit),
        n_shared=len(carried),
        n_nonseq=len(read_only) + len(other),
        inner_inputs=tuple(inner_seqs + [p for k in mit + sit for p in out_args[k]]
                           + [copies[s] for s in buffered + carried + read_only + other]),
        inner_outputs=tuple(inner_outputs),
        truncate_gradient=int(truncate_gradient),
        as_while=condition is not None,
        mode=mode,
    )
    buffers = [expand_empty(outs[k][0][:-min(outs[k][1])], n_var) for k in mit] \
        + [_row_buffer(outs[k][0], n_var) for k in sit] + [_row_buffer(s, n_var) for s in buffered]
    if nit and not whole:  # Scan's check of each output's length
        raise ValueError("For output %s you need to provide a scalar int !", str(n_var))
    node = op.make_node(n_var, *outer_seqs, *buffers, *carried, *([n_var] * len(nit)),
                        *read_only, *other)
    results = [None] * len(outs)
    for j, k in enumerate(mit + sit):
        results[k] = node.outputs[j][-min(outs[k][1]):]
    for j, k in enumerate(nit):
        results[k] = node.outputs[len(mit) + len(sit) + len(buffered) + j]
    updates = OrderedUpdates()
    for s, out in zip(carried, node.outputs[len(outs) + len(buffered):]):
        updates[s] = out
    for j, s in enumerate(buffered):
        updates[s] = node.outputs[len(mit) + len(sit) + j][1:][-1]
    if len(results) == 1 and not return_list:
        return results[0], updates
    return list(results), updates


def _check_states(fed, n_seqs):
    """The initial state and the step's result must agree in ndim and dtype (Theano's texts;
    ``fed``: (initial, taps, step output) in the loop's order, counted after the sequences)."""
    for k, (init, taps, out) in enumerate(fed):
        buf_ndim = init.type.ndim + 1 if taps == (-1,) else init.type.ndim
        if buf_ndim != out.type.ndim + 1:
            raise ValueError(
                "When compiling the inner function of scan (the function called by scan in each "
                "of its iterations) the following error has been encountered: The initial state "
                "(`outputs_info` in scan nomenclature) of variable IncSubtensor{Set;:int64:}.0 "
                "(argument number %d) has %d dimension(s), while the corresponding variable in "
                "the result of the inner function of scan (`fn`) has %d dimension(s) (it should be "
                "one less than the initial state). For example, if the inner function of scan "
                "returns a vector of size d and scan uses the values of the previous time-step, "
                "then the initial state in scan should be a matrix of shape (1, d). The first "
                "dimension of this matrix corresponds to the number of previous time-steps that "
                "scan uses in each of its iterations. In order to solve this issue if the two "
                "varialbe currently have the same dimensionality, you can increase the "
                "dimensionality of the variable in the initial state of scan by using dimshuffle "
                "or shape_padleft. "
                % (n_seqs + k, buf_ndim, out.type.ndim))
        if init.type.dtype != out.type.dtype:
            raise ValueError(
                "When compiling the inner function of scan the following error has been "
                "encountered: The initial state (`outputs_info` in scan nomenclature) of variable "
                "IncSubtensor{Set;:int64:}.0 (argument number %d) has dtype %s, while the result "
                "of the inner function (`fn`) has dtype %s. This can happen if the inner function "
                "of scan results in an upcast or downcast."
                % (n_seqs + k, init.type.dtype, out.type.dtype))


def _one_step(fn, seqs, outs, nonseqs, return_list):
    """A constant ``n_steps=1``: the step applied once, each output with a leading axis."""
    args = []
    for var, taps in seqs:
        args.extend(var[tap - min(taps)] for tap in taps)
    for init, taps in outs:
        if taps == (-1,):
            args.append(init)
        else:
            args.extend(init[tap - min(taps)] for tap in taps)
    args += nonseqs
    step_return, _condition = _split_condition(fn(*args))  # ignored for one step, as Theano does
    step_outputs, step_updates = _outputs_and_updates(step_return)
    results = [T.unbroadcast(T.dimshuffle(T.as_tensor_variable(o),
                                          ["x"] + list(range(o.type.ndim))), 0)
               for o in step_outputs]
    updates = OrderedUpdates()
    updates.update(step_updates)
    if len(results) == 1 and not return_list:
        return results[0], updates
    return results, updates


def map(fn, sequences, non_sequences=None, truncate_gradient=-1, go_backwards=False,
        mode=None, name=None):
    """``fn`` applied to each element of ``sequences`` (a scan without feedback)."""
    return scan(fn, sequences=sequences, outputs_info=[], non_sequences=non_sequences,
                truncate_gradient=truncate_gradient, go_backwards=go_backwards, mode=mode,
                name=name)


def reduce(fn, sequences, outputs_info, non_sequences=None, go_backwards=False, mode=None,
           name=None):
    """The last step of a scan (``theano.reduce``)."""
    outputs, updates = scan(fn, sequences=sequences, outputs_info=outputs_info,
                            non_sequences=non_sequences, go_backwards=go_backwards, mode=mode,
                            name=name)
    if isinstance(outputs, list):
        return [o[-1] for o in outputs], updates
    return outputs[-1], updates


def foldl(fn, sequences, outputs_info, non_sequences=None, mode=None, name=None):
    """``reduce`` from the first element."""
    return reduce(fn, sequences, outputs_info, non_sequences, False, mode, name)


def foldr(fn, sequences, outputs_info, non_sequences=None, mode=None, name=None):
    """``reduce`` from the last element."""
    return reduce(fn, sequences, outputs_info, non_sequences, True, mode, name)
