"""``theano.Op`` and ``theano.Apply`` as a user's own op writes them (the "Extending
Theano" tutorial): ``make_node`` returns ``theano.Apply(self, inputs, [x.type()])``,
``perform(node, inputs, output_storage)`` writes ``output_storage[k][0]``, ``grad``
returns the inputs' gradients (``theano.gradient.grad_undefined`` where there is none),
``__props__`` gives equality, hashing and ``Name{prop=value}``.  The engine calls such
an op like its own: ``perform`` is adapted to return the outputs.
"""
from __future__ import annotations

import numpy as np

from rngscope.graph import basic

__all__ = ["Apply", "Op"]


class Apply(basic.Apply):
    """``Apply(op, inputs, outputs)`` with Theano's signature: the outputs given as
    (ownerless) variables of the wanted types, or as types."""

    def __init__(self, op, inputs, outputs):
        types = [o.type if isinstance(o, basic.Variable) else o for o in outputs]
        super().__init__(op, inputs, types)
        for given, made in zip(outputs, self.outputs):
            if isinstance(given, basic.Variable) and given.name is not None:
                made.name = given.name


class Op(basic.Op):
    """Base of a user's op.  ``__props__`` (attribute names) make two ops equal when of
    one class with equal props, and print as ``Name{prop=value, ...}``."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        user_perform = cls.__dict__.get("perform")
        if user_perform is None:
            return

        def perform(self, node, inputs, output_storage=None):
            if output_storage is not None:  # called as Theano calls it
                return user_perform(self, node, inputs, output_storage)
            storage = [[None] for _ in node.outputs]
            user_perform(self, node, inputs, storage)
            return [_as_output(s[0], o) for s, o in zip(storage, node.outputs)]

        perform.__doc__ = user_perform.__doc__
        cls.perform = perform

    def L_op(self, inputs, outputs, output_grads):
        """Theano's default: the op's ``grad`` (an op without one raises AttributeError)."""
        return self.grad(inputs, output_grads)

    def _props(self):
        return tuple(getattr(self, p) for p in getattr(self, "__props__", ()))

    def __eq__(self, other):
        if not hasattr(self, "__props__"):
            return self is other
        return type(self) is type(other) and self._props() == other._props()

    def __hash__(self):
        if not hasattr(self, "__props__"):
            return id(self)
        return hash((type(self), self._props()))

    def __str__(self):
        props = getattr(self, "__props__", None)
        if not props:
            return type(self).__name__
        return "%s{%s}" % (type(self).__name__,
                           ", ".join("%s=%r" % (p, getattr(self, p)) for p in props))

    __repr__ = __str__


def _as_output(value, var):
    dtype = getattr(var.type, "dtype", None)
    if dtype is None:
        return value
    return np.asarray(value, dtype=dtype)
