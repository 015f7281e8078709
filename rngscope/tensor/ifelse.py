"""``ifelse``: Theano's IfElse op, which returns its then-branch values when the scalar
condition is non-zero and its else-branch values otherwise.

Theano evaluates only the branch it returns; rngscope evaluates both and returns one,
which gives the same values (a random draw in either branch is made either way in
Theano too: the stream's default update needs it).  The gradient flows to the branch
the condition chose, zeros to the other, through two more IfElse nodes named
``NAME_grad_t`` / ``NAME_grad_f`` (as Theano builds them).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op, Variable, make_test_values
from rngscope.graph.types import floatx
from rngscope.tensor import basic as T

__all__ = ["IfElse", "ifelse", "register_gradients"]


@dataclass(frozen=True)
class IfElse(Op):
    """``then`` values if the condition is non-zero, else the ``else`` values (n_outs pairs)."""

    n_outs: int
    as_view: bool = False
    name: str | None = None

    def __str__(self):
        args = [a for a in (self.name, "inplace" if self.as_view else None) if a is not None]
        return "if{%s}" % ",".join(args)

    @property
    def view_map(self):
        return {k: [k + 1] for k in range(self.n_outs)} if self.as_view else {}

    def make_node(self, c, *args):
        if len(args) != 2 * self.n_outs:
            raise AssertionError("Wrong number of arguments to make_node: expected %d, got %d"
                                 % (2 * self.n_outs, len(args)))
        c = T.as_tensor_variable(c)
        args = [a if isinstance(a, Variable) else T.as_tensor_variable(a) for a in args]
        ts, fs = args[:self.n_outs], args[self.n_outs:]
        for t, f in zip(ts, fs):
            if t.type != f.type:
                raise TypeError("IfElse requires same types for true and false return values",
                                t, f, t.type, f.type)
        if c.ndim > 0:
            raise TypeError("Condition given to the op has to be a scalar with 0 standing for "
                            "False, anything else for True")
        return Apply(self, [c] + args, [t.type for t in ts])

    def infer_shape(self, node, shapes):
        """Each output's lengths chosen by the same condition: one more IfElse, named
        ``shape``, over the then-branch's lengths and the else-branch's (Theano's form)."""
        thens, elses = shapes[1:1 + self.n_outs], shapes[1 + self.n_outs:]
        then_dims = [d for shape in thens for d in shape]
        else_dims = [d for shape in elses for d in shape]
        if not then_dims:
            return [()] * self.n_outs
        chosen = _outputs(IfElse(len(then_dims), name="shape"), node.inputs[0],
                          *then_dims, *else_dims)
        out, k = [], 0
        for shape in thens:
            out.append(tuple(chosen[k:k + len(shape)]))
            k += len(shape)
        return out

    def perform(self, node, inputs):
        chosen = inputs[1:1 + self.n_outs] if inputs[0] != 0 else inputs[1 + self.n_outs:]
        return [v if self.as_view else np.array(v, copy=True) for v in chosen]


def ifelse(condition, then_branch, else_branch, name=None):
    """``then_branch`` (a variable or a list/tuple of them) when ``condition`` is non-zero,
    else ``else_branch``; the result has the form of ``then_branch``."""
    form = type(then_branch) if type(then_branch) in (list, tuple) else None
    if form is None:
        then_branch = [then_branch]
    if type(else_branch) not in (list, tuple):
        else_branch = [else_branch]
    thens, elses = [], []
    for t, f in zip(then_branch, else_branch):
        t = t if isinstance(t, Variable) else T.as_tensor_variable(t)
        f = f if isinstance(f, Variable) else T.as_tensor_variable(f)
        if t.type != f.type:
            raise TypeError(
                "The two branches should have identical types, but they are %s and %s "
                "respectively. This error could be raised if for example you provided a one "
                "element list on the `then` branch but a tensor on the `else` branch."
                % (t.type, f.type))
        thens.append(t)
        elses.append(f)
    if len(then_branch) != len(else_branch):
        raise ValueError("The number of values on the `then` branch should have the same number "
                         "of variables as the `else` branch : (variables on `then` %d, variables "
                         "on `else` %d)" % (len(then_branch), len(else_branch)))
    outs = _outputs(IfElse(len(thens), name=name), condition, *thens, *elses)
    if form is None:
        return outs[0]
    return form(outs)


def _outputs(op, *inputs):
    """All of the node's outputs (one IfElse output is still a list), test values made."""
    node = op.make_node(*inputs)
    make_test_values(node)
    return node.outputs


def _ifelse_grad(node, out_grads):
    op, c = node.op, node.inputs[0]
    ts, fs = node.inputs[1:1 + op.n_outs], node.inputs[1 + op.n_outs:]
    grads = [g if g is not None else T.zeros_like(o) for g, o in zip(out_grads, node.outputs)]
    name_t = None if op.name is None else op.name + "_grad_t"
    name_f = None if op.name is None else op.name + "_grad_f"
    zeros_t = [T.zeros_like(t, dtype=g.dtype) for t, g in zip(ts, grads)]
    zeros_f = [T.zeros_like(f, dtype=g.dtype) for f, g in zip(fs, grads)]
    if_true = _outputs(IfElse(op.n_outs, op.as_view, name_t), c, *grads, *zeros_t)
    if_false = _outputs(IfElse(op.n_outs, op.as_view, name_f), c, *zeros_f, *grads)
    c_grad = T.cast(T.zeros_like(c), floatx())
    return [c_grad] + list(if_true) + list(if_false)


def register_gradients(rules):
    """Add IfElse's gradient rule to ``rules`` (op class -> rule)."""
    rules[IfElse] = _ifelse_grad


