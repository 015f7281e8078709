"""``theano.gradient``: grad and the gradient-blocking identities."""
from rngscope.compat import missing as _missing
from rngscope.compile.jacobian import hessian, jacobian  # noqa: F401
from rngscope.compile.verify_grad import GradientError, numeric_grad, verify_grad  # noqa: F401
from rngscope.tensor.gradient import (  # noqa: F401
    DisconnectedInputError, DisconnectedType, MethodNotDefined, NullType, NullTypeGradError, consider_constant,
    disconnected_grad, grad, grad_clip, grad_not_implemented, grad_scale, grad_undefined,
    undefined_grad, zero_grad,
    disconnected_type,
)
from rngscope.tensor.lop_rop import Lop, Rop  # noqa: F401

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
