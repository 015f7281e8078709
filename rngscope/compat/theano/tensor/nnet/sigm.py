"""``theano.tensor.nnet.sigm``: where Theano defines the sigmoids and softplus."""
from rngscope.compat import missing as _missing
from rngscope.tensor.basic import sigmoid, softplus  # noqa: F401
from rngscope.tensor.nnet import hard_sigmoid, ultra_fast_sigmoid  # noqa: F401

__all__ = ["hard_sigmoid", "sigmoid", "softplus", "ultra_fast_sigmoid"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
