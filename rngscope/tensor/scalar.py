"""Scalar ops: the elementwise vocabulary, and ``Composite`` (a fused expression).

Each scalar op is a small frozen value: its Theano name (``add``), the class
name Theano prints for an unnamed in-place copy (``Add``), how it types its
output, a numpy implementation and how it prints inside a ``Composite``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from rngscope.graph.basic import TheanoNamed
from rngscope.graph.types import DISCRETE_DTYPES, floatx, upcast

__all__ = [
    "abs_", "add", "and_", "Cast", "cast_op", "ceil", "clip", "Composite", "cos", "eq", "exp",
    "expm1", "floor", "ge", "gt", "identity", "IMPLS", "int_div", "inv", "invert", "le", "log",
    "log1p", "lt", "maximum", "minimum", "mod", "mul", "neg", "neq", "on_float64_elements", "or_",
    "pow",
    "round_half_away_from_zero", "round_half_to_even", "RULES", "ScalarOp", "second", "sgn", "sigmoid", "sin", "softplus",
    "sqr", "sqrt", "sub", "switch", "tanh", "true_div", "ultra_fast_sigmoid", "unnamed", "xor",
]

# output type rules -------------------------------------------------------


def _upcast_out(dtypes):
    return upcast(*dtypes)


def _upgrade_to_float(dtypes):
    conv = {"bool": "float32", "int8": "float32", "uint8": "float32", "int16": "float32",
            "uint16": "float32", "int32": "float64", "uint32": "float64",
            "int64": "float64", "uint64": "float64"}
    return upcast(*[conv.get(d, d) for d in dtypes])


def _true_div_out(dtypes):
    """Theano's TrueDiv: int / int is floatX (read when the node is made)."""
    out = upcast(*dtypes)
    if out in DISCRETE_DTYPES:
        return floatx()
    return out


def _bool_out(dtypes):
    return "bool"


def _same_out(dtypes):
    return dtypes[0]


def _switch_out(dtypes):
    return upcast(*dtypes[1:])


def _float_only_out(dtypes):
    if dtypes[0] not in ("float16", "float32", "float64"):
        raise TypeError("only float type are supported")
    return dtypes[0]


def _round_half_away_from_zero(a):
    # the rounding of C's round(): halves away from zero, as a > 0 ? floor(a + .5) : ceil(a - .5)
    # (so 0.0 gives -0.0, as Theano's does)
    a = np.asarray(a)
    out = np.where(a > 0, np.floor(a + 0.5), np.ceil(a - 0.5))
    return out.astype(a.dtype, copy=False)


RULES = {
    "upcast": _upcast_out,
    "float": _upgrade_to_float,
    "truediv": _true_div_out,
    "bool": _bool_out,
    "same": _same_out,
    "switch": _switch_out,
    "float_only": _float_only_out,
}


@dataclass(frozen=True)
class ScalarOp(metaclass=TheanoNamed):
    """One elementwise operation on scalars; ``ScalarOp(cls='Tanh', ...)`` is an instance of
    the class ``Tanh`` (made once, a ScalarOp subclass, as Theano has a class per scalar op:
    ``type(op).__name__`` reads as in Theano and ``type(op)`` prints its theano.scalar path)."""

    theano_module = "theano.scalar.basic"  # where Theano defines the classes (TheanoNamed)

    name: str  # Theano's instance name, '' when the instance has none
    cls: str  # the class name Theano prints for unnamed copies
    nin: int  # -1: any number of inputs
    rule: str = "upcast"
    infix: str = ""  # operator for Composite printing (e.g. '+')
    commutative: bool = False

    def out_dtype(self, dtypes):
        return RULES[self.rule](list(dtypes))

    def __str__(self):
        return self.name or self.cls

    def impl(self, *args):
        return IMPLS[self.cls](*args)

    @property
    def pretty(self):
        """How a use of this op reads inside ``Composite{...}``."""
        return self.name or self.cls

    def __new__(klass, *args, **kwargs):  # (``cls`` is a field)
        if klass is ScalarOp:
            klass = _scalar_class(kwargs["cls"] if "cls" in kwargs else args[1])
        return object.__new__(klass)


def _scalar_class(name):
    """The ScalarOp subclass named ``name``, made once and kept in this module (so pickles
    find it by name)."""
    found = _SCALAR_CLASSES.get(name)
    if found is None:
        found = type(ScalarOp)(name, (ScalarOp,), {
            "__module__": __name__, "__qualname__": name, "__slots__": (),
            "theano_module": _THEANO_MODULES.get(name, ScalarOp.theano_module)})
        _SCALAR_CLASSES[name] = found
        if name not in globals():
            globals()[name] = found
    return found


