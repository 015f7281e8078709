"""``theano.compile``: function, Mode and its module, shared variables, ``theano.compile.ops``
(as_op, DeepCopyOp, ViewOp), ``theano.compile.builders`` (OpFromGraph), ``theano.compile.nanguardmode``
and ``theano.compile.monitormode``."""
from rngscope.compat import missing as _missing
from rngscope.compat.theano.compile import (  # noqa: F401
    builders, io, mode, monitormode, nanguardmode, ops, sharedvalue,
)
from rngscope.compat.theano.compile.monitormode import MonitorMode  # noqa: F401
from rngscope.compat.theano.compile.mode import Mode, get_default_mode, get_mode  # noqa: F401
from rngscope.compat.theano.compile.ops import (  # noqa: F401
    DeepCopyOp, ViewOp, as_op, deep_copy_op, view_op,
)
from rngscope.compile.builders import OpFromGraph  # noqa: F401
from rngscope.compile.function import In, Out, Param, UnusedInputError, function  # noqa: F401
from rngscope.shared import SharedVariable  # noqa: F401

__all__ = ["DeepCopyOp", "In", "Mode", "MonitorMode", "OpFromGraph", "Out", "Param", "SharedVariable",
           "UnusedInputError", "ViewOp", "as_op", "builders", "deep_copy_op", "function",
           "function_module", "get_default_mode", "get_mode", "mode", "monitormode", "nanguardmode",
           "ops", "view_op"]

function_module = _missing.Namespace("theano.compile.function_module",
                                     UnusedInputError=UnusedInputError, function=function)

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
