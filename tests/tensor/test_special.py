"""The gamma family of rngscope.tensor.special: scipy's values, Theano's gradients (digamma for
gammaln, trigamma for digamma), each checked against finite differences."""
from __future__ import annotations

import numpy as np
import pytest
import scipy.special

from numeric import central_difference
from rngscope.compile.function import function
from rngscope.tensor import basic as T
from rngscope.tensor import special
from rngscope.tensor.gradient import grad

X = np.array([0.5, 1.0, 2.5, 4.0])


def test_values_are_scipys():
    v = T.dvector("v")
    got = function([v], [special.gamma(v), special.gammaln(v), special.psi(v),
                         special.tri_gamma(v)])(X)
    for g, want in zip(got, [scipy.special.gamma(X), scipy.special.gammaln(X),
                             scipy.special.psi(X), scipy.special.polygamma(1, X)]):
        np.testing.assert_array_equal(g, want)


@pytest.mark.parametrize("op", ["gamma", "gammaln", "psi"])
def test_gradients_match_finite_differences(op):
    v = T.dvector("v")
    cost = T.sum(getattr(special, op)(v))
    f = function([v], cost)
    np.testing.assert_allclose(function([v], grad(cost, v))(X),
                               central_difference(lambda a: float(f(a)), X.copy()), rtol=1e-5)


def test_the_trigamma_has_no_gradient_as_in_theano():
    v = T.dvector("v")
    with pytest.raises(NotImplementedError):
        grad(T.sum(special.tri_gamma(v)), v)
