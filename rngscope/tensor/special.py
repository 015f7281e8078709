"""The error-function family as Theano 1.0.5 has it: ``erf``, ``erfc``, ``erfinv``, ``erfcinv``.

Theano computes each one element by element through ``scipy.special`` (these ops
have no numpy counterpart), so rngscope does the same; the gradients are Theano's
closed forms, ``2 / sqrt(pi) * exp(-x * x)`` and friends.
"""
from __future__ import annotations

import numpy as np
import scipy.special

from rngscope.graph.types import upcast
from rngscope.tensor import basic as T
from rngscope.tensor import scalar as scal
from rngscope.tensor.elemwise import scalar_elemwise

__all__ = ["erf", "erfc", "erfcinv", "erfinv", "register_scalar_gradients"]

# the scalar ops: Theano's instance names and class names, float outputs
ERF = scal.ScalarOp(name="erf", cls="Erf", nin=1, rule="float")
ERFC = scal.ScalarOp(name="erfc", cls="Erfc", nin=1, rule="float")
ERFINV = scal.ScalarOp(name="erfinv", cls="Erfinv", nin=1, rule="float")
ERFCINV = scal.ScalarOp(name="erfcinv", cls="Erfcinv", nin=1, rule="float")

scal.IMPLS.update({
    "Erf": scipy.special.erf,
    "Erfc": scipy.special.erfc,
    "Erfinv": scipy.special.erfinv,
    "Erfcinv": scipy.special.erfcinv,
})

_erf = scalar_elemwise(ERF, "erf")
_erfc = scalar_elemwise(ERFC, "erfc")
_erfinv = scalar_elemwise(ERFINV, "erfinv")
_erfcinv = scalar_elemwise(ERFCINV, "erfcinv")


def erf(x):
    """The error function."""
    return _erf(x)


def erfc(x):
    """The complementary error function, ``1 - erf(x)`` without its cancellation."""
    return _erfc(x)


def erfinv(x):
    """The inverse of erf on (-1, 1)."""
    return _erfinv(x)


def erfcinv(x):
    """The inverse of erfc on (0, 2)."""
    return _erfcinv(x)


def _cst(value, *variables):
    """A constant in the dtype Theano gives it: the upcast of x's and gz's dtypes."""
    return T.constant(np.asarray(value, dtype=upcast(*[v.dtype for v in variables])))


def _erf_grad(xs, z, gz):
    (x,) = xs
    return [gz * _cst(2.0 / np.sqrt(np.pi), x, gz) * T.exp(-x * x)]


def _erfc_grad(xs, z, gz):
    (x,) = xs
    return [-gz * _cst(2.0 / np.sqrt(np.pi), x, gz) * T.exp(-x * x)]


def _erfinv_grad(xs, z, gz):
    (x,) = xs
    return [gz * _cst(np.sqrt(np.pi) / 2.0, x, gz) * T.exp(erfinv(x) ** T.constant(2))]


def _erfcinv_grad(xs, z, gz):
    (x,) = xs
    return [-gz * _cst(np.sqrt(np.pi) / 2.0, x, gz) * T.exp(erfcinv(x) ** T.constant(2))]


def register_scalar_gradients(rules):
    """Add this family's scalar gradient rules to ``rules`` (scalar class -> rule)."""
    rules.update({"Erf": _erf_grad, "Erfc": _erfc_grad, "Erfinv": _erfinv_grad,
                  "Erfcinv": _erfcinv_grad})
