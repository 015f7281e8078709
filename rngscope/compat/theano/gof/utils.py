"""``theano.gof.utils``: the error of an op without a method (``MethodNotDefined``)."""
from rngscope.compat import missing as _missing
from rngscope.tensor.grad_rules import MethodNotDefined  # noqa: F401

__all__ = ["MethodNotDefined"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
