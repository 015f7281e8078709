"""``theano.tensor.nlinalg``: inverse, determinant, trace and diagonals of matrices."""
from rngscope.compat import missing as _missing
from rngscope.tensor.linalg import (  # noqa: F401
    AllocDiag, Det, ExtractDiag, MatrixInverse, det, diag, matrix_dot, matrix_inverse, trace,
)

alloc_diag = AllocDiag()
extract_diag = ExtractDiag()

__all__ = ["AllocDiag", "Det", "ExtractDiag", "MatrixInverse", "alloc_diag", "det", "diag",
           "extract_diag", "matrix_dot", "matrix_inverse", "trace"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
