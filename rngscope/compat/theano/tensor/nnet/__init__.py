"""``theano.tensor.nnet``: the elementwise sigmoid and softplus."""
from rngscope.tensor.basic import sigmoid, softplus  # noqa: F401

__all__ = ["sigmoid", "softplus"]
