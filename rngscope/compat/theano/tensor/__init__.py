"""``theano.tensor`` as served by rngscope.

``__all__`` is what ``from theano.tensor import *`` gives: of the names here,
the ones Theano 1.0.5's star import gives (it has no ``__all__``, so it exports
every public name of its module, ``np``, ``sum`` and ``max`` among them).
``tests/compat/test_star_exports.py`` holds that list as recorded from Theano.
"""
from importlib import import_module as _import_module

from rngscope.compat import missing as _missing
import numpy as np  # noqa: F401  (Theano's theano.tensor exports it)

from rngscope.compat.theano.tensor import (  # noqa: F401
    extra_ops, nlinalg, nnet, raw_random, shared_randomstreams, slinalg, xlogx,
)
from rngscope.graph.basic import Variable  # noqa: F401
from rngscope.tensor import scalar as scal  # noqa: F401
from rngscope.tensor.basic import *  # noqa: F401,F403
from rngscope.tensor.elemwise import DimShuffle, Elemwise  # noqa: F401
from rngscope.compile.jacobian import hessian, jacobian  # noqa: F401
from rngscope.tensor.grad_ops import inc_subtensor, set_subtensor  # noqa: F401
from rngscope.tensor.gradient import grad  # noqa: F401
from rngscope.tensor.grad_rules import MethodNotDefined  # noqa: F401
from rngscope.tensor.lop_rop import Lop, Rop  # noqa: F401
from rngscope.tensor.elementary import (  # noqa: F401
    all, allclose, any, arccos, arccosh, arcsin, arcsinh, arctan, arctan2, arctanh, cosh, exp2, flatten, floor_div, isclose, isinf, isnan, largest,
    log10,
    log2, power, shape_padaxis, shape_padleft, shape_padright, sinh, smallest, squeeze, tan, trunc,
    where,
)
from rngscope.tensor.elementary import (  # noqa: F401
    btensor5, deg2rad, dtensor5, ftensor5, itensor5, ltensor5, ptp, rad2deg, split, tensor5,
    wtensor5,
)
from rngscope.tensor.extra_ops import (  # noqa: F401
    argsort, cumprod, cumsum, flatnonzero, inverse_permutation, nonzero, nonzero_values,
    permute_row_elements, sort,
)
from rngscope.tensor.diagonals import (  # noqa: F401
    diag, diagonal, fill_diagonal, fill_diagonal_offset,
)
from rngscope.tensor.linalg import (  # noqa: F401
    batched_dot, eye, horizontal_stack, identity_like, repeat, roll, stacklists, swapaxes,
    tensordot, tile, tri, tril, triu, vertical_stack,
)
from rngscope.tensor.maxima import MaxAndArgmax  # noqa: F401
from rngscope.tensor.nnet import arange, argmin  # noqa: F401
from rngscope.tensor.special import (  # noqa: F401
    erf, erfc, erfcinv, erfinv, gamma, gammaln, psi, tri_gamma,
)
from rngscope.tensor.alloc import Alloc  # noqa: F401
from rngscope.compat.theano.tensor.subtensor import (  # noqa: F401
    advanced_boolean_inc_subtensor, advanced_boolean_set_subtensor, advanced_boolean_subtensor,
    advanced_inc_subtensor, advanced_inc_subtensor1, advanced_set_subtensor,
    advanced_set_subtensor1, advanced_subtensor, advanced_subtensor1,
)
from rngscope.tensor.extra_ops import bartlett  # noqa: F401
from rngscope.tensor.flat_index import ravel_multi_index, unravel_index  # noqa: F401
from rngscope.tensor.shape_ops import (  # noqa: F401
    AdvancedSubtensor1, Join, Reshape, Shape, SpecifyShape, Split, Subtensor, specify_shape,
)
from rngscope.tensor.variable import (  # noqa: F401
    AsTensorError, TensorConstant, TensorType, TensorVariable, constant,
)

