"""Random streams: objects that make random variables, each drawing from a shared state of
its own.

``RandomStreams(seed)`` (``theano.tensor.shared_randomstreams``) keeps a seed
generator ``RandomState(seed)``; each new random variable (in creation order)
gets its own shared ``RandomState(int(gen.randint(2**30)))`` whose
``default_update`` is the random op's new-state output (``.0``); the draw is
output ``.1``.  ``MRG_RandomStreams(seed)`` (``theano.sandbox.rng_mrg``) gives
each variable a shared MRG31k3p state matrix instead.  The random ops
themselves are in ``rngscope.random``; this module is above the shared layer
because it makes shared variables.
"""
from __future__ import annotations

import sys
import warnings

import numpy as np

from rngscope import observe as _observe
from rngscope.graph.basic import TheanoNamed, Variable
from rngscope.graph.types import floatx, random_state_type, upcast
from rngscope.random import mrg_kernels as K
from rngscope.random import streams as raw
from rngscope.random.mrg import STATE_TYPE, ChoiceFromUniform, MRGUniform, MultinomialFromUniform
from rngscope.random.state import RandomState
from rngscope.shared import RandomStateSharedVariable, TensorSharedVariable
from rngscope.tensor import basic as T
from rngscope.tensor.grad_ops import UndefinedGrad
from rngscope.tensor.variable import TensorType, constant

__all__ = ["MRG_RandomStreams", "RandomStreams", "RandomStreamsBase"]


def _undefined_grad(x):
    """``x`` with an undefined gradient, as Theano's MRG_RandomStreams wraps the bounds,
    moments and probabilities it is given (UndefinedGrad: compiled away)."""
    return UndefinedGrad()(x)


# numpy RandomState streams ------------------------------------------------------


class RandomStreamsBase:
    """The distributions; ``gen`` (the subclass's) turns each into a new stream."""

    def uniform(self, size=None, low=0.0, high=1.0, ndim=None, dtype=None):
        return self.gen(raw.uniform, size, low, high, ndim=ndim, dtype=dtype)

    def normal(self, size=None, avg=0.0, std=1.0, ndim=None, dtype=None):
        return self.gen(raw.normal, size, avg, std, ndim=ndim, dtype=dtype)

    def binomial(self, size=None, n=1, p=0.5, ndim=None, dtype="int64", prob=None):
        return self.gen(raw.binomial, size, n, p, ndim=ndim, dtype=dtype, prob=prob)

    def random_integers(self, size=None, low=0, high=1, ndim=None, dtype="int64"):
        return self.gen(raw.random_integers, size, low, high, ndim=ndim, dtype=dtype)

    def choice(self, size=None, a=2, replace=True, p=None, ndim=None, dtype="int64"):
        return self.gen(raw.choice, size, a, replace, p, ndim=ndim, dtype=dtype)

    def poisson(self, size=None, lam=None, ndim=None, dtype="int64"):
        return self.gen(raw.poisson, size, lam, ndim=ndim, dtype=dtype)

    def permutation(self, size=None, n=1, ndim=None, dtype="int64"):
        return self.gen(raw.permutation, size, n, ndim=ndim, dtype=dtype)

    def multinomial(self, size=None, n=1, pvals=(0.5, 0.5), ndim=None, dtype="int64"):
        return self.gen(raw.multinomial, size, n, pvals, ndim=ndim, dtype=dtype)

    def shuffle_row_elements(self, input):
        perm = self.permutation(size=input.shape[:-1], n=input.shape[-1], ndim=input.ndim - 1)
        shuffled = raw.permute_row_elements(input, perm)
        shuffled.permutation = perm
        return shuffled


