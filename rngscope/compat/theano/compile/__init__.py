"""``theano.compile``: function, Mode and its module, shared variables, ``theano.compile.ops``
(as_op), ``theano.compile.nanguardmode`` and ``theano.compile.monitormode``."""
from rngscope.compat import missing as _missing
from rngscope.compat.theano.compile import (  # noqa: F401
    io, mode, monitormode, nanguardmode, ops, sharedvalue,
)
from rngscope.compat.theano.compile.monitormode import MonitorMode  # noqa: F401
from rngscope.compat.theano.compile.mode import Mode, get_default_mode, get_mode  # noqa: F401
from rngscope.compat.theano.compile.ops import as_op  # noqa: F401
from rngscope.compile.function import In, Out, Param, UnusedInputError, function  # noqa: F401
from rngscope.shared import SharedVariable  # noqa: F401

__all__ = ["In", "Mode", "MonitorMode", "Out", "Param", "SharedVariable", "UnusedInputError", "as_op", "function", "function_module",
           "get_default_mode", "get_mode", "mode", "monitormode", "nanguardmode", "ops"]

function_module = _missing.Namespace("theano.compile.function_module",
                                     UnusedInputError=UnusedInputError, function=function)

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
