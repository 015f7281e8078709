"""``theano.sandbox.rng_mrg``: MRG31k3p streams."""
from rngscope.compat import missing as _missing
from rngscope.streams import MRG_RandomStreams  # noqa: F401

__all__ = ["MRG_RandomStreams"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
