"""``theano.tensor.signal.pool``: pool_2d and the Pool, MaxPoolGrad and AveragePoolGrad ops."""
from rngscope.compat import missing as _missing
from rngscope.tensor.pool import AveragePoolGrad, MaxPoolGrad, Pool, pool_2d  # noqa: F401

__all__ = ["AveragePoolGrad", "MaxPoolGrad", "Pool", "pool_2d"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
