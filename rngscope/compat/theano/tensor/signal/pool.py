"""``theano.tensor.signal.pool``: pool_2d and the Pool ops with their gradients (MaxPoolGrad,
AveragePoolGrad, DownsampleFactorMaxGradGrad)."""
from rngscope.compat import missing as _missing
from rngscope.tensor.pool import (  # noqa: F401
    AveragePoolGrad, DownsampleFactorMaxGradGrad, MaxPoolGrad, Pool, pool_2d,
)

__all__ = ["AveragePoolGrad", "DownsampleFactorMaxGradGrad", "MaxPoolGrad", "Pool", "pool_2d"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
