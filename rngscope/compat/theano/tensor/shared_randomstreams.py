"""``theano.tensor.shared_randomstreams``."""
from rngscope.compat import missing as _missing
from rngscope.shared import RandomStateSharedVariable  # noqa: F401
from rngscope.streams import RandomStreams  # noqa: F401

__all__ = ["RandomStateSharedVariable", "RandomStreams"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
