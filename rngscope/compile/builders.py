"""``theano.OpFromGraph``: a graph made one op, as Theano 1.0.5's ``compile.builders`` has it.

The op keeps a private copy of the graph (``local_inputs`` -> ``local_outputs``; a shared
variable the graph reads becomes an extra input of every node).  ``inline=False``: a node
runs the copy compiled in the default mode; ``inline=True``: the compiler puts the copy in
the node's place before anything else (``modes.inline_ofg``, Theano's inline_ofg_expansion
at -0.01).  The gradient is another OpFromGraph (named ``NAME_grad`` or ``NAME_lop``) of the
inputs, the outputs and the output gradients, built once from ``T.grad`` of the copy or
from ``grad_overrides`` / ``lop_overrides``; a gradient that is disconnected or undefined
is computed as zeros and reported as such.
"""
from __future__ import annotations

import numpy as np

from rngscope.compile.fgraph import FunctionGraph
from rngscope.compile.linker import link
from rngscope.compile.modes import get_mode
from rngscope.compile.shapes import graph_shape
from rngscope.graph.basic import Apply, Op, Variable, clone_graph, clone_replace, graph_inputs, io_toposort
from rngscope.shared import SharedVariable
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import (
    CONNECTIONS, DisconnectedType, NullType, disconnected_type, known_gradients,
)
from rngscope.tensor.grad_rules import NOT_CONNECTED, Null

__all__ = ["OpFromGraph", "io_connection_pattern"]

_SPECIAL = (DisconnectedType, NullType)


def io_connection_pattern(inputs, outputs):
    """reach[i][k]: whether input i reaches output k through the ops' connections (a shape
    reads no value), walked once in toposort order."""
    reach = {id(v): [j == i for j in range(len(inputs))] for i, v in enumerate(inputs)}
    none = [False] * len(inputs)
    for node in io_toposort(inputs, outputs):
        if type(node.op) in NOT_CONNECTED:
            continue
        pattern_of = CONNECTIONS.get(type(node.op)) or (
            node.op.connection_pattern if hasattr(node.op, "connection_pattern") else None)
        pattern = pattern_of(node) if pattern_of is not None else None
        for k, o in enumerate(node.outputs):
            row = list(none)
            for i, inp in enumerate(node.inputs):
                if pattern is None or pattern[i][k]:
                    row = [a or b for a, b in zip(row, reach.get(id(inp), none))]
            reach[id(o)] = row
    return [[reach.get(id(o), none)[i] for o in outputs] for i in range(len(inputs))]


def _filtered(g, inp):
    """(the value the gradient op computes, what the gradient is said to be, or None):
    Theano's _filter_grad_var (a disconnected or undefined gradient computed as zeros)."""
    if isinstance(g, Null):
        return T.zeros_like(inp), NullType(g.why)()
    if g is None:
        return T.zeros_like(inp), disconnected_type()
    if isinstance(getattr(g, "type", None), _SPECIAL):
        return T.zeros_like(inp), g
    return g, None


def _filter_variable(v, t):
    """``v`` as a variable of type ``t`` (Theano's TensorType.filter_variable): a value
    becomes a constant of it; a variable of t's dtype and rank whose broadcastable axes
    include t's gets t's pattern."""
    if not isinstance(v, Variable):
        return T.constant(np.asarray(v, dtype=t.dtype))
    if v.type == t:
        return v
    vt = v.type
    if (getattr(vt, "dtype", None) == t.dtype and vt.ndim == t.ndim
            and all(b == vb or vb for b, vb in zip(t.broadcastable, vt.broadcastable))):
        return T.patternbroadcast(v, t.broadcastable)
    raise TypeError("Cannot convert Type %s (of Variable %s) into Type %s. You can try to "
                    "manually convert %s into a %s." % (vt, v, t, v, t))


