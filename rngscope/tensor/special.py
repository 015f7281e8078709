"""The error-function family as Theano 1.0.5 has it: ``erf``, ``erfc``, ``erfinv``, ``erfcinv``;
and the gamma family: ``gamma``, ``gammaln``, ``psi`` (digamma) and ``tri_gamma``.

Theano computes each one element by element through ``scipy.special`` (these ops
have no numpy counterpart), so rngscope does the same; the gradients are Theano's
closed forms, ``2 / sqrt(pi) * exp(-x * x)`` and friends.
"""
from __future__ import annotations

import numpy as np

from rngscope.graph.types import upcast
from rngscope.tensor import basic as T
from rngscope.tensor import scalar as scal
from rngscope.tensor.elemwise import scalar_elemwise

__all__ = ["erf", "erfc", "erfcinv", "erfinv", "gamma", "gammaln", "psi",
           "register_scalar_gradients", "tri_gamma"]

# the scalar ops: Theano's instance names and class names, float outputs
ERF = scal.ScalarOp(name="erf", cls="Erf", nin=1, rule="float")
ERFC = scal.ScalarOp(name="erfc", cls="Erfc", nin=1, rule="float")
ERFINV = scal.ScalarOp(name="erfinv", cls="Erfinv", nin=1, rule="float")
ERFCINV = scal.ScalarOp(name="erfcinv", cls="Erfcinv", nin=1, rule="float")
GAMMA = scal.ScalarOp(name="gamma", cls="Gamma", nin=1, rule="float")
GAMMALN = scal.ScalarOp(name="gammaln", cls="GammaLn", nin=1, rule="float")
PSI = scal.ScalarOp(name="psi", cls="Psi", nin=1, rule="float")
TRI_GAMMA = scal.ScalarOp(name="tri_gamma", cls="TriGamma", nin=1, rule="float")



def _scipy_special(name):
    """``scipy.special.<name>``, imported when first computed: importing scipy costs
    every command some 0.15 s of start-up, and few scripts use these ops."""

    def compute(*args):
        import scipy.special  # (at first use: start-up time, not an import circle)

        return getattr(scipy.special, name)(*args)

    return compute


scal.IMPLS.update({
    "Erf": _scipy_special("erf"),
    "Erfc": _scipy_special("erfc"),
    "Erfinv": _scipy_special("erfinv"),
    "Erfcinv": _scipy_special("erfcinv"),
    "Gamma": _scipy_special("gamma"),
    "GammaLn": _scipy_special("gammaln"),
    "Psi": _scipy_special("psi"),
    "TriGamma": lambda x: _scipy_special("polygamma")(1, x),
})

_erf = scalar_elemwise(ERF, "erf")
_erfc = scalar_elemwise(ERFC, "erfc")
_erfinv = scalar_elemwise(ERFINV, "erfinv")
_erfcinv = scalar_elemwise(ERFCINV, "erfcinv")
gamma = scalar_elemwise(GAMMA, "gamma")
gammaln = scalar_elemwise(GAMMALN, "gammaln")
psi = scalar_elemwise(PSI, "psi")
tri_gamma = scalar_elemwise(TRI_GAMMA, "tri_gamma")


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


def _gamma_grad(xs, z, gz):
    (x,) = xs
    return [gz * gamma(x) * psi(x)]


def _gammaln_grad(xs, z, gz):
    (x,) = xs
    return [gz * psi(x)]


def _psi_grad(xs, z, gz):
    (x,) = xs
    return [gz * tri_gamma(x)]


def _tri_gamma_grad(xs, z, gz):
    raise NotImplementedError()  # Theano 1.0.5's TriGamma has no gradient


def register_scalar_gradients(rules):
    """Add this family's scalar gradient rules to ``rules`` (scalar class -> rule)."""
    rules.update({"Erf": _erf_grad, "Erfc": _erfc_grad, "Erfinv": _erfinv_grad,
                  "Erfcinv": _erfcinv_grad, "Gamma": _gamma_grad, "GammaLn": _gammaln_grad,
                  "Psi": _psi_grad, "TriGamma": _tri_gamma_grad})
