"""``theano.sandbox.rng_mrg``: MRG31k3p streams."""
from rngscope.streams import MRG_RandomStreams  # noqa: F401

__all__ = ["MRG_RandomStreams"]
