"""The numpy-``RandomState`` random op and the graphs of its distributions.

``RandomFunction(fn, outtype)(rng, size, *params)`` draws ``RandomState.<fn>``
from the state ``rng``: output ``.0`` is the new state, ``.1`` the draw.
``uniform(rng, ...)``, ``normal(rng, ...)`` ... build one over a given state
variable (``theano.tensor.raw_random``); ``rngscope.streams.RandomStreams``
gives each a shared state of its own.
"""
from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op, TheanoNamed
from rngscope.graph.types import INT_DTYPES, floatx, random_state_type, upcast
from rngscope.tensor import basic as T
from rngscope.tensor import gradient
from rngscope.tensor.extra_ops import PermuteRowElements, permute_row_elements  # noqa: F401  (raw_random's names)
from rngscope.tensor.rop_rules import ROP_RULES, no_rop
from rngscope.tensor.variable import TensorType


@dataclass(frozen=True)
class RandomFunction(Op, metaclass=TheanoNamed):
    """Draw from ``RandomState.<fn>``: inputs (rng, size, *params), outputs (new rng, draw)."""

    fn: str
    outtype: TensorType
    ndim_added: int = 0
    inplace: bool = False

    @property
    def destroy_map(self):
        return {0: [0]} if self.inplace else {}

    def as_inplace(self):
        return RandomFunction(self.fn, self.outtype, self.ndim_added, True)

    def __str__(self):
        return f"RandomFunction{{{self.fn}}}"

    def make_node(self, rng, size, *args):
        size = T.as_tensor_variable(size, ndim=1)
        args = [T.as_tensor_variable(a) for a in args]
        return Apply(self, [rng, size] + args, [random_state_type, self.outtype])

    def perform(self, node, inputs):
        r, shape, args = inputs[0], inputs[1], inputs[2:]
        if not isinstance(r, np.random.RandomState):
            raise AssertionError((type(r), r))
        shape = None if len(shape) == 0 else tuple(int(s) for s in shape)
        ndim = self.outtype.ndim
        if shape is not None and ndim != len(shape) and ndim != len(shape) + self.ndim_added:
            raise ValueError(
                "Shape mismatch: self.outtype.ndim (%i) != len(shape) (%i) + self.ndim_added (%i)"
                % (ndim, len(shape), self.ndim_added)
            )
        if not self.inplace:
            r = copy.deepcopy(r)
        value = DRAWS[self.fn](r, *args, shape)
        dtype = self.outtype.dtype
        if not isinstance(value, np.ndarray) or str(value.dtype) != dtype:
            value = np.asarray(value, dtype=dtype)
        if shape is None and value.ndim == 0 and ndim > 0:
            value = value.reshape([1] * ndim)
        if value.ndim != ndim:
            raise ValueError(
                'Shape mismatch: "out" should have dimension %i, but the value produced by '
                '"perform" has dimension %i' % (ndim, value.ndim)
            )
        if shape is not None:
            got = value.shape if self.ndim_added == 0 else value.shape[: -self.ndim_added]
            if shape != got:
                raise ValueError(
                    'Shape mismatch: "out" should have shape %s, but the value produced by '
                    '"perform" has shape %s' % (shape, got)
                )
        return [r, value]


# numpy draws ---------------------------------------------------------------


def _broadcast_indices(out_shape, *shapes):
    """Index tuples looping over ``out_shape`` and the matching (broadcast) input indices."""
    outs = [[] for _ in (out_shape,) + shapes]
    for oi in itertools.product(*[range(n) for n in out_shape]):
        outs[0].append(oi)
        for k, shp in enumerate(shapes):
            outs[k + 1].append(tuple(0 if shp[d] == 1 else oi[d] for d in range(len(out_shape))))
    return outs


def _random_integers(r, low, high, size):
    low, high = np.asarray(low), np.asarray(high)
    out_ndim = len(size) if size is not None else max(low.ndim, high.ndim)
    low = low.reshape((1,) * (out_ndim - low.ndim) + low.shape)
    high = high.reshape((1,) * (out_ndim - high.ndim) + high.shape)
    if size is not None:
        out_size = tuple(size)
    else:
        out_size = tuple(max(a, b) for a, b in zip(low.shape, high.shape))
    out = np.ndarray(out_size)
    oi, li, hi = _broadcast_indices(out_size, low.shape, high.shape)
    for o, l_, h in zip(oi, li, hi):
        out[o] = r.randint(low=low[l_], high=high[h] + 1)
    return out


