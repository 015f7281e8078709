"""The ``theano`` a script sees under ``rngscope run``: rngscope's engine behind Theano's names."""
from rngscope.compat import missing as _missing
from rngscope.compat.theano import (  # noqa: F401
    compat, compile, gof, gradient, ifelse, misc, printing, sandbox, scalar, scan_module, tensor,
    updates, version,
)
from rngscope.compat.theano.ops import Apply, Op  # noqa: F401
from rngscope.compile.function import (  # noqa: F401
    Function, In, MissingInputError, Out, Param, UnusedInputError, clone, function,
)
from rngscope.compile.verify_grad import GradientError
from rngscope.compat.theano.compile.mode import Mode  # noqa: F401
from rngscope.compat.theano.compile.ops import as_op  # noqa: F401
from rngscope.compile.builders import OpFromGraph  # noqa: F401
from rngscope.compile.scan import (  # noqa: F401
    OrderedUpdates, foldl, foldr, map, reduce, scan,
)
from rngscope.graph.basic import Constant, Variable  # noqa: F401
from rngscope.printing.pp import pp, pprint  # noqa: F401
from rngscope.shared import SharedVariable, shared  # noqa: F401
from rngscope.tensor.basic import dot  # noqa: F401
from rngscope.tensor.gradient import DisconnectedInputError, NullTypeGradError, grad  # noqa: F401
from rngscope.tensor.lop_rop import Lop, Rop  # noqa: F401
from rngscope.tensor.variable import AsTensorError

# Python prints an uncaught error with its class's module: the errors rngscope raises where
# Theano raises its own carry the module a Theano script knows them by.
for _error, _module in ((AsTensorError, "theano.tensor.var"), (DisconnectedInputError, "theano.gradient"),
                        (GradientError, "theano.gradient"), (MissingInputError, "theano.gof.fg"),
                        (NullTypeGradError, "theano.gradient"),
                        (UnusedInputError, "theano.compile.function_module")):
    _error.__module__ = _module


# What ``from theano import *`` gives: of the names here, those Theano 1.0.5 exports.
__all__ = ["Apply", "Constant", "In", "Lop", "Mode", "Op", "OpFromGraph", "OrderedUpdates", "Out", "Param", "Rop", "Variable", "as_op",
           "clone", "compile", "get_scalar_constant_value",
           "compat", "config", "dot", "foldl", "foldr", "function", "gof", "grad", "gradient", "map", "misc", "pp", "pprint",
           "printing", "reduce", "scalar", "scan_module",
           "scan", "shared", "tensor", "updates", "version"]

__version__ = version.version
config = _missing.Config(
    "theano.config", device="cpu", mode="Mode", optimizer="o4", linker="vm",
    cxx="", on_unused_input="raise", exception_verbosity="low",
    profile=False, warn_float64="ignore", cast_policy="custom", allow_gc=True, int_division="int",
    deterministic="default", openmp=False, optimizer_including="", optimizer_excluding="",
    optimizer_verbose=False, print_active_device=True, reoptimize_unpickled_function=False,
    # the sections scripts set to silence Theano's warnings (the RNN-RBM tutorial sets
    # warn.subtensor_merge_bug = False): kept, and nothing rngscope computes reads them
    warn=_missing.Namespace(
        "theano.config.warn", argmax_pushdown_bug=False, gpu_set_subtensor1=False,
        gpusum_01_011_0111_bug=False, identify_1pexp_bug=False, ignore_bug_before="0.9",
        inc_set_subtensor1=False, inc_subtensor1_opt=True, reduce_join=False, round=False,
        signal_conv2d_interface=False, subtensor_merge_bug=False, sum_div_dimshuffle_bug=False,
        sum_sum_bug=False, vm_gc_bug=False),
    traceback=_missing.Namespace("theano.config.traceback", compile_limit=0, limit=8),
    scan=_missing.Namespace("theano.config.scan", allow_gc=False, allow_output_prealloc=True,
                            debug=False))

get_scalar_constant_value = tensor.get_scalar_constant_value

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
