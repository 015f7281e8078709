"""The non-tensor inputs of advanced indexing: a slice (SliceType, built by MakeSlice,
folded to a SliceConstant) and None (NoneConst), as Theano's ``type_other`` has them.

``x[v, 1:]`` is ``AdvancedSubtensor(x, v, MakeSlice(TensorFromScalar(Constant{1}),
NoneConst, NoneConst))``; constant folding makes that ``SliceConstant{1, None, None}``.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Constant, Op, Variable
from rngscope.graph.types import INT_DTYPES, UINT_DTYPES
from rngscope.tensor.variable import as_tensor

__all__ = ["MakeSlice", "NoneConst", "NoneTypeT", "SliceConstant", "SliceType", "as_int_none_variable", "none_constant",
           "slice_constant"]


class SliceType:
    """The type of a slice-valued variable (prints ``slice``)."""

    ndim = None

    def __str__(self):
        return "slice"

    def __eq__(self, other):
        return isinstance(other, SliceType)

    def __hash__(self):
        return hash("SliceType")

    @property
    def variable_class(self):
        return Variable


class NoneTypeT:
    """The type of None as an index entry (a missing slice bound, numpy's newaxis)."""

    ndim = None

    def __str__(self):
        return "NoneTypeT"

    def __eq__(self, other):
        return isinstance(other, NoneTypeT)

    def __hash__(self):
        return hash("NoneTypeT")

    @property
    def variable_class(self):
        return Variable


class _NoneConstant(Constant):
    def signature(self):
        return ("NoneConst",)


def none_constant():
    """A new NoneConst (Theano's NoneConst.clone(): numpy's newaxis as an index entry)."""
    return _NoneConstant(NoneTypeT(), None, name="NoneConst")


# the shared one, as Theano's NoneConst: every missing slice bound is this one [id]
NoneConst = none_constant()


class SliceConstant(Constant):
    """A folded slice: prints ``SliceConstant{start, stop, step}``."""

    def signature(self):
        return ("SliceConstant",) + tuple(None if b is None else int(b) for b in _bounds(self.data))

    def __str__(self):
        return "SliceConstant{%s, %s, %s}" % tuple(_bounds(self.data))


def _bounds(s):
    return (s.start, s.stop, s.step)


def slice_constant(value):
    """The SliceConstant for a folded slice of 0-d arrays and Nones, or None where Theano's
    SliceConstant cannot be built: a step-only slice, whose stop it reads as an int
    (Theano logs that folding as failed and keeps the MakeSlice)."""
    start, stop, step = _bounds(value)
    if isinstance(start, np.ndarray):
        value = slice(int(start), stop, step)
    elif isinstance(stop, np.ndarray):
        value = slice(start, int(stop), step)
    elif isinstance(step, np.ndarray):
        if stop is None:
            return None
        value = slice(start, int(stop), step)
    return SliceConstant(SliceType(), value)


def as_int_none_variable(x):
    """A slice bound: None is NoneConst, else a 0-d integer tensor."""
    if x is None:
        return NoneConst
    if isinstance(x, Variable) and isinstance(x.type, NoneTypeT):
        return x
    x = as_tensor(x)
    if x.ndim != 0 or x.type.dtype not in INT_DTYPES + UINT_DTYPES:
        raise TypeError("index must be integers")
    return x


@dataclass(frozen=True)
class MakeSlice(Op):
    """slice(start, stop, step) of scalar tensors and NoneConsts."""

    def make_node(self, start, stop=None, step=None):
        if isinstance(start, slice):
            start, stop, step = _bounds(start)
        inputs = [as_int_none_variable(b) for b in (start, stop, step)]
        return Apply(self, inputs, [SliceType()])

    def perform(self, node, inputs):
        return [slice(*inputs)]