def _choice(r, a, replace, p, size):
    a, p = np.asarray(a), np.asarray(p)
    if a.ndim > 1:
        raise ValueError("a.ndim (%i) must be 0 or 1" % a.ndim)
    if p.ndim == 1:
        if p.size == 0:
            p = None
    else:
        raise ValueError("p.ndim (%i) must be 1" % p.ndim)
    replace = bool(replace)
    return r.choice(a, size, replace, p)


def _permutation(r, n, shape):
    n = int(np.asarray(n).item())
    shape = () if shape is None else shape
    out = np.empty(list(shape) + [n], int)
    for i in np.ndindex(*shape):
        out[i] = r.permutation(n)
    return out


def _multinomial(r, n, pvals, size):
    n, pvals = np.asarray(n), np.asarray(pvals)
    ndim = len(size) if size is not None else max(n.ndim, pvals.ndim - 1)
    n = n.reshape((1,) * (ndim - n.ndim) + n.shape)
    pvals = pvals.reshape((1,) * (ndim - pvals.ndim + 1) + pvals.shape)
    if size is not None:
        size = tuple(size)
    else:
        size = tuple(max(n.shape[d], pvals.shape[d]) for d in range(ndim))
    out = np.ndarray(size + (pvals.shape[-1],))
    mi_, ni_, pi_ = _broadcast_indices(size, n.shape, pvals.shape[:-1])
    assert pvals.min() >= 0
    for mi, ni, pi in zip(mi_, ni_, pi_):
        pvi = pvals[pi]
        pisum = np.sum(pvi)
        if 1.0 < pisum < 1.0 + 1e-5:
            pvi = pvi * (1.0 - 5e-5)
            pisum = np.sum(pvi)
        elif pvi[-1] < 5e-5:
            pvi = pvi * (1.0 - 5e-5)
            pisum = np.sum(pvi)
        assert pisum <= 1.0, pisum
        out[mi] = r.multinomial(n=n[ni], pvals=pvi.astype("float64"))
    return out


DRAWS = {
    "uniform": lambda r, low, high, size: r.uniform(low, high, size),
    "normal": lambda r, avg, std, size: r.normal(avg, std, size),
    "binomial": lambda r, n, p, size: r.binomial(n, p, size),
    "poisson": lambda r, lam, size: r.poisson(lam, size),
    "random_integers_helper": _random_integers,
    "choice_helper": _choice,
    "permutation_helper": _permutation,
    "multinomial_helper": _multinomial,
}


# shapes --------------------------------------------------------------------


def infer_ndim_bcast(ndim, shape, *args):
    """(ndim, int64 size vector, broadcastable) as Theano's ``_infer_ndim_bcast``."""
    args_ndim = max((a.ndim for a in args), default=0)
    if isinstance(shape, (tuple, list)):
        if ndim is None:
            ndim = len(shape)
        elif len(shape) != ndim:
            raise ValueError(
                "ndim should be equal to len(shape), but\n",
                "ndim = %s, len(shape) = %s, shape = %s" % (ndim, len(shape), shape),
            )
        bcast, pre = [], []
        for i, s in enumerate(shape):
            if hasattr(s, "type"):
                bcast.append(False)
                pre.append(s)
            elif s >= 0:
                pre.append(T.as_tensor_variable(s))
                bcast.append(s == 1)
            elif s == -1:
                n_a_i = 0
                for a in args:
                    if i >= ndim - a.ndim:
                        n_a_i += 1
                        a_i = i + a.ndim - ndim
                        if not a.broadcastable[a_i]:
                            pre.append(a.shape[a_i])
                            bcast.append(False)
                            break
                else:
                    if n_a_i == 0:
                        raise ValueError(
                            "Auto-shape of -1 must overlapwith the shape of one of the "
                            "broadcastableinputs"
                        )
                    pre.append(T.as_tensor_variable(1))
                    bcast.append(True)
            # Theano builds (but never raises) a ValueError for other negative sizes.
        v_shape = T.constant([], dtype="int64") if not pre else T.stack(pre)
    elif shape is None:
        if not args:
            raise TypeError("_infer_ndim_bcast cannot infer shape without either shape or args")
        template = args[0]
        for a in args[1:]:
            template = template + a
        v_shape = template.shape
        bcast = template.broadcastable
        ndim = template.ndim
    else:
        v_shape = T.as_tensor_variable(shape)
        if v_shape.ndim != 1:
            raise TypeError("shape must be a vector or list of scalar, got '%s'" % v_shape)
        if ndim is None:
            ndim = T.get_vector_length(v_shape)
        bcast = [False] * ndim
    if v_shape.ndim != 1:
        raise TypeError("shape must be a vector or list of scalar, got '%s'" % v_shape)
    if v_shape.dtype not in INT_DTYPES + ("uint8", "uint16", "uint32", "uint64"):
        raise TypeError("shape must be an integer vector or list", v_shape.dtype)
    if args_ndim > ndim:
        raise ValueError("ndim should be at least as big as required by args value",
                         (ndim, args_ndim), args)
    assert ndim == len(bcast)
    return ndim, T.cast(v_shape, "int64"), tuple(bcast)