class RandomStreams(RandomStreamsBase, metaclass=TheanoNamed):
    """Module-level streams: one shared RandomState per random variable."""

    def __init__(self, seed=None):
        self.state_updates = []
        self.default_instance_seed = seed
        self.gen_seedgen = np.random.RandomState(seed)

    def seed(self, seed=None):
        """Re-seed every stream, in ``state_updates`` order, from ``RandomState(seed)``."""
        if seed is None:
            seed = self.default_instance_seed
        seedgen = np.random.RandomState(seed)
        for old_r, _new_r in self.state_updates:
            old_r_seed = seedgen.randint(2 ** 30)
            old_r.assign(RandomState(int(old_r_seed)), "seed", sys._getframe(1))

    def __getitem__(self, item):
        return item.get_value(borrow=True)

    def __setitem__(self, item, val):
        """``srng[rv.rng] = state``: Theano's shorthand for ``set_value(state, borrow=True)``
        (any stream's rng, not only this object's; the type check is set_value's)."""
        item.set_value(val, borrow=True)

    def updates(self):
        return list(self.state_updates)

    def gen(self, op, *args, **kwargs):
        seed = int(self.gen_seedgen.randint(2 ** 30))
        rng = RandomStateSharedVariable(random_state_type, RandomState(seed))
        rng.tag["is_rng"] = True
        rng.tag["seed"] = seed
        new_r, out = op(rng, *args, **kwargs)
        out.rng = rng
        out.update = (rng, new_r)
        self.state_updates.append(out.update)
        rng.default_update = new_r
        if _observe.current is not None:
            _observe.current.on_stream(rng, out, op.__name__)
        return out


# MRG31k3p streams ---------------------------------------------------------------


def _check_size(size):
    """A size as the 1-d integer vector Theano's ``_check_size`` makes of it (normal's)."""
    if isinstance(size, Variable):
        if size.ndim == 1:
            return size
        if size.ndim == 0:
            return T.stack([size])
        raise ValueError("Theano variable must have 1 dimension to be a valid size.", size)
    if isinstance(size, (np.integer, int)):
        return constant([size], ndim=1)
    if not isinstance(size, (tuple, list)):
        raise ValueError("Size must be a int, tuple, list or Theano variable.", size)
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


