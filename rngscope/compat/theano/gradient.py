"""``theano.gradient``: grad and the gradient-blocking identities."""
from rngscope.tensor.gradient import (  # noqa: F401
    DisconnectedInputError, NullTypeGradError, disconnected_grad, grad, zero_grad,
)
