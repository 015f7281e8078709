"""``theano.tensor.sharedvar``: the class of shared tensors."""
from rngscope.compat import missing as _missing
from rngscope.shared import ScalarSharedVariable, TensorSharedVariable  # noqa: F401

__all__ = ["ScalarSharedVariable", "TensorSharedVariable"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