__all__ = [
    "AdvancedSubtensor1", "Alloc", "advanced_boolean_inc_subtensor", "advanced_boolean_set_subtensor",
    "advanced_boolean_subtensor", "advanced_inc_subtensor", "advanced_inc_subtensor1",
    "advanced_set_subtensor", "advanced_set_subtensor1", "advanced_subtensor", "advanced_subtensor1",
    "bartlett", "ravel_multi_index", "unravel_index", "AsTensorError", "DimShuffle", "Elemwise", "Join", "MethodNotDefined",
    "Lop", "MaxAndArgmax", "Reshape", "Rop", "argmin", "argsort", "cumprod", "cumsum", "erf", "erfc", "erfcinv",
    "erfinv", "extra_ops", "sort", "all", "any", "arccos", "arcsin", "arctan", "arctan2", "cosh", "exp2",
    "flatten", "floor_div", "allclose", "isclose", "isinf", "isnan", "largest", "log10", "log2", "power", "shape_padaxis",
    "shape_padleft", "shape_padright", "sinh", "smallest", "squeeze", "tan", "trunc", "where",
    "SpecifyShape", "specify_shape", "gamma", "gammaln", "psi", "tri_gamma", "deg2rad", "rad2deg", "ptp", "split", "tensor5", "dtensor5", "ftensor5", "itensor5", "ltensor5", "btensor5", "wtensor5", "Split", "basic", "blas", "elemwise", "opt", "sharedvar", "subtensor", "type", "batched_dot", "diag", "diagonal", "eye", "fill_diagonal", "fill_diagonal_offset", "max_and_argmax", "identity_like", "nlinalg", "repeat", "roll", "swapaxes",
    "tensordot", "tile", "arccosh", "arcsinh", "arctanh", "horizontal_stack", "stacklists", "tri",
    "tril", "triu", "vertical_stack", "flatnonzero", "nonzero", "nonzero_values", "xlogx",
    "PermuteRowElements", "inverse_permutation", "permute_row_elements",
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
    "outer", "patternbroadcast", "pow", "prod", "raw_random", "reshape", "round", "round_half_away_from_zero", "round_half_to_even", "row", "scal", "scalar", "second", "set_subtensor", "sgn",
    "shape", "shared_randomstreams", "sin", "sqr", "sqrt", "stack", "std", "sub", "subtensor",
    "sum", "switch", "take", "tanh", "tensor", "tensor3", "tensor4", "tensor_copy", "transpose",
    "true_div", "unbroadcast", "var", "vector", "wcol", "wmatrix", "wrow", "wscalar", "wtensor3",
    "wtensor4", "wvector", "xor", "zeros", "zeros_like",
]


# Theano's aliases and the op classes scripts test nodes against
from rngscope.tensor.static import constant_value as _constant_value  # noqa: E402
from rngscope.compile.verify_grad import verify_grad  # noqa: E402,F401
from rngscope.printing.min_informative import min_informative_str  # noqa: E402,F401
from rngscope.printing.pp import pprint  # noqa: E402,F401
from rngscope.tensor.blas import Dot  # noqa: E402,F401
from rngscope.tensor.elemwise import Sum  # noqa: E402,F401
from rngscope.tensor.extra_ops import DiffOp, Nonzero, PermuteRowElements  # noqa: E402,F401
from rngscope.tensor.grad_ops import AdvancedIncSubtensor1, IncSubtensor  # noqa: E402,F401
from rngscope.tensor.gradient import (  # noqa: E402,F401
    consider_constant, grad_not_implemented, grad_undefined,
)
from rngscope.tensor.diagonals import AllocDiag, ExtractDiag  # noqa: E402,F401
from rngscope.tensor.linalg import Eye, Tri  # noqa: E402,F401
from rngscope.tensor.maxima import Argmax  # noqa: E402,F401
from rngscope.tensor.nnet import ARange  # noqa: E402,F401
from rngscope.tensor.alloc import AllocEmpty  # noqa: E402,F401
from rngscope.tensor.shape_ops import (  # noqa: E402,F401
    AdvancedBooleanIncSubtensor, AdvancedBooleanSubtensor, AdvancedIncSubtensor, AdvancedSubtensor,
    Rebroadcast, ScalarFromTensor,
)
from rngscope.tensor.index_types import MakeSlice, NoneConst, SliceConstant, SliceType  # noqa: E402,F401

