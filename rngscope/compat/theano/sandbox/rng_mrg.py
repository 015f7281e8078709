"""``theano.sandbox.rng_mrg``: MRG31k3p streams."""
from rngscope.streams import MRG_RandomStreams  # noqa: F401
