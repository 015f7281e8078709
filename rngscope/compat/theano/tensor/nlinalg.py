"""``theano.tensor.nlinalg``: inverse, determinant, trace and diagonals of matrices; the
pseudo-inverse, eig, eigh, svd, matrix_power and norm."""
from rngscope.compat import missing as _missing
from rngscope.tensor.decompositions import (  # noqa: F401
    SVD, Eig, Eigh, MatrixPinv, eig, eigh, matrix_power, norm, pinv, svd,
)
from rngscope.tensor.diagonals import ExtractDiag, trace  # noqa: F401
from rngscope.tensor.diagonals import MatrixAllocDiag as AllocDiag  # Theano's deprecated one
from rngscope.tensor.diagonals import matrix_diag as diag
from rngscope.tensor.linalg import (  # noqa: F401
    Det, MatrixInverse, det, matrix_dot, matrix_inverse,
)

alloc_diag = AllocDiag()
extract_diag = ExtractDiag()

__all__ = ["AllocDiag", "Det", "Eig", "Eigh", "ExtractDiag", "MatrixInverse", "MatrixPinv", "SVD",
           "alloc_diag", "det", "diag", "eig", "eigh", "extract_diag", "matrix_dot",
           "matrix_inverse", "matrix_power", "norm", "pinv", "svd", "trace"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
