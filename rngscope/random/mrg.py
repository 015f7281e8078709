"""``MRG_RandomStreams``: Theano's MRG31k3p streams, built as graphs around ``mrg_uniform``.

Each random variable owns a shared ``int32`` state matrix (one row per
stream); the ``mrg_uniform`` op draws from it and returns the advanced matrix
as output ``.0`` (the shared variable's default update) and the draws as
``.1``.  ``uniform``, ``normal`` and ``binomial`` are ordinary graphs over
those draws, so the compiler fuses and folds them as Theano does.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op, Variable
from rngscope.graph.types import FLOATX, TensorType, upcast
from rngscope.random import mrg_kernels as K
from rngscope.random.streams import STREAM_HOOKS
from rngscope.shared import TensorSharedVariable
from rngscope.tensor import basic as T
from rngscope.tensor.variable import constant

_STATE_TYPE = TensorType("int32", (False, False))


@dataclass(frozen=True)
class MRGUniform(Op):
    """Draw ``prod(size)`` uniforms from a state matrix: outputs (new state, draws)."""

    output_type: TensorType
    inplace: bool = False
    is_mrg = True

    @property
    def destroy_map(self):
        return {0: [0]} if self.inplace else {}

    def as_inplace(self):
        return MRGUniform(self.output_type, True)

    def __str__(self):
        return "mrg_uniform{%s,%s}" % (self.output_type, "inplace" if self.inplace else "no_inplace")

    def make_node(self, rstate, size):
        size = T.as_tensor_variable(size, ndim=1)
        return Apply(self, [rstate, size], [_STATE_TYPE, self.output_type])

    def perform(self, node, inputs):
        rstate, size = inputs
        new, sample = K.mrg_uniform(rstate, tuple(int(s) for s in size),
                                    self.output_type.dtype, inplace=self.inplace)
        return [new, sample]


def _check_size(size):
    if isinstance(size, Variable):
        return size
    if not isinstance(size, tuple):
        raise TypeError(
            "size must be a tuple of int or a Theano variable", size)
    for s in size:
        if isinstance(s, (int, np.integer)) and s <= 0:
            raise ValueError(
                "The specified size contains a dimension with value <= 0", size)
    return size


def _size_vector(size):
    """A size as the 1-d integer vector Theano's ``_check_size`` makes of it."""
    if isinstance(size, Variable):
        if size.ndim == 1:
            return size
        if size.ndim == 0:
            return T.stack([size])
        raise ValueError("Theano variable must have 1 dimension to be a valid size.", size)
    for s in size:
        if isinstance(s, Variable):
            if s.ndim != 0:
                raise ValueError("Non-scalar Theano variable in size", size, s)
        elif isinstance(s, (int, np.integer)):
            if s <= 0:
                raise ValueError("Non-positive dimensions not allowed in size.", size, s)
        else:
            raise ValueError("Only Theano variables and integers are allowed in a size-tuple.",
                             size, s)
    return T.as_tensor_variable(size, ndim=1)


