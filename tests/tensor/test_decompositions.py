"""nlinalg's decompositions: numpy's values, Theano's op names, the pseudo-inverse's gradient
against finite differences, and norm/matrix_power built from other ops."""
from __future__ import annotations

import numpy as np

from numeric import central_difference
from rngscope.compile.function import function
from rngscope.tensor import basic as T
from rngscope.tensor import decompositions as N
from rngscope.tensor.gradient import grad

A = np.array([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.5, 0.0, 1.0], [1.0, 1.0, 1.0]])


def test_values_are_numpys_and_names_theanos():
    x = T.dmatrix("x")
    sym = T.dot(x.T, x)
    w, v = N.eigh(sym)
    u, s, vt = N.svd(x, full_matrices=False)
    f = function([x], [N.pinv(x), w, s, N.svd(x, 0, 0), N.matrix_power(sym, 2)])
    pinv, w_, s_, s_only, power = f(A)
    np.testing.assert_array_equal(pinv, np.linalg.pinv(A))
    np.testing.assert_allclose(w_, np.linalg.eigh(A.T @ A)[0], rtol=1e-12)
    np.testing.assert_allclose(s_, s_only, rtol=1e-12)  # LAPACK's path differs without u, v
    np.testing.assert_allclose(power, np.linalg.matrix_power(A.T @ A, 2))
    assert [str(N.pinv), str(N.Eigh()), str(N.SVD()), str(N.eig)] == [
        "MatrixPinv", "Eigh{UPLO='L'}", "SVD{full_matrices=True, compute_uv=True}", "Eig"]


def test_the_pseudo_inverses_gradient_matches_finite_differences():
    x = T.dmatrix("x")
    cost = T.sum(N.pinv(x) * T.constant(np.arange(12.0).reshape(3, 4)))
    f = function([x], cost)
    g = function([x], grad(cost, x))(A)
    np.testing.assert_allclose(g, central_difference(lambda a: float(f(a)), A.copy()), atol=1e-5)


def test_norms():
    v, m = T.dvector("v"), T.dmatrix("m")
    f = function([v, m], [N.norm(v, None), N.norm(v, "inf"), N.norm(v, 1), N.norm(m, "fro"),
                          N.norm(m, 1), N.norm(m, "-inf")])
    got = [float(r) for r in f(np.array([3.0, -4.0]), A)]
    assert got[:3] == [5.0, 4.0, 7.0]
    np.testing.assert_allclose(got[3:], [np.linalg.norm(A), np.abs(A).sum(0).max(),
                                         np.abs(A).sum(1).min()])