_SCALAR_CLASSES = {}
# the scalar op classes Theano 1.0.5 defines outside theano.scalar.basic
_THEANO_MODULES = {
    **dict.fromkeys(("Erf", "Erfc", "Erfcinv", "Erfinv", "Gamma", "GammaLn", "Psi", "TriGamma"),
                    "theano.scalar.basic_scipy"),
    **dict.fromkeys(("ScalarSigmoid", "ScalarSoftplus", "UltraFastScalarSigmoid"),
                    "theano.tensor.nnet.sigm"),
    "ScalarSoftsign": "theano.tensor.nnet.nnet",
    "XlogX": "theano.tensor.xlogx", "XlogY0": "theano.tensor.xlogx",
}


@dataclass(frozen=True)
class Cast(ScalarOp):
    """Conversion to ``dtype``."""

    dtype: str = "float64"

    def out_dtype(self, dtypes):
        return self.dtype

    def __str__(self):
        return f"Cast{{{self.dtype}}}"

    @property
    def pretty(self):
        return str(self)

    def impl(self, x):
        return np.asarray(x).astype(self.dtype)


def cast_op(dtype):
    return Cast(name="", cls="Cast", nin=1, dtype=dtype)


def _libm(scalar_fn, array_fn):
    """float64 through the C library's function (as Theano's recordings were made), else numpy.

    numpy may use its own SIMD kernels for float64 transcendental functions whose last
    bit differs from the C library's; computing float64 element by element with the
    ``math`` module gives the same bits on every machine.
    """

    def safe(v):
        try:
            return scalar_fn(v)
        except ValueError:
            return float("nan") if not (v == 0 and scalar_fn is math.log) else float("-inf")
        except OverflowError:
            return float("inf")

    return on_float64_elements(safe, array_fn)


def on_float64_elements(scalar_fn, array_fn):
    """An impl running float64 arrays element by element through ``scalar_fn`` (a Python
    float function) and every other dtype through numpy's ``array_fn``."""
    ufunc = np.frompyfunc(scalar_fn, 1, 1)

    def impl(x):
        x = np.asarray(x)
        if x.dtype == np.float64:
            return np.asarray(ufunc(x), dtype=np.float64)
        return array_fn(x)

    return impl


def _sigmoid_scalar(v):
    # Theano's ScalarSigmoid.st_impl
    if v < -30.0:
        return 0.0
    if v > 30.0:
        return 1.0
    return 1.0 / (1.0 + math.exp(-v))


def _softplus_scalar(v):
    # Theano's ScalarSoftplus.static_impl
    if v < -30.0:
        return 0.0
    if v > 30.0:
        return v
    return math.log1p(math.exp(v))


def _ultra_fast_sigmoid(x):
    """Theano's piecewise approximation: 0.5 * (t(x / 2) + 1), t a three-piece odd
    approximation of tanh (rational below 1.7, linear below 3, flat after)."""
    x = np.asarray(x)
    half = 0.5 * x
    a = np.abs(half)
    t = np.where(a < 1.7, 1.5 * a / (1 + a),
                 np.where(a < 3, 0.935409070603099 + 0.0458812946797165 * (a - 1.7),
                          0.99505475368673))
    t = np.where(half >= 0, t, -t)
    return 0.5 * (t + 1.0)


def _on_python_floats(scalar_fn):
    """Theano runs an op without a numpy counterpart on each element as a Python float:
    a float32 input is computed in float64 (the Elemwise casts the result back)."""
    wide = _libm(scalar_fn, None)
    return lambda x: wide(np.asarray(x, dtype=np.float64))


_sigmoid = _on_python_floats(_sigmoid_scalar)
_softplus = _on_python_floats(_softplus_scalar)