class MRG_RandomStreams(metaclass=TheanoNamed):
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
        for old_r, _new_r, size, nstreams in self.state_updates:
            if nstreams is None:  # Theano keeps what the caller gave and guesses again here
                nstreams = K.n_streams_for(size)
            rstates = self.get_substream_rstates(nstreams)
            old_r.set_value(rstates, borrow=True)

    def inc_rstate(self):
        """Move ``rstate`` on by the ``2**134``-step jump each new variable makes."""
        self.rstate = K.next_rstate(self.rstate)

    def get_substream_rstates(self, n_streams, dtype=None, inc_rstate=True):
        rval = K.get_substream_rstates(self.rstate, n_streams)
        if inc_rstate:
            self.rstate = K.next_rstate(self.rstate)
        return rval

    def updates(self):
        """Theano's: the (old state, new state, size, nstreams) of every draw, in order (a
        script passing it to ``function(updates=...)`` fails there, as in Theano)."""
        return list(self.state_updates)

    def _draws(self, size, dtype, nstreams, ndim=None, given_nstreams=None):
        """The symbolic uniform draws in [0, 1) and their shared state (Theano's
        ``mrg_uniform.new`` plus ``pretty_return``: the raw draws carry ``rstate`` and
        ``update``; what uniform/normal/binomial build on them does not)."""
        rstates = self.get_substream_rstates(nstreams)
        node_rstate = TensorSharedVariable(STATE_TYPE, rstates)
        node_rstate.tag["is_rng"] = True
        if isinstance(size, tuple) and any(isinstance(s, Variable) for s in size):
            v_size = T.stack(list(size))  # Theano's as_tensor_variable: a MakeVector
        elif isinstance(size, tuple):  # numpy's dtype: () is an empty float64 vector
            v_size = constant(np.asarray(size, dtype="int64" if size else "float64"))
        else:
            v_size = T.as_tensor_variable(size)
        if ndim is None:
            ndim = T.get_vector_length(v_size)
        op = MRGUniform(TensorType(dtype, (False,) * ndim))
        new_rstate, u = op(node_rstate, v_size)
        node_rstate.default_update = new_rstate
        u.rstate = node_rstate
        u.update = (node_rstate, new_rstate)
        self.state_updates.append((node_rstate, new_rstate, size, given_nstreams))
        return u

    def _announce(self, rstate, out, kind, size):
        """Tell an observer about a stream as the user made it: ``out`` (what the script binds,
        ``u = srng.uniform(...)``), its distribution and the size asked for (a normal of 3
        values draws 4 uniforms)."""
        rstate.tag["size"] = size
        if _observe.current is not None:
            _observe.current.on_stream(rstate, out, kind)
        return out

    def uniform(self, size, low=0.0, high=1.0, ndim=None, dtype=None, nstreams=None, **kwargs):
        """``u * (high - low) + low`` over draws in [0, 1), bounds cast to ``dtype`` first;
        the checks, and the stream rows taken before unknown keywords are refused, as Theano."""
        out = self._uniform(size, low, high, ndim, dtype, nstreams, kwargs)
        return self._announce(self.state_updates[-1][0], out, "uniform", size)

    def _uniform(self, size, low, high, ndim, dtype, nstreams, kwargs):
        low, high = T.as_tensor_variable(low), T.as_tensor_variable(high)
        if dtype is None:
            dtype = upcast(floatx(), low.dtype, high.dtype)
        low, high = T.cast(low, dtype), T.cast(high, dtype)
        low, high = _undefined_grad(low), _undefined_grad(high)
        if isinstance(size, tuple):
            if not all(isinstance(i, (np.integer, int, Variable)) for i in size):
                raise AssertionError("size must be a tuple of int or a Theano variable")
            if any(isinstance(i, (np.integer, int)) and i <= 0 for i in size):
                raise ValueError("The specified size contains a dimension with value <= 0", size)
        elif not (isinstance(size, Variable) and size.ndim == 1):
            raise TypeError("size must be a tuple of int or a Theano Variable with 1 dimension, "
                            "got " + str(size) + " of type " + str(type(size)))
        given_nstreams = nstreams
        if nstreams is None:
            nstreams = K.n_streams_for(size)
        kwargs.pop("target", None)
        if kwargs:  # Theano refuses them only after taking the stream rows
            self.get_substream_rstates(nstreams)
            raise TypeError("uniform() got unexpected keyword arguments %s" % (str(kwargs.keys())))
        u = self._draws(size, dtype, nstreams, ndim, given_nstreams)
        r = u * (high - low) + low
        if u.type.broadcastable != r.type.broadcastable:
            raise NotImplementedError(
                "Increase the size to match the broadcasting pattern of `low` and `high` arguments")
        return r

    def binomial(self, size=None, n=1, p=0.5, ndim=None, dtype="int64", nstreams=None, **kwargs):
        if n != 1:
            raise NotImplementedError("MRG_RandomStreams.binomial with n > 1")
        p = _undefined_grad(T.as_tensor_variable(p))
        x = self._uniform(size, 0.0, 1.0, None, None, nstreams, kwargs)
        out = T.cast(T.lt(x, p), dtype)
        return self._announce(self.state_updates[-1][0], out, "binomial", size)

    def multinomial(self, size=None, n=1, pvals=None, ndim=None, dtype="int64", nstreams=None,
                    **kwargs):
        """``n`` draws per row of a 2-d ``pvals`` (counts), from ``rows * n`` uniforms."""
        if pvals is None:
            raise TypeError("You have to specify pvals")
        pvals = _undefined_grad(T.as_tensor_variable(pvals))
        if size is not None:
            if any(isinstance(i, int) and i <= 0 for i in size):
                raise ValueError("The specified size contains a dimension with value <= 0", size)
            raise ValueError("Provided a size argument to MRG_RandomStreams.multinomial, which "
                             "does not use the size argument.")
        if ndim is not None:
            raise ValueError("Provided an ndim argument to MRG_RandomStreams.multinomial, which "
                             "does not use the ndim argument.")
        if pvals.ndim != 2:
            raise NotImplementedError(
                "MRG_RandomStreams.multinomial only implemented for pvals.ndim = 2")
        size = pvals[:, 0].shape * n
        unis = self._uniform(size, 0.0, 1.0, 1, None, nstreams, kwargs)
        out = MultinomialFromUniform(dtype)(pvals, unis, T.as_tensor_variable(n))
        return self._announce(self.state_updates[-1][0], out, "multinomial", None)

    def multinomial_wo_replacement(self, size=None, n=1, pvals=None, ndim=None, dtype="int64",
                                   nstreams=None, **kwargs):
        """Theano's deprecated name for ``choice(size=n, replace=False, p=pvals)``."""
        warnings.warn("MRG_RandomStreams.multinomial_wo_replacement() is deprecated and will be "
                      "removed in the next release of Theano. Please use "
                      "MRG_RandomStreams.choice() instead.", stacklevel=2)
        assert size is None  # (Theano's bare assert)
        return self.choice(size=n, a=None, replace=False, p=pvals, dtype=dtype,
                           nstreams=nstreams, ndim=ndim, **kwargs)

    def choice(self, size=1, a=None, replace=True, p=None, ndim=None, dtype="int64",
               nstreams=None, **kwargs):
        """``size`` picks without replacement per row of a 2-d ``p`` (indices)."""
        if replace:
            raise NotImplementedError(
                "MRG_RandomStreams.choice only works without replacement for now.")
        if a is not None:
            raise TypeError("For now, a has to be None in MRG_RandomStreams.choice. Sampled "
                            "values are between 0 and p.shape[1]-1")
        if p is None:
            raise TypeError("For now, p has to be specified in MRG_RandomStreams.choice.")
        p = _undefined_grad(T.as_tensor_variable(p))
        if ndim is not None:
            raise ValueError("ndim argument to MRG_RandomStreams.choice is not used.")
        if p.ndim != 2:
            raise NotImplementedError(
                "MRG_RandomStreams.choice is only implemented for p.ndim = 2")
        shape = p[:, 0].shape * size
        unis = self._uniform(shape, 0.0, 1.0, 1, None, nstreams, kwargs)
        out = ChoiceFromUniform(odtype=dtype)(p, unis, T.as_tensor_variable(size))
        return self._announce(self.state_updates[-1][0], out, "choice", None)

    def normal(self, size, avg=0.0, std=1.0, ndim=None, dtype=None, nstreams=None,
               truncate=False, **kwargs):
        """Theano's Box-Muller: ``prod(size)`` rounded up to even uniforms, cosines of the
        first half then sines, cut to the count, reshaped, ``* std + avg``.  ``truncate``:
        the values beyond two standard deviations are drawn again, as Theano does it (their
        radii from a second uniform draw in [e**-2, 1), their angles kept), and the kept
        and redrawn values joined cosines first."""
        v_size = _check_size(size)
        avg = _undefined_grad(T.as_tensor_variable(avg))
        std = _undefined_grad(T.as_tensor_variable(std))
        if dtype is None:
            dtype = upcast(floatx(), avg.dtype, std.dtype)
        avg, std = T.cast(avg, dtype), T.cast(std, dtype)
        n_odd = T.prod(v_size, dtype="int64")
        n_even = n_odd + n_odd % 2
        flat = self._uniform((n_even,), 0.0, 1.0, 1, dtype, nstreams, dict(kwargs))
        rstate = self.state_updates[-1][0]
        u1 = flat[: n_even // 2]
        u2 = flat[n_even // 2:]
        r = T.sqrt(-2.0 * T.log(u1))
        theta = np.array(2.0 * np.pi, dtype=dtype) * u2
        cos_theta, sin_theta = T.cos(theta), T.sin(theta)
        z0, z1 = r * cos_theta, r * sin_theta
        if truncate:
            parts = self._truncated_parts(z0, z1, cos_theta, sin_theta, dtype, nstreams, kwargs)
        else:
            parts = (z0, z1)
        samples = T.join(0, *parts)[:n_odd]
        samples = T.reshape(samples, v_size, ndim=ndim)
        return self._announce(rstate, samples * std + avg,
                              "truncated_normal" if truncate else "normal", size)

    def _truncated_parts(self, z0, z1, cos_theta, sin_theta, dtype, nstreams, kwargs):
        """The normals within two deviations, and the others redrawn, in Theano's order."""
        bad0, bad1 = (z0 < -2.0) | (z0 > 2.0), (z1 < -2.0) | (z1 > 2.0)
        z0_valid, z1_valid = z0[(~bad0).nonzero()], z1[(~bad1).nonzero()]
        fix0, fix1 = bad0.nonzero()[0], bad1.nonzero()[0]
        lower = constant(1.0 / np.e ** 2, dtype=dtype)
        u_fix = self._uniform((fix0.size + fix1.size,), lower, 1.0, 1, dtype, nstreams,
                              dict(kwargs))
        self._announce(self.state_updates[-1][0], u_fix, "uniform", None)  # the redraws
        r_fix = T.sqrt(-2.0 * T.log(u_fix))
        z0_fixed = r_fix[: fix0.size] * cos_theta[fix0]
        z1_fixed = r_fix[fix0.size:] * sin_theta[fix1]
        return z0_valid, z0_fixed, z1_valid, z1_fixed

    def truncated_normal(self, size, avg=0.0, std=1.0, ndim=None, dtype=None, nstreams=None,
                         **kwargs):
        """A normal cut at two deviations, ``std`` scaled up so the result's deviation is
        ``std`` (Theano divides by the constant 0.87962566103423978)."""
        std = std / constant(0.87962566103423978)
        return self.normal(size=size, avg=avg, std=std, truncate=True, ndim=ndim, dtype=dtype,
                           nstreams=nstreams, **kwargs)
