"""``theano.compile``: function, Mode, shared variables and ``theano.compile.ops`` (as_op)."""
from rngscope.compat import missing as _missing
from rngscope.compat.theano.compile import nanguardmode, ops  # noqa: F401
from rngscope.compile.function import In, Out, UnusedInputError, function  # noqa: F401
from rngscope.compile.modes import theano_mode as Mode  # noqa: F401
from rngscope.shared import SharedVariable  # noqa: F401

__all__ = ["In", "Mode", "Out", "SharedVariable", "UnusedInputError", "function", "function_module",
           "nanguardmode",
           "ops"]

function_module = _missing.Namespace("theano.compile.function_module",
                                     UnusedInputError=UnusedInputError, function=function)

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