IMPLS = {
    "Add": lambda *a: _add(*a),
    "Mul": lambda *a: _nary(np.multiply, a),
    "Sub": np.subtract,
    "TrueDiv": np.true_divide,
    "IntDiv": np.floor_divide,
    "Mod": np.mod,
    "Pow": np.power,
    "Neg": np.negative,
    "Exp": _libm(math.exp, np.exp),
    "Log": _libm(math.log, np.log),
    "Log1p": _libm(math.log1p, np.log1p),
    "Expm1": _libm(math.expm1, np.expm1),
    "Sgn": np.sign,
    "RoundHalfToEven": np.round,
    "RoundHalfAwayFromZero": _round_half_away_from_zero,
    "Sqrt": np.sqrt,
    "Sqr": lambda x: x * x,
    "Abs": np.abs,
    "Tanh": np.tanh,  # numpy's own float64 tanh is what Theano's recordings show
    "Cos": _libm(math.cos, np.cos),
    "Sin": _libm(math.sin, np.sin),
    "Inv": lambda x: 1.0 / x,
    "ScalarSigmoid": _sigmoid,
    "ScalarSoftplus": _softplus,
    "UltraFastScalarSigmoid": _ultra_fast_sigmoid,
    "Maximum": np.maximum,
    "Minimum": np.minimum,
    "GT": np.greater,
    "LT": np.less,
    "GE": np.greater_equal,
    "LE": np.less_equal,
    "EQ": np.equal,
    "NEQ": np.not_equal,
    "Switch": lambda c, a, b: np.where(c, a, b),
    # Theano's Clip: the lower bound is tested first (it wins when lo > hi)
    "Clip": lambda x, lo, hi: np.where(x < lo, lo, np.where(x > hi, hi, x)),
    "Second": lambda a, b: np.array(np.broadcast_to(b, np.broadcast(a, b).shape), order="C"),
    "Identity": lambda x: x,
    "Floor": np.floor,
    "Ceil": np.ceil,
    "AND": np.bitwise_and,
    "OR": np.bitwise_or,
    "XOR": np.bitwise_xor,
    "Invert": np.invert,
}


def _nary(fn, args):
    """add or mul of any number of inputs.  Theano's numpy ufunc takes exactly two; with
    more, its Elemwise runs the op element by element on Python floats, so a float32 sum
    or product of three or more inputs is computed in float64 and rounded once."""
    if len(args) > 2:
        args = [_widen(a) for a in args]
    out = args[0]
    for a in args[1:]:
        out = fn(out, a)
    return out


def _from_zero(x):
    """``x`` as Python's ``sum`` leaves it, which starts from the integer 0: a float sum whose
    terms are all -0.0 is 0.0 (Theano's scalar add, run element by element in a Composite
    and in an add of three or more inputs)."""
    return x + 0.0 if getattr(x, "dtype", None) is not None and x.dtype.kind in "fc" else x


def _add(*args):
    out = _nary(np.add, args)
    return _from_zero(out) if len(args) > 2 else out  # (two inputs: numpy's add)


def _op(name, cls, nin, rule="upcast", infix="", commutative=False):
    return ScalarOp(name=name, cls=cls, nin=nin, rule=rule, infix=infix, commutative=commutative)


add = _op("add", "Add", -1, "upcast", "+", True)
mul = _op("mul", "Mul", -1, "upcast", "*", True)
sub = _op("sub", "Sub", 2, "upcast", "-")
true_div = _op("true_div", "TrueDiv", 2, "truediv", "/")
int_div = _op("int_div", "IntDiv", 2, "upcast", "//")
mod = _op("mod", "Mod", 2, "upcast", "%")
pow = _op("pow", "Pow", 2, "upcast", "**")
neg = _op("neg", "Neg", 1, "same", "-")
exp = _op("exp", "Exp", 1, "float")
log = _op("log", "Log", 1, "float")
log1p = _op("log1p", "Log1p", 1, "float")
expm1 = _op("expm1", "Expm1", 1, "float")
sgn = _op("sgn", "Sgn", 1, "same")
round_half_to_even = _op("", "RoundHalfToEven", 1, "float_only")
round_half_away_from_zero = _op("", "RoundHalfAwayFromZero", 1, "float_only")
sqrt = _op("sqrt", "Sqrt", 1, "float")
sqr = _op("sqr", "Sqr", 1, "same")
abs_ = _op("", "Abs", 1, "same")
tanh = _op("tanh", "Tanh", 1, "float")
cos = _op("cos", "Cos", 1, "float")
sin = _op("sin", "Sin", 1, "float")
inv = _op("inv", "Inv", 1, "float")
floor = _op("floor", "Floor", 1, "float")
ceil = _op("ceil", "Ceil", 1, "float")
sigmoid = _op("scalar_sigmoid", "ScalarSigmoid", 1, "float")
softplus = _op("scalar_softplus", "ScalarSoftplus", 1, "float")
ultra_fast_sigmoid = _op("ultra_fast_scalar_sigmoid", "UltraFastScalarSigmoid", 1, "float")
maximum = _op("maximum", "Maximum", 2, "upcast", "", True)
minimum = _op("minimum", "Minimum", 2, "upcast", "", True)
gt = _op("", "GT", 2, "bool")
lt = _op("", "LT", 2, "bool")
ge = _op("", "GE", 2, "bool")
le = _op("", "LE", 2, "bool")
eq = _op("", "EQ", 2, "bool", "", True)
neq = _op("", "NEQ", 2, "bool", "", True)
switch = _op("", "Switch", 3, "switch")
and_ = _op("", "AND", 2, "upcast", "", True)
or_ = _op("", "OR", 2, "upcast", "", True)
xor = _op("", "XOR", 2, "upcast", "", True)
invert = _op("", "Invert", 1, "same")
clip = _op("clip", "Clip", 3, "upcast")
second = _op("second", "Second", 2, "second")
identity = _op("identity", "Identity", 1, "same")

