"""The ops of Theano's MRG31k3p streams: ``mrg_uniform`` and the multinomial/choice ops.

``mrg_uniform`` draws from an ``int32`` state matrix (one row per stream) and
returns the advanced matrix as output ``.0`` and the draws as ``.1``.
``rngscope.streams.MRG_RandomStreams`` gives each random variable a shared
state matrix and builds ``uniform``, ``normal`` and ``binomial`` as ordinary
graphs over the draws, so the compiler fuses and folds them as Theano does.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op
from rngscope.graph.types import DISCRETE_DTYPES, floatx
from rngscope.random import mrg_kernels as K
from rngscope.tensor import basic as T
from rngscope.tensor import gradient
from rngscope.tensor.rop_rules import ROP_RULES, no_rop
from rngscope.tensor.shape_ops import as_scalar
from rngscope.tensor.static import constant_value, size_entries
from rngscope.tensor.variable import TensorConstant, TensorType

__all__ = ["STATE_TYPE", "ChoiceFromUniform", "MRGUniform", "MultinomialFromUniform"]

STATE_TYPE = TensorType("int32", (False, False))  # one row of 6 ints per stream


@dataclass(frozen=True)
class MRGUniform(Op):
    """Draw ``prod(size)`` uniforms from a state matrix: outputs (new state, draws)."""

    output_type: TensorType
    inplace: bool = False

    @property
    def destroy_map(self):
        return {0: [0]} if self.inplace else {}

    def as_inplace(self):
        return MRGUniform(self.output_type, True)

    def __str__(self):
        return "mrg_uniform{%s,%s}" % (self.output_type, "inplace" if self.inplace else "no_inplace")

    def make_node(self, rstate, size):
        size = T.as_tensor_variable(size, ndim=1)
        # As Theano: a dimension whose size is a constant 1 is broadcastable (the op's
        # name keeps the type it was made with).
        pattern = tuple(_size_entry_is_one(size, i) for i in range(self.output_type.ndim))
        out_type = TensorType(self.output_type.dtype, pattern)
        return Apply(self, [rstate, size], [STATE_TYPE, out_type])

    def perform(self, node, inputs):
        rstate, size = inputs
        new, sample = K.mrg_uniform(rstate, tuple(int(s) for s in size),
                                    self.output_type.dtype, inplace=self.inplace)
        return [new, sample]


@dataclass(frozen=True)
class MultinomialFromUniform(Op):
    """Counts of ``n`` draws per row of ``pvals``, one uniform per draw and row (Theano's
    op: the uniform's place in the row's cumulative sum, searched in float64)."""

    odtype: str

    def __str__(self):
        return "%s{%s}" % (type(self).__name__, self.odtype)

    def make_node(self, pvals, unis, n=1):
        pvals, unis = T.as_tensor_variable(pvals), T.as_tensor_variable(unis)
        if pvals.ndim != 2:
            raise NotImplementedError("pvals ndim should be 2", pvals.ndim)
        if unis.ndim != 1:
            raise NotImplementedError("unis ndim should be 1", unis.ndim)
        odtype = self._out_dtype(pvals)
        return Apply(self, [pvals, unis, as_scalar(n)],
                     [TensorType(odtype, pvals.type.broadcastable)])

    def _out_dtype(self, pvals):
        return pvals.dtype if self.odtype == "auto" else self.odtype

    def perform(self, node, inputs):
        pvals, unis, n_samples = inputs
        n_samples = int(n_samples)
        if unis.shape[0] != pvals.shape[0] * n_samples:
            raise ValueError("unis.shape[0] != pvals.shape[0] * n_samples",
                             unis.shape[0], pvals.shape[0], n_samples)
        z = np.zeros(pvals.shape, dtype=node.outputs[0].type.dtype)
        rows = pvals.shape[0]
        for c in range(n_samples):
            for r in range(rows):
                cumsum = pvals[r].cumsum(dtype="float64")
                z[r, np.searchsorted(cumsum, unis[c * rows + r])] += 1
        return [z]


@dataclass(frozen=True)
class ChoiceFromUniform(MultinomialFromUniform):
    """``n`` picks without replacement per row of ``pvals`` (Theano's op: each pick is
    zeroed and the row renormalised)."""

    replace: bool = False

    def __str__(self):  # Theano prints this one by its props
        return "%s{odtype=%r, replace=%r}" % (type(self).__name__, self.odtype, self.replace)

    def _out_dtype(self, pvals):
        return "int64" if self.odtype == "auto" else self.odtype

    def perform(self, node, inputs):
        pvals, unis, n_samples = inputs
        pvals = np.array(pvals, copy=True)
        n_samples = int(n_samples)
        if n_samples > pvals.shape[1]:
            raise ValueError("Cannot sample without replacement n samples bigger than the "
                             "size of the distribution.")
        if unis.shape[0] != pvals.shape[0] * n_samples:
            raise ValueError("unis.shape[0] != pvals.shape[0] * n_samples",
                             unis.shape[0], pvals.shape[0], n_samples)
        z = -1 * np.ones((pvals.shape[0], n_samples), dtype=node.outputs[0].type.dtype)
        rows, outcomes = pvals.shape
        for c in range(n_samples):
            for r in range(rows):
                cumul = 0
                u = unis[c * rows + r]
                for m in range(outcomes):
                    cumul += pvals[r, m]
                    if cumul > u:
                        z[r, c] = m
                        if not self.replace:
                            pvals[r, m] = 0.0
                            pvals[r] /= pvals[r].sum()
                        break
        return [z]


def _size_entry_is_one(size, i):
    """Whether entry ``i`` of a size vector is the constant 1 (Theano's extract_constant)."""
    entries = size_entries(size)
    if isinstance(size, TensorConstant) and i >= len(entries):  # an ndim beyond the size
        raise IndexError(f"(Scalar(int64),) is not a valid index into {size.data}")
    value = None if entries is None else constant_value(entries[i])
    return value is not None and bool(value == 1)


def _draw_grads(node, out_grads=None):
    """Theano's mrg_uniform_base.grad: no gradient with respect to any input (the state
    matrix, the size), with its own reason text; a loop's gradient meets it when a step
    draws through ``normal`` (float arithmetic on the draws) and the loop is differentiated."""
    return [gradient.undefined(node.op, k, i, "No gradient defined through random sampling op")
            for k, i in enumerate(node.inputs)]


def _multinomial_grads(node, out_grads):
    """Theano's MultinomialFromUniform.grad (ChoiceFromUniform's too): zeros like each input,
    floatX ones for the integer count; the pvals' UndefinedGrad above makes them undefined."""
    return [T.zeros_like(i, dtype=floatx()) if i.type.dtype in DISCRETE_DTYPES
            else T.zeros_like(i) for i in node.inputs]


_draw_grads.is_draw = True
gradient.RULES[MRGUniform] = _draw_grads
gradient.RULES[MultinomialFromUniform] = _multinomial_grads
gradient.RULES[ChoiceFromUniform] = _multinomial_grads
ROP_RULES[MRGUniform] = no_rop  # Theano: mrg_uniform_base.R_op, None for every output