# the distributions, as graph builders ------------------------------------------


def uniform(rng, size=None, low=0.0, high=1.0, ndim=None, dtype=None):
    low, high = T.as_tensor_variable(low), T.as_tensor_variable(high)
    dtype = dtype or upcast(floatx(), low.dtype, high.dtype)
    ndim, size, bcast = infer_ndim_bcast(ndim, size, low, high)
    return RandomFunction("uniform", TensorType(dtype, bcast))(rng, size, low, high)


def normal(rng, size=None, avg=0.0, std=1.0, ndim=None, dtype=None):
    avg, std = T.as_tensor_variable(avg), T.as_tensor_variable(std)
    dtype = dtype or upcast(floatx(), avg.dtype, std.dtype)
    ndim, size, bcast = infer_ndim_bcast(ndim, size, avg, std)
    return RandomFunction("normal", TensorType(dtype, bcast))(rng, size, avg, std)


def binomial(rng, size=None, n=1, p=0.5, ndim=None, dtype="int64", prob=None):
    if prob is not None:
        p = prob
    n, p = T.as_tensor_variable(n), T.as_tensor_variable(p)
    ndim, size, bcast = infer_ndim_bcast(ndim, size, n, p)
    out = TensorType(dtype, (False,) * ndim)
    return RandomFunction("binomial", out)(rng, size, n, p)


def random_integers(rng, size=None, low=0, high=1, ndim=None, dtype="int64"):
    low, high = T.as_tensor_variable(low), T.as_tensor_variable(high)
    ndim, size, bcast = infer_ndim_bcast(ndim, size, low, high)
    out = TensorType(dtype, bcast)
    return RandomFunction("random_integers_helper", out)(rng, size, low, high)


def choice(rng, size=None, a=2, replace=True, p=None, ndim=None, dtype="int64"):
    a = T.as_tensor_variable(a)
    if isinstance(replace, bool):
        replace = T.constant(replace, dtype="int8")
    else:
        replace = T.as_tensor_variable(replace)
    p = T.as_tensor_variable(p or [])
    ndim, size, bcast = infer_ndim_bcast(ndim, size)
    return RandomFunction("choice_helper", TensorType(dtype, bcast))(rng, size, a, replace, p)


def poisson(rng, size=None, lam=1.0, ndim=None, dtype="int64"):
    lam = T.as_tensor_variable(lam)
    ndim, size, bcast = infer_ndim_bcast(ndim, size)
    return RandomFunction("poisson", TensorType(dtype, bcast))(rng, size, lam)


def permutation(rng, size=None, n=1, ndim=None, dtype="int64"):
    if size is None or (isinstance(size, tuple) and size == ()):
        if not (ndim is None or ndim == 1):
            raise TypeError(
                "You asked for just one permutation but asked for more then 1 dimensions."
            )
        ndim, size, bcast = 1, T.constant([], dtype="int64"), ()
    else:
        ndim, size, bcast = infer_ndim_bcast(ndim, size)
    out = TensorType(dtype, tuple(bcast) + (False,))
    return RandomFunction("permutation_helper", out, ndim_added=1)(rng, size, n)


def multinomial(rng, size=None, n=1, pvals=(0.5, 0.5), ndim=None, dtype="int64"):
    n = T.as_tensor_variable(n)
    pvals = T.as_tensor_variable(list(pvals) if isinstance(pvals, tuple) else pvals)
    tmp = pvals.T[0].T
    ndim, size, bcast = infer_ndim_bcast(ndim, size, n, tmp)
    bcast = tuple(bcast) + (pvals.broadcastable[-1],)
    return RandomFunction("multinomial_helper", TensorType(dtype, bcast), ndim_added=1)(
        rng, size, n, pvals
    )


gradient.RULES[RandomFunction] = gradient.random_grads  # no gradient through a draw
ROP_RULES[RandomFunction] = no_rop  # nor a directional derivative

__all__ = [
    "DRAWS", "PermuteRowElements", "RandomFunction", "binomial", "choice", "infer_ndim_bcast",
    "multinomial", "normal", "permutation", "permute_row_elements", "poisson", "random_integers",
    "uniform",
]