square = sqr  # noqa: F405
as_tensor = as_tensor_variable  # noqa: F405
scalar_from_tensor = ScalarFromTensor()


class NotScalarConstantError(Exception):
    """Raised by ``get_scalar_constant_value`` for a variable that is not a known constant."""


def get_scalar_constant_value(v, elemwise=True, only_process_constants=False, max_recur=10):
    """The one value ``v`` always holds (a 0-d numpy array), as Theano finds it; raises
    NotScalarConstantError when it is not a constant."""
    found = _constant_value(v, elemwise, only_process_constants, max_recur)
    if found is None:
        raise NotScalarConstantError(v)
    return found


__all__ += [
    "ARange", "AdvancedBooleanIncSubtensor", "AdvancedBooleanSubtensor", "MakeSlice", "NoneConst",
    "SliceConstant", "SliceType", "AdvancedIncSubtensor", "AdvancedIncSubtensor1", "AdvancedSubtensor", "AllocDiag",
    "AllocEmpty", "Argmax", "DiffOp", "Dot", "ExtractDiag", "Eye", "IncSubtensor", "Nonzero",
    "NotScalarConstantError", "Rebroadcast", "ScalarFromTensor", "Sum", "Tri", "as_tensor",
    "consider_constant", "get_scalar_constant_value", "grad_not_implemented", "grad_undefined",
    "scalar_from_tensor", "square", "verify_grad",
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


scalars = _multi(scalar)
vectors = _multi(vector)
matrices = _multi(matrix)
rows = _multi(row)
cols = _multi(col)
tensor3s = _multi(tensor3)
tensor4s = _multi(tensor4)
fscalars = _multi(fscalar)
fvectors = _multi(fvector)
fmatrices = _multi(fmatrix)
frows = _multi(frow)
fcols = _multi(fcol)
ftensor3s = _multi(ftensor3)
ftensor4s = _multi(ftensor4)
dscalars = _multi(dscalar)
dvectors = _multi(dvector)
dmatrices = _multi(dmatrix)
drows = _multi(drow)
dcols = _multi(dcol)
dtensor3s = _multi(dtensor3)
dtensor4s = _multi(dtensor4)
iscalars = _multi(iscalar)
ivectors = _multi(ivector)
imatrices = _multi(imatrix)
irows = _multi(irow)
icols = _multi(icol)
itensor3s = _multi(itensor3)
itensor4s = _multi(itensor4)
lscalars = _multi(lscalar)
lvectors = _multi(lvector)
lmatrices = _multi(lmatrix)
lrows = _multi(lrow)
lcols = _multi(lcol)
ltensor3s = _multi(ltensor3)
ltensor4s = _multi(ltensor4)

__all__ += [
    "min_informative_str", "pprint", "cols", "dcols", "dmatrices", "drows", "dscalars", "dtensor3s", "dtensor4s", "dvectors",
    "fcols", "fmatrices", "frows", "fscalars", "ftensor3s", "ftensor4s", "fvectors", "icols",
    "imatrices", "irows", "iscalars", "itensor3s", "itensor4s", "ivectors", "lcols", "lmatrices",
    "lrows", "lscalars", "ltensor3s", "ltensor4s", "lvectors", "matrices", "rows", "scalars",
    "tensor3s", "tensor4s", "vectors",
]

# the op-class modules last: their names (subtensor) must win over the functions above
for _name in ("basic", "blas", "elemwise", "opt", "sharedvar", "subtensor", "type"):  # (a plain import would find the functions)
    globals()[_name] = _import_module(f"{__name__}.{_name}")

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
