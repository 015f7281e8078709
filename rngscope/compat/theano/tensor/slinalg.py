"""``theano.tensor.slinalg``: Cholesky factors and linear solves (scipy's)."""
from rngscope.compat import missing as _missing
from rngscope.tensor.slinalg import (  # noqa: F401
    Cholesky, Solve, cholesky, solve, solve_lower_triangular, solve_symmetric,
    solve_upper_triangular,
)

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
