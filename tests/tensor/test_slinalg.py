"""theano.tensor.slinalg: Cholesky and Solve run scipy's routines, print as Theano's ops, and
their gradients match central finite differences."""
from __future__ import annotations

import numpy as np
import pytest

from numeric import central_difference
from rngscope.compile.function import function
from rngscope.tensor import basic as T
from rngscope.tensor import slinalg as S
from rngscope.tensor.gradient import grad

SPD = np.array([[4.0, 1.0, 0.5], [1.0, 3.0, 0.2], [0.5, 0.2, 2.0]])
B = np.array([1.0, -2.0, 0.5])


def test_the_ops_print_as_theanos():
    assert str(S.cholesky) == "Cholesky{lower=True, destructive=False, on_error='raise'}"
    assert str(S.solve_lower_triangular) == (
        "Solve{A_structure='lower_triangular', lower=True, overwrite_A=False, overwrite_b=False}")
    assert repr(S.solve) == "Solve{('general', False, False, False)}"


def test_values_are_scipys():
    import scipy.linalg

    m, b = T.dmatrix("m"), T.dvector("b")
    L, x, y = function([m, b], [S.cholesky(m), S.solve(m, b), S.solve_upper_triangular(m, b)])(SPD, B)
    np.testing.assert_array_equal(L, scipy.linalg.cholesky(SPD, lower=True))
    np.testing.assert_array_equal(x, scipy.linalg.solve(SPD, B))
    np.testing.assert_array_equal(y, scipy.linalg.solve_triangular(SPD, B, lower=False))


@pytest.mark.parametrize("build", [
    lambda m, b: T.sum(S.cholesky(m) * T.constant(np.arange(9.0).reshape(3, 3))),
    lambda m, b: T.sum(S.Cholesky(lower=False)(m) ** 2),
    lambda m, b: T.sum(S.solve(m, b) * T.constant([1.0, 2.0, 3.0])),
    lambda m, b: T.sum(S.solve_lower_triangular(m, b) ** 2),
    lambda m, b: T.sum(S.solve(m, T.outer(b, b)) ** 2),
], ids=["cholesky", "cholesky_upper", "solve", "solve_lower", "solve_matrix"])
def test_gradients_match_finite_differences(build):
    """A factor or a triangular solve reads one triangle of its input: the gradient is that
    triangle's, as the finite difference of the whole matrix sees it."""
    m, b = T.dmatrix("m"), T.dvector("b")
    cost = build(m, b)
    f = function([m, b], cost, on_unused_input="ignore")
    gm, gb = function([m, b], grad(cost, [m, b], disconnected_inputs="ignore"))(SPD, B)
    np.testing.assert_allclose(gm, central_difference(lambda a: float(f(a, B)), SPD.copy()),
                               atol=1e-6)
    np.testing.assert_allclose(gb, central_difference(lambda v: float(f(SPD, v)), B.copy()),
                               atol=1e-6)