class MRG_RandomStreams:
    """Module-level MRG31k3p streams (``theano.sandbox.rng_mrg``)."""

    def __init__(self, seed=12345):
        self.state_updates = []
        self.default_instance_seed = seed
        self.set_rstate(seed)

    def set_rstate(self, seed):
        self.rstate = K.seed_rstate(seed)

    def seed(self, seed=None):
        """Re-seed: a fresh rstate, then new sub-stream matrices for every variable, in order."""
        if seed is None:
            seed = self.default_instance_seed
        self.set_rstate(seed)
        for old_r, _new_r, _size, nstreams in self.state_updates:
            rstates = self.get_substream_rstates(nstreams)
            old_r.set_value(rstates, borrow=True)

    def get_substream_rstates(self, n_streams, dtype=None, inc_rstate=True):
        rval = K.get_substream_rstates(self.rstate, n_streams)
        if inc_rstate:
            self.rstate = K.next_rstate(self.rstate)
        return rval

    def updates(self):
        return [(r, n) for r, n, _s, _k in self.state_updates]

    def _draws(self, size, dtype, nstreams):
        """The symbolic uniform draws in [0, 1) and their shared state."""
        if nstreams is None:
            nstreams = K.n_streams_for(size)
        rstates = self.get_substream_rstates(nstreams)
        node_rstate = TensorSharedVariable(_STATE_TYPE, rstates)
        node_rstate.tag["is_rng"] = True
        if isinstance(size, tuple) and any(isinstance(s, Variable) for s in size):
            v_size = T.stack(list(size))  # Theano's as_tensor_variable: a MakeVector
            ndim = len(size)
        elif isinstance(size, tuple):
            v_size = constant(np.asarray(size, dtype="int64")) if size else constant(
                np.zeros(0, dtype="int64"))
            ndim = len(size)
        else:
            v_size = T.as_tensor_variable(size)
            ndim = T.get_vector_length(v_size)
        op = MRGUniform(TensorType(dtype, (False,) * ndim))
        new_rstate, u = op(node_rstate, v_size)
        node_rstate.default_update = new_rstate
        u.rstate = node_rstate
        u.update = (node_rstate, new_rstate)
        self.state_updates.append((node_rstate, new_rstate, size, nstreams))
        for hook in STREAM_HOOKS:
            hook(node_rstate, u, "mrg_uniform")
        return u

    def uniform(self, size, low=0.0, high=1.0, ndim=None, dtype=None, nstreams=None):
        size = _check_size(size)
        low, high = T.as_tensor_variable(low), T.as_tensor_variable(high)
        dtype = dtype or upcast(FLOATX, low.dtype, high.dtype)
        u = self._draws(size, dtype, nstreams)
        r = u * (high - low) + low
        if r.dtype != dtype:
            r = T.cast(r, dtype)
        r.rstate, r.update = u.rstate, u.update
        return r

    def binomial(self, size=None, n=1, p=0.5, ndim=None, dtype="int64", nstreams=None):
        size = _check_size(size)
        if n != 1:
            raise NotImplementedError("MRG_RandomStreams.binomial with n > 1")
        u = self.uniform(size=size, nstreams=nstreams)
        out = T.cast(T.lt(u, p), dtype)
        out.rstate, out.update = u.rstate, u.update
        return out

    def normal(self, size, avg=0.0, std=1.0, ndim=None, dtype=None, nstreams=None):
        """Box-Muller on ``n + n % 2`` uniforms: cosines first, then sines, cut to ``n``."""
        size = _check_size(size)
        avg, std = T.as_tensor_variable(avg), T.as_tensor_variable(std)
        dtype = dtype or upcast(FLOATX, avg.dtype, std.dtype)
        if not isinstance(size, tuple) or any(isinstance(s, Variable) for s in size):
            return self._normal_symbolic(size, avg, std, ndim, dtype, nstreams)
        n = int(np.prod(size)) if size else 1
        n_even = n + n % 2
        if nstreams is None:
            nstreams = K.N_STREAMS_DEFAULT
        flat = self._draws((n_even,), dtype, nstreams)
        u1 = flat[: n_even // 2]
        u2 = flat[n_even // 2:]
        r = T.sqrt(constant(np.asarray(-2.0, dtype=dtype)) * T.log(u1))
        theta = constant(np.asarray(2.0 * np.pi, dtype=dtype)) * u2
        samples = T.join(0, r * T.cos(theta), r * T.sin(theta))
        samples = samples[:n]
        if len(size) > 1:
            samples = T.reshape(samples, size)
        out = avg + std * samples
        if out.dtype != dtype:
            out = T.cast(out, dtype)
        out.rstate, out.update = flat.rstate, flat.update
        return out

    def _normal_symbolic(self, size, avg, std, ndim, dtype, nstreams):
        """Theano's normal for a size known only when called: the sample count, its even
        round-up and the halves are graph values; the join is cut to the count."""
        v_size = _size_vector(size)
        avg, std = T.cast(avg, dtype), T.cast(std, dtype)
        n_odd = T.prod(v_size, dtype="int64")
        n_even = n_odd + n_odd % 2
        if nstreams is None:
            nstreams = K.N_STREAMS_DEFAULT
        flat = self._draws((n_even,), dtype, nstreams)
        u1 = flat[: n_even // 2]
        u2 = flat[n_even // 2:]
        r = T.sqrt(-2.0 * T.log(u1))
        theta = np.array(2.0 * np.pi, dtype=dtype) * u2
        samples = T.join(0, r * T.cos(theta), r * T.sin(theta))[:n_odd]
        samples = T.reshape(samples, v_size, ndim=ndim)
        out = samples * std + avg
        out.rstate, out.update = flat.rstate, flat.update
        return out
