"""``theano.tensor.shared_randomstreams``."""
from rngscope.streams import RandomStreams  # noqa: F401

__all__ = ["RandomStreams"]
