"""``theano.tensor.raw_random``: the random ops over an explicit RandomState variable."""
from rngscope.compat import missing as _missing
from rngscope.graph.types import RandomStateType, random_state_type  # noqa: F401
from rngscope.random.streams import (  # noqa: F401
    RandomFunction, binomial, choice, multinomial, normal, permutation, poisson,
    random_integers, uniform,
)
from rngscope.random.streams import infer_ndim_bcast as _infer_ndim_bcast  # noqa: F401

__all__ = [
    "RandomFunction", "RandomStateType", "binomial", "choice", "multinomial", "normal",
    "permutation", "poisson", "random_integers", "random_state_type", "uniform",
]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