RULES["second"] = lambda dtypes: dtypes[1]


def unnamed(op):
    """The op as Theano's in-place rewrite rebuilds it: same class, no name."""
    if isinstance(op, Cast):
        return op
    if isinstance(op, Composite):
        return op
    return ScalarOp(name="", cls=op.cls, nin=op.nin, rule=op.rule, infix=op.infix,
                    commutative=op.commutative)


# Composite ---------------------------------------------------------------


@dataclass(frozen=True, eq=True)
class Composite(metaclass=TheanoNamed):
    """A fused scalar expression: ``program`` is a tuple of (op, argument refs).

    A reference is ``('i', k)`` for the k-th input or ``('t', j)`` for the
    result of program step j; the last step is the output.
    """

    theano_module = "theano.scalar.basic"  # (TheanoNamed)

    program: tuple
    nin: int
    out_dtype_: str = field(default="float64")
    name: str = ""
    cls: str = "Composite"
    rule: str = "composite"
    infix: str = ""
    commutative: bool = False

    def out_dtype(self, dtypes):
        return self.out_dtype_

    def __str__(self):
        return f"Composite{{{self.expression()}}}"

    @property
    def pretty(self):
        return str(self)

    def expression(self):
        """Theano's pretty text of the output (every operator parenthesised), built iteratively."""
        cached = self.__dict__.get("_expression")
        if cached is None:
            cached = "".join(self._tokens())
            object.__setattr__(self, "_expression", cached)
        return cached

    def _tokens(self):
        # Emit text left to right from the last step; a step's tokens are
        # (open, [args separated by sep], close); shared steps are emitted again.
        out = []
        stack = [("t", len(self.program) - 1)]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                out.append(item)
                continue
            kind, k = item
            if kind == "i":
                out.append(f"i{k}")
                continue
            op, args = self.program[k]
            if op.infix and len(args) == 1:
                parts, opener, sep = [f"({op.infix}", args[0], ")"], None, None
                stack.extend(reversed(parts))
                continue
            if op.infix:
                opener, sep = "(", f" {op.infix} "
            else:
                opener, sep = f"{op.pretty}(", ", "
            seq = [opener]
            for j, a in enumerate(args):
                if j:
                    seq.append(sep)
                seq.append(a)
            seq.append(")")
            stack.extend(reversed(seq))
        return out

    def impl(self, *inputs):
        # Theano runs a Composite element by element on Python numbers: compute in double
        # and in int64.
        inputs = [_widen(x) for x in inputs]
        return self.runner(tuple(k for k, x in enumerate(inputs) if x.dtype == np.bool_))(*inputs)

    def runner(self, bool_inputs=()):
        """The compiled step-by-step evaluator (inputs must already be double where float),
        for inputs ``bool_inputs`` (their positions) of dtype bool."""
        runs = self.__dict__.get("_runs")
        if runs is None:
            runs = {}
            object.__setattr__(self, "_runs", runs)
        run = runs.get(bool_inputs)
        if run is None:
            run = runs[bool_inputs] = _compile_program(self.program, self.nin, bool_inputs)
        return run


_BINARY_UFUNCS = {"Add": np.add, "Mul": np.multiply}


def _python_invert(x):
    """``~x`` of Python bools: -2 for True, -1 for False (both true once cast back to bool)."""
    return np.invert(np.asarray(x).astype(np.int64))


