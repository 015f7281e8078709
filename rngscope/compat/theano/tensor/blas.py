"""``theano.tensor.blas``: the BLAS op classes a compiled graph holds."""
from rngscope.compat import missing as _missing
from rngscope.tensor.blas import Dot22, Gemm, Gemv  # noqa: F401

__all__ = ["Dot22", "Gemm", "Gemv"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
