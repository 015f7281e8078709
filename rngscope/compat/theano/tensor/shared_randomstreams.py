"""``theano.tensor.shared_randomstreams``."""
from rngscope.random.streams import RandomStreams  # noqa: F401