def _python_bool_steps(program, bool_inputs):
    """The steps of ``program`` whose value Theano holds as Python bools. Without a C
    compiler Theano runs a Composite element by element on Python objects: an element of a
    bool input is a Python bool, and so is ``|``, ``&`` or ``^`` of Python bools, while a
    comparison's impl gives numpy's bool. It matters to Invert only: ``~`` of a Python bool
    is arithmetic (``~True`` is -2), of numpy's bool logical. Recorded: ``T.isclose`` of -inf
    and inf is 1 in a compiled function, its fused ``Invert(OR(...))`` of the isinf/isnan
    inputs being true everywhere."""
    python = set()
    for j, (op, args) in enumerate(program):
        if op.cls in ("OR", "AND", "XOR") and all(
                (kind == "i" and k in bool_inputs) or (kind == "t" and k in python) for kind, k in args):
            python.add(j)
    return python


def _widen(x):
    """An input as Theano's element-by-element run holds it: a float as a Python float
    (double), an integer as a Python int (int64 here: ``(x * 1000) // 7`` of int16 does not
    wrap until the result is cast back)."""
    if type(x) is np.ndarray and x.dtype.char == "d":
        return x
    x = np.asarray(x)
    if x.dtype.itemsize < 8 and x.dtype.kind in "fiu":
        return x.astype(np.float64 if x.dtype.kind == "f" else np.int64)
    return x


_GENERATED_LIMIT = 500  # steps; longer programs are interpreted (compiling them costs more)


def _shape_text(shape):
    """A shape as numpy's broadcast error writes it: (3,), (2,3), ()."""
    return "(" + ",".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"


def broadcast_error(exc, inputs):
    """Re-raise ``exc``; a broadcast failure inside a fused expression is reported with the
    shapes of all the fused node's inputs, as numpy reports Theano's one ufunc call over them."""
    if str(exc).startswith("operands could not be broadcast together"):
        shapes = " ".join(_shape_text(np.shape(i)) for i in inputs)
        raise ValueError(f"operands could not be broadcast together with shapes {shapes} ") from None
    raise exc


def _composite_add(*args):
    """A Composite's add: Python's sum of the elements, whatever the number of inputs."""
    return _from_zero(_nary(np.add, args))


def _compile_program(program, nin, bool_inputs=()):
    """A Python function evaluating ``program`` step by step (numpy on whole arrays); an
    Invert of Python bools (``_python_bool_steps``) is arithmetic, as Theano computes it."""
    python = _python_bool_steps(program, bool_inputs)

    def impl_of(op, args):
        if op.cls == "Add" and op.rule != "composite":
            return _composite_add
        if op.cls == "Invert":
            kind, k = args[0]
            if (kind == "i" and k in bool_inputs) or (kind == "t" and k in python):
                return _python_invert
        return op.impl

    if len(program) > _GENERATED_LIMIT:
        def interpret(*inputs):
            values = []
            try:
                for op, args in program:
                    vals = [inputs[k] if kind == "i" else values[k] for kind, k in args]
                    values.append(impl_of(op, args)(*vals))
            except ValueError as exc:
                broadcast_error(exc, inputs)
            return values[-1]

        return interpret
    # Straight-line code built from our own program (never from user data): one call per step.
    names = {"broadcast_error": broadcast_error}
    params = ", ".join(f"i{k}" for k in range(nin))
    lines = [f"def run({params}):", "  try:"]
    for j, (op, args) in enumerate(program):
        refs = [f"i{k}" if kind == "i" else f"t{k}" for kind, k in args]
        binary = _BINARY_UFUNCS.get(op.cls) if op.rule != "composite" else None
        if binary is not None:
            # n-ary add/mul as left-to-right pairs, as Theano's scalar impl reduces them
            names[f"op{j}"] = binary
            expr = refs[0]
            for r in refs[1:]:
                expr = f"op{j}({expr}, {r})"
            if op.cls == "Add":
                names["from_zero"] = _from_zero
                expr = f"from_zero({expr})"
            lines.append(f"    t{j} = {expr}")
            continue
        names[f"op{j}"] = impl_of(op, args)
        lines.append(f"    t{j} = op{j}({', '.join(refs)})")
    lines.append(f"    return t{len(program) - 1}")
    lines.append("  except ValueError as exc:")
    lines.append(f"    broadcast_error(exc, ({params}{',' if nin == 1 else ''}))")
    namespace = dict(names)
    exec("\n".join(lines), namespace)  # noqa: S102 - generated from the op program above
    return namespace["run"]
