"""``theano.tensor`` as served by rngscope.

``__all__`` is what ``from theano.tensor import *`` gives: of the names here,
the ones Theano 1.0.5's star import gives (it has no ``__all__``, so it exports
every public name of its module, ``np``, ``sum`` and ``max`` among them).
``tests/compat/test_star_exports.py`` holds that list as recorded from Theano.
"""
from rngscope.compat import missing as _missing
import numpy as np  # noqa: F401  (Theano's theano.tensor exports it)

from rngscope.compat.theano.tensor import extra_ops, nnet, shared_randomstreams  # noqa: F401
from rngscope.graph.basic import Variable  # noqa: F401
from rngscope.tensor import scalar as scal  # noqa: F401
from rngscope.tensor.basic import *  # noqa: F401,F403
from rngscope.tensor.elemwise import DimShuffle, Elemwise  # noqa: F401
from rngscope.compile.jacobian import hessian, jacobian  # noqa: F401
from rngscope.tensor.grad_ops import inc_subtensor, set_subtensor  # noqa: F401
from rngscope.tensor.gradient import grad  # noqa: F401
from rngscope.tensor.extra_ops import argsort, cumprod, cumsum, sort  # noqa: F401
from rngscope.tensor.nnet import MaxAndArgmax, arange, argmax, argmin  # noqa: F401
from rngscope.tensor.special import erf, erfc, erfcinv, erfinv  # noqa: F401
from rngscope.tensor.shape_ops import (  # noqa: F401
    AdvancedSubtensor1, Alloc, Join, Reshape, Shape, Subtensor,
)
from rngscope.tensor.variable import (  # noqa: F401
    AsTensorError, TensorConstant, TensorType, TensorVariable, constant,
)

__all__ = [
    "AdvancedSubtensor1", "Alloc", "AsTensorError", "DimShuffle", "Elemwise", "Join",
    "MaxAndArgmax", "Reshape", "argmin", "argsort", "cumprod", "cumsum", "erf", "erfc", "erfcinv",
    "erfinv", "extra_ops", "sort",
    "Shape", "Subtensor", "TensorConstant", "TensorType", "TensorVariable", "Variable", "abs_",
    "add", "addbroadcast", "alloc", "and_", "arange", "argmax", "as_tensor_variable", "bcol",
    "bitwise_and", "bitwise_not", "bitwise_or", "bitwise_xor", "bmatrix", "brow", "bscalar", "btensor3",
    "btensor4", "bvector", "cast", "ceil", "clip", "col", "concatenate", "constant", "cos", "dcol",
    "dmatrix", "dot", "drow", "dscalar", "dtensor3", "dtensor4", "dvector", "eq", "exp", "expm1",
    "fcol", "fill", "floor", "fmatrix", "frow", "fscalar", "ftensor3", "ftensor4", "fvector", "ge",
    "get_vector_length", "grad", "gt", "hessian", "inc_subtensor", "icol", "imatrix", "int_div", "inv", "invert", "iround", "irow",
    "iscalar", "itensor3", "itensor4", "ivector", "jacobian", "join", "lcol", "le", "lmatrix", "log", "log1p",
    "lrow", "lscalar", "lt", "ltensor3", "ltensor4", "lvector", "matrix", "max", "maximum", "mean",
    "min", "minimum", "mod", "mul", "neg", "neq", "nnet", "np", "ones", "ones_like", "or_",
    "outer", "patternbroadcast", "pow", "prod", "reshape", "round", "row", "scal", "scalar", "second", "set_subtensor", "sgn",
    "shape", "shared_randomstreams", "sin", "sqr", "sqrt", "stack", "std", "sub", "subtensor",
    "sum", "switch", "tanh", "tensor", "tensor3", "tensor4", "tensor_copy", "transpose",
    "true_div", "unbroadcast", "var", "vector", "wcol", "wmatrix", "wrow", "wscalar", "wtensor3",
    "wtensor4", "wvector", "xor", "zeros", "zeros_like",
]



def _multi(make):
    """Theano's plural constructor (``dmatrices('a', 'b')``) over ``make``, quirks kept: an
    int n gives n unnamed variables, one string of one letter gives one variable and a
    longer lone string one variable per letter."""

    def plural(*names):
        if names and isinstance(names[0], int):
            return [make() for _ in range(names[0])]
        if len(names) == 1:
            names = names[0]
        if len(names) == 1:
            return make(names)
        return [make(name) for name in names]

    return plural


_PLURALS = {}
for _prefix in ("", "f", "d", "i", "l"):
    for _kind in ("scalar", "vector", "matrix", "row", "col", "tensor3", "tensor4"):
        _plural_name = _prefix + ("matrices" if _kind == "matrix" else _kind + "s")
        _PLURALS[_plural_name] = _multi(globals()[_prefix + _kind])
globals().update(_PLURALS)
__all__ += sorted(_PLURALS)

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