class OpFromGraph(Op):
    """``outputs`` of ``inputs`` as one op (Theano's OpFromGraph)."""

    def __init__(self, inputs, outputs, inline=False, lop_overrides="default",
                 grad_overrides="default", rop_overrides="default", connection_pattern=None,
                 name=None, **kwargs):
        if not isinstance(outputs, list):
            raise TypeError("outputs must be list, got %s" % type(outputs))
        for v in list(inputs) + outputs:
            if not isinstance(v, Variable):
                raise TypeError("inputs and outputs must be Variable instances", v)
        if "updates" in kwargs or "givens" in kwargs:
            raise TypeError("updates and givens are not allowed here")
        if name is not None:
            assert isinstance(name, str), "name must be None or string object"
        self.is_inline = inline
        self.shared_inputs = [v for v in graph_inputs(outputs) if isinstance(v, SharedVariable)]
        local_outputs, local_inputs = clone_graph(outputs, list(inputs) + self.shared_inputs)
        # every input gets a private copy, computed or not, and a shared variable a plain
        # variable of its type (Theano's rebuild_collect_shared)
        n_explicit = len(inputs)
        fresh = [v.clone() if k < n_explicit else v.type() for k, v in enumerate(local_inputs)]
        local_outputs, _ = clone_replace(local_outputs, dict(zip(local_inputs, fresh)))
        local_outputs = [fresh[local_inputs.index(o)] if any(o is v for v in local_inputs)
                         else o for o in local_outputs]
        self.local_inputs, self.local_outputs = fresh, local_outputs
        self.inputs, self.outputs, self.kwargs = list(inputs), outputs, kwargs
        self.input_types = [v.type for v in inputs]
        self.output_types = [v.type for v in outputs]
        if lop_overrides != "default" and grad_overrides != "default":
            raise ValueError("lop_overrides and grad_overrides are mutually exclusive")
        if grad_overrides != "default":
            self._lop, self._lop_type = grad_overrides, "grad"
        else:
            self._lop, self._lop_type = lop_overrides, "lop"
        self._lop_cached = False
        self._rop = rop_overrides
        self._connection_pattern = connection_pattern
        self.name = name
        self._program = None

    def __str__(self):
        name = type(self).__name__ if self.name is None else self.name
        return "%s{inline=%s}" % (name, self.is_inline)

    # ------------------------------------------------------------------ nodes and values

    def make_node(self, *inputs):
        expected = len(self.local_inputs) - len(self.shared_inputs)
        if len(inputs) != expected:
            raise ValueError("Expected %d inputs, got %d" % (expected, len(inputs)))
        inputs = [_filter_variable(v, t) for v, t in zip(inputs, self.input_types)]
        return Apply(self, list(inputs) + self.shared_inputs, list(self.output_types))

    def infer_shape(self, node, shapes):
        """Each output's shape from the graph's, its inputs' shapes those of the node's inputs
        (what the sizes read of the graph is copied onto the node's inputs, as Theano's)."""
        dims = [graph_shape(self.local_inputs, shapes, o) for o in self.local_outputs]
        flat = [d for shape in dims for d in shape]
        flat, _ = clone_replace(flat, dict(zip(self.local_inputs, node.inputs)))
        out, used = [], 0
        for shape in dims:
            out.append(tuple(flat[used:used + len(shape)]))
            used += len(shape)
        return out

    def perform(self, node, inputs):
        if self._program is None:
            self._program = self._compiled()
        return [np.array(v, copy=True) for v in self._program.call(list(inputs))]

    def _compiled(self):
        """The program of a private copy of the graph, rewritten in the default mode."""
        outputs, inputs = clone_graph(self.local_outputs, self.local_inputs)
        fg = FunctionGraph(inputs, outputs, protected=inputs)
        fg.kept_outputs = (0, 0)
        get_mode(None).optimize(fg)
        fg.release_dropped()
        program = link(fg)
        program.bind_shared([], len(inputs), [], len(outputs))
        return program

    def inlined(self, node):
        """The node's outputs as a new copy of the op's graph read from the node's inputs
        (every node copied: the compiler rewrites the copy, never the op's own graph)."""
        outs, _ = clone_graph(self.local_outputs, self.local_inputs)
        outs, _ = clone_replace(outs, dict(zip(self.local_inputs, node.inputs)))
        return outs

    # ------------------------------------------------------------------ gradients

    def _lop_op(self):
        """The gradient OpFromGraph (built once) and what each of its outputs is said to be."""
        if self._lop_cached:
            return self._lop, self._lop_kinds
        local_inputs, local_outputs = self.local_inputs, self.local_outputs
        lop = self._lop
        if isinstance(lop, OpFromGraph):
            needed = len(local_inputs) + len(local_outputs) * (2 if self._lop_type == "lop" else 1)
            if needed != len(lop.local_inputs):
                raise ValueError("expect overrider with %d inputs, got %d"
                                 % (needed, len(lop.local_inputs)))
            if self._lop_type == "lop":
                self._lop_cached, self._lop_kinds = True, [None] * len(local_inputs)
                return self._lop, self._lop_kinds
            user_op = lop
            lop = lambda inps, grads: user_op(*(inps + grads))  # noqa: E731
        output_grads = [o.type() for o in local_outputs]
        args = ((local_inputs, local_outputs, output_grads) if self._lop_type == "lop"
                else (local_inputs, output_grads))

        def defaults(wrt):
            found = known_gradients(list(zip(local_outputs, output_grads)), wrt)
            return [found.get(id(w)) for w in wrt]

        if lop == "default":
            pairs = [_filtered(g, v) for g, v in zip(defaults(local_inputs), local_inputs)]
        elif isinstance(lop, Variable):
            if not isinstance(lop.type, _SPECIAL):
                raise ValueError("Overriding Variable instance can only have type of "
                                 "DisconnectedType or NullType, got %s" % lop.type)
            pairs = [(T.zeros_like(v), lop.type()) for v in local_inputs]
        elif isinstance(lop, list):
            if len(lop) != len(local_inputs):
                raise ValueError("Need to override %d gradients, got %d"
                                 % (len(local_inputs), len(lop)), lop)
            wrt = [v for v, over in zip(local_inputs, lop) if isinstance(over, str) and over == "default"]
            found = iter(defaults(wrt) if wrt else [])
            pairs = []
            for v, over in zip(local_inputs, lop):
                if isinstance(over, str) and over == "default":
                    pairs.append(_filtered(next(found), v))
                elif isinstance(over, Variable):
                    if not isinstance(over.type, _SPECIAL):
                        raise ValueError("Overriding Variable instance can only have type of "
                                         "DisconnectedType or NullType, got %s" % over.type)
                    pairs.append((T.zeros_like(v), over.type()))
                elif callable(over):
                    pairs.append(_filtered(over(*args), v))
                else:
                    raise TypeError("L_op/gradient override should be (single or list of)"
                                    "'default' | OpFromGraph | callable | Variable with NullType "
                                    "or DisconnectedType, got %s" % over)
        elif callable(lop):
            overrides = lop(*args)
            if not isinstance(overrides, list):
                raise TypeError('Gradient/L_op overriding function should return a list, got "%s"'
                                % type(overrides))
            if len(overrides) != len(local_inputs):
                raise ValueError("Gradient/L_op overriding function should return list of %d "
                                 "outputs, got %d" % (len(local_inputs), len(overrides)))
            pairs = [_filtered(g, v) for g, v in zip(overrides, local_inputs)]
        else:
            raise TypeError("L_op/gradient override should be (single or list of)'default' | "
                            "OpFromGraph | callable | Variable with NullType or "
                            "DisconnectedType, got %s" % lop)
        name = None if self.name is None else self.name + "_" + self._lop_type
        self._lop = type(self)(local_inputs + local_outputs + output_grads, [g for g, _ in pairs],
                               inline=self.is_inline, name=name, on_unused_input="ignore")
        self._lop_kinds = [kind for _, kind in pairs]
        self._lop_cached, self._lop_type = True, "lop"
        return self._lop, self._lop_kinds

    # an output the cost does not reach gets no zeros: Theano hands the gradient op a
    # DisconnectedType, which its make_node refuses (a TypeError)
    sees_disconnected = True

    def L_op(self, inputs, outputs, output_grads):
        output_grads = [disconnected_type() if g is None else g for g in output_grads]
        lop, kinds = self._lop_op()
        results = lop(*(list(inputs) + list(outputs) + list(output_grads)))
        results = results if isinstance(results, list) else [results]
        return [r if kind is None else kind for r, kind in zip(results, kinds)]

    def connection_pattern(self, node):
        """Which inputs reach which outputs in the graph, or in its gradient."""
        if self._connection_pattern is not None:
            return self._connection_pattern
        n_in, n_out = len(self.local_inputs), len(self.local_outputs)
        reach = io_connection_pattern(self.local_inputs, self.local_outputs)
        lop, kinds = self._lop_op()
        back = io_connection_pattern(lop.local_inputs[n_in:], lop.local_outputs)
        for i, kind in enumerate(kinds):
            if kind is not None and isinstance(kind.type, DisconnectedType):
                reach[i] = [False] * n_out
            for o in range(n_out):
                reach[i][o] = reach[i][o] or back[o][i]
        return reach
