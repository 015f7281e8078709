"""Theano's ``pp``: a graph as one line of infix text, byte-identical to Theano 1.0.5.

``(x ** TensorConstant{2})``, ``((M \\dot v) + v)``, ``v[int64:, Constant{0}]``:
arithmetic ops print as operators (every application parenthesised, as Theano does),
named elementwise ops as functions (``exp(v)``, ``gt(v, TensorConstant{0.5})``, a cast
as its dtype), a broadcasting dimshuffle as its input and a transpose as ``x.T``,
indexing as brackets, and any other op as ``str(op)(inputs)``.  A leaf prints as its
name or its ``str``.  The walk is iterative: a chain of 100,000 nodes prints.
"""
from __future__ import annotations

from rngscope.graph.basic import Variable
from rngscope.tensor import scalar as scal
from rngscope.tensor.blas import Dot
from rngscope.tensor.elemwise import DimShuffle, Elemwise
from rngscope.tensor.alloc import Alloc
from rngscope.tensor.shape_ops import Join, MakeVector, Subtensor

__all__ = ["pp", "pprint"]

# scalar op class -> operator: (symbol, associativity)
OPERATORS = {
    "Add": ("+", "either"), "Mul": ("*", "either"), "Sub": ("-", "left"),
    "Neg": ("-", "either"), "TrueDiv": ("/", "left"), "IntDiv": ("//", "left"),
    "Pow": ("**", "right"),
}
# scalar op class -> the function name Theano's printer gives it
FUNCTIONS = {
    "Exp": "exp", "Log": "log", "Log1p": "log1p", "Expm1": "expm1", "Sgn": "sgn",
    "RoundHalfToEven": "round_half_to_even", "RoundHalfAwayFromZero": "round_half_away_from_zero",
    "Sqrt": "sqrt", "Sqr": "sqr", "Tanh": "tanh",
    "Cos": "cos", "Sin": "sin", "Inv": "inv", "Floor": "floor", "Ceil": "ceil",
    "ScalarSigmoid": "sigmoid", "ScalarSoftplus": "softplus", "Maximum": "maximum",
    "Minimum": "minimum", "GT": "gt", "LT": "lt", "GE": "ge", "LE": "le", "EQ": "eq",
    "NEQ": "neq", "Switch": "switch", "AND": "and_", "OR": "or_", "XOR": "xor",
    "Invert": "invert", "Clip": "clip", "Second": "fill", "Mod": "mod",
    "UltraFastScalarSigmoid": "ultra_fast_sigmoid",
    # the rest of Theano's _scal_elemwise functions, each pprint.assign'ed a FunctionPrinter
    "ArcCos": "arccos", "ArcCosh": "arccosh", "ArcSin": "arcsin", "ArcSinh": "arcsinh",
    "ArcTan": "arctan", "ArcTan2": "arctan2", "ArcTanh": "arctanh", "Cosh": "cosh",
    "Sinh": "sinh", "Tan": "tan", "Exp2": "exp2", "Log2": "log2", "Log10": "log10",
    "IsInf": "isinf", "IsNan": "isnan", "Trunc": "trunc", "Erf": "erf", "Erfc": "erfc",
    "Erfinv": "erfinv", "Erfcinv": "erfcinv", "Gamma": "gamma", "GammaLn": "gammaln",
    "Psi": "psi", "TriGamma": "tri_gamma",
}


def _layout(node):
    """How ``node`` prints: (template kind, data, inputs to print, in order)."""
    op = node.op
    if isinstance(op, Elemwise) and not op.inplace:
        # a compiled graph's in-place elemwise is none of the ops Theano's printer names:
        # it prints as itself (``Elemwise{Exp}[(0, 0)](...)``)
        sop = op.scalar_op
        cls = getattr(sop, "cls", None)
        if isinstance(sop, scal.Cast):
            return "call", sop.dtype, list(node.inputs)
        if cls == "Identity":
            return "same", None, list(node.inputs)
        if cls == "Abs":
            return "abs", None, list(node.inputs)
        if cls in OPERATORS:
            symbol, assoc = OPERATORS[cls]
            return "operator", (symbol, assoc), list(node.inputs)
        if cls in FUNCTIONS:
            return "call", FUNCTIONS[cls], list(node.inputs)
    if isinstance(op, Dot) and type(op) is Dot:
        return "operator", ("\\dot", "left"), list(node.inputs)
    if isinstance(op, DimShuffle):
        x = node.inputs[0]
        order = [d for d in op.new_order]
        while order and order[0] == "x":
            order = order[1:]
        if order == list(range(x.ndim)):
            return "same", None, [x]
        if order == list(reversed(range(x.ndim))):
            return "transpose", None, [x]
        return "call", "DimShuffle{%s}" % ", ".join(str(d) for d in order), [x]
    if isinstance(op, Subtensor):
        return "subtensor", op.idx, list(node.inputs)
    if isinstance(op, MakeVector):
        return "list", None, list(node.inputs)
    if type(op) in (Join, Alloc):
        return "call", type(op).__name__.lower(), list(node.inputs)
    return "call", str(op), list(node.inputs)


def _subtensor_text(idx, texts):
    """``x[...]``: a slice bound prints as its type (``int64:``), an index as its input;
    Theano takes the index inputs from the end of the list."""
    base, rest = texts[0], list(texts[1:])
    parts = []
    for entry in idx:
        if isinstance(entry, tuple):
            start, stop, step = entry
            parts.append("%s:%s%s" % (start or "", stop or "", "" if step is None else ":" + step))
        else:
            parts.append(rest.pop())
    return "%s[%s]" % (base, ", ".join(parts))


def _leaf_text(var):
    return var.name if var.owner is None and var.name is not None else str(var)


def pp(var):
    """The one-line text Theano's ``theano.printing.pp`` prints for ``var``."""
    if not isinstance(var, Variable):
        raise TypeError("pp prints a graph variable, not %r" % (var,))
    memo = {}
    stack = [(var, False)]
    while stack:
        v, ready = stack.pop()
        if id(v) in memo:
            continue
        if v.owner is None:
            memo[id(v)] = _leaf_text(v)
            continue
        kind, data, inputs = _layout(v.owner)
        if not ready:
            stack.append((v, True))
            stack.extend((i, False) for i in reversed(inputs) if id(i) not in memo)
            continue
        texts = [memo[id(i)] for i in inputs]
        if kind == "same":
            text = texts[0]
        elif kind == "abs":
            text = "|%s|" % texts[0]
        elif kind == "transpose":
            text = "%s.T" % texts[0]
        elif kind == "operator":
            symbol, _assoc = data
            text = "(%s%s)" % (symbol, texts[0]) if len(texts) == 1 else \
                "(%s)" % (" %s " % symbol).join(texts)
        elif kind == "subtensor":
            text = _subtensor_text(data, texts)
        elif kind == "list":
            text = "[%s]" % ", ".join(texts)
        else:
            text = "%s(%s)" % (data, ", ".join(texts))
        memo[id(v)] = text
    return memo[id(var)]


pprint = pp
