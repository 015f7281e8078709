"""MonitorMode: a mode whose compiled functions call ``pre_func(i, node, fn)`` before and
``post_func(i, node, fn)`` after each node runs, as Theano's does (the Theano documentation's
"How to debug" page prints every node's values, or stops at the first NaN, with it).

``i`` is the node's index in the order the function runs its nodes, ``node`` the Apply, and
``fn`` the node's thunk as Theano hands it: ``fn.inputs`` and ``fn.outputs`` are the
one-element storage cells of the node's inputs and outputs.  Theano's in-place ops write
their result into the input they destroy, so after the node that input's cell shows it.
"""
from __future__ import annotations

from rngscope.compile.modes import OPTIMIZERS, Mode

__all__ = ["Monitor", "MonitorMode"]


class _Cells:
    """The thunk a monitor function is given: its inputs' and outputs' storage cells."""

    def __init__(self, inputs, outputs):
        self.inputs = inputs
        self.outputs = outputs


class Monitor:
    """Calls ``pre_func`` and ``post_func`` around each node of a compiled function."""

    def __init__(self, pre_func=None, post_func=None):
        self.pre_func = pre_func
        self.post_func = post_func

    def wrap(self, node, outs, thunk, ins=(), index=0):
        """``thunk`` with the monitor functions called around it."""
        pre, post = self.pre_func, self.post_func
        destroyed = {i[0]: o for o, i in (getattr(node.op, "destroy_map", None) or {}).items()}

        def monitored(store):
            fn = _Cells([[store[s]] for s in ins], [[None] for _ in outs])
            if pre is not None:
                pre(index, node, fn)
            thunk(store)
            for cell, slot in zip(fn.outputs, outs):
                cell[0] = store[slot]
            for i, o in destroyed.items():
                fn.inputs[i][0] = _written_into(fn.inputs[i][0], store[outs[o]])
            if post is not None:
                post(index, node, fn)

        return monitored


def _written_into(before, after):
    """What a destroyed input holds after an in-place op wrote ``after`` into it."""
    same = (getattr(before, "shape", None) == getattr(after, "shape", None)
            and getattr(before, "dtype", None) == getattr(after, "dtype", None))
    return after if same and hasattr(after, "shape") else before


def MonitorMode(pre_func=None, post_func=None, optimizer="default", linker=None):
    """Theano's theano.compile.MonitorMode: the optimizer's passes, the monitor functions
    called around every node."""
    if optimizer not in OPTIMIZERS:
        raise ValueError(f"unknown optimizer {optimizer!r}; rngscope has 'fast_run', 'fast_compile' "
                         "and None")
    return Mode("MonitorMode", OPTIMIZERS[optimizer].passes, Monitor(pre_func, post_func))
