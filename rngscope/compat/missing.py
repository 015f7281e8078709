"""Theano names rngscope does not have, said as rngscope's gap.

Each module of the stand-in ``theano`` package ends with
``__getattr__ = missing.module_getattr(__name__)``, so ``T.nnet.conv3d`` raises
``NotImplementedByRngscope("theano.tensor.nnet.conv3d")`` (an AttributeError,
so ``hasattr`` and ``getattr(m, name, default)`` behave as usual) instead of an
AttributeError naming rngscope's modules; a name the Theano 1.0.5 module lacks too
(``T.ucol``, recorded in ``theano_attributes.txt``) is Python's own AttributeError.  ``missing_name(exc)`` reads the
Theano name from what a script raised: that error, a ``from theano.X import Y``
that failed, a ``theano.X`` module rngscope does not serve, or an attribute a
Theano 1.0.5 object has and rngscope's stand-in for it lacks
(``MRG_RandomStreams(1).truncated_normal``: the names Theano's objects have are
recorded in ``theano_attributes.txt`` by ``scripts/record_theano_attributes.py``);
the runner turns it into one line with the script's file and line.
"""
from __future__ import annotations

import functools
import importlib.resources
import re
from types import SimpleNamespace

__all__ = ["Config", "Namespace", "NotImplementedByRngscope", "missing_attribute", "missing_name",
           "module_getattr", "theano_name"]

PREFIX = "rngscope.compat.theano"


class NotImplementedByRngscope(AttributeError):
    """``theano_name`` is a Theano name that rngscope does not implement."""

    def __init__(self, theano_name):
        super().__init__(f"{theano_name} is not implemented by rngscope")
        self.theano_name = theano_name


def theano_name(module_name):
    """``theano.tensor.nnet`` for ``rngscope.compat.theano.tensor.nnet``."""
    return "theano" + module_name[len(PREFIX):]


def module_getattr(module_name):
    """The module-level ``__getattr__`` of the stand-in for ``theano_name(module_name)``."""
    public = theano_name(module_name)

    def __getattr__(name):
        known = theano_attributes().get(f"{public} (module)")
        if name.startswith("__") or (known is not None and name not in known):
            # a dunder a tool probes, or a name Theano's module lacks too: Python's error
            raise AttributeError(f"module {public!r} has no attribute {name!r}")
        raise NotImplementedByRngscope(f"{public}.{name}")

    return __getattr__


class Namespace(SimpleNamespace):
    """A namespace standing for a Theano object (``theano.config``); unknown names are gaps."""

    def __init__(self, public_name, **names):
        super().__init__(**names)
        object.__setattr__(self, "_public_name", public_name)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise NotImplementedByRngscope(f"{self._public_name}.{name}")

    def __repr__(self):
        names = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{self._public_name}({names})"


class Config(Namespace):
    """``theano.config``: Theano's values for the flags rngscope runs under; setting a flag
    that changes what rngscope computes (cast_policy, int_division) to another value is
    rngscope's gap, said as such; floatX float16, float32 or float64 applies to what is made
    after it, another floatX raises Theano's ValueError; compute_test_value 'off', 'ignore',
    'warn' or 'raise' applies to the nodes made after it ('pdb' is rngscope's gap); any other
    flag is kept and changes nothing."""

    FIXED = ("floatX", "compute_test_value", "cast_policy", "int_division")
    TEST_VALUE_MODES = ("off", "ignore", "warn", "raise", "pdb")

    @property
    def floatX(self):  # the engine's flag (a script's run starts at float64)
        from rngscope.graph import types  # (``rngscope run`` loads no engine before the script)

        return types.floatx()

    @property
    def compute_test_value(self):  # the engine's flag (a script's run starts at 'off')
        from rngscope.graph import basic

        return basic.compute_test_value()

    def __setattr__(self, name, value):
        from rngscope.graph import basic, types

        if name == "floatX":  # Theano reads it as it builds; it refuses other values
            types.set_floatx(value)
            return
        if name == "compute_test_value":
            if value not in self.TEST_VALUE_MODES:
                raise ValueError('Invalid value ("%s") for configuration variable '
                                 '"compute_test_value". Valid options are %s'
                                 % (value, self.TEST_VALUE_MODES))
            if value == "pdb":
                raise NotImplementedByRngscope(f"{self._public_name}.compute_test_value = 'pdb'")
            basic.set_compute_test_value(value)
            return
        if name in self.FIXED and value != getattr(self, name, None):
            raise NotImplementedByRngscope(f"{self._public_name}.{name} = {value!r}")
        super().__setattr__(name, value)


_CANNOT_IMPORT = re.compile(r"cannot import name '([^']+)'")


# rngscope's class (module.qualname) -> the Theano classes it stands for, in the order
# their names are looked up.
STAND_INS = {
    "rngscope.streams.MRG_RandomStreams": ("theano.sandbox.rng_mrg.MRG_RandomStreams",),
    "rngscope.streams.RandomStreams": ("theano.tensor.shared_randomstreams.RandomStreams",),
    "rngscope.tensor.variable.TensorVariable": ("theano.tensor.var.TensorVariable",),
    "rngscope.tensor.variable.TensorConstant": ("theano.tensor.var.TensorConstant",),
    "rngscope.tensor.variable.TensorType": ("theano.tensor.type.TensorType",),
    "rngscope.shared.TensorSharedVariable": ("theano.tensor.sharedvar.TensorSharedVariable",),
    "rngscope.shared.ScalarSharedVariable": ("theano.tensor.sharedvar.ScalarSharedVariable",),
    "rngscope.shared.RandomStateSharedVariable":
        ("theano.tensor.shared_randomstreams.RandomStateSharedVariable",),
    "rngscope.compile.function.Function": ("theano.compile.function_module.Function",),
    "rngscope.compile.function.FunctionMaker": ("theano.compile.function_module.FunctionMaker",),
    "rngscope.compile.function.In": ("theano.compile.io.In",),
    "rngscope.compile.function.Param": ("theano.compile.pfunc.Param",),
    "rngscope.compile.function.Out": ("theano.compile.io.SymbolicOutput",),
    "rngscope.compile.fgraph.FunctionGraph": ("theano.gof.fg.FunctionGraph",),
    "rngscope.graph.basic.Apply": ("theano.gof.graph.Apply",),
    "rngscope.compat.theano.compile.mode.Mode": ("theano.compile.mode.Mode",),
}


# rngscope's class -> the Theano class it prints as (``type(x)``), when not its first stand-in
CLASS_NAMES = {
    **{cls: names[0] for cls, names in STAND_INS.items()},
    "rngscope.compile.scan.OrderedUpdates": "theano.updates.OrderedUpdates",
    "rngscope.shared.SharedVariable": "theano.compile.sharedvalue.SharedVariable",
    "rngscope.graph.types.Generic": "theano.gof.type.Generic",
    **{f"rngscope.compat.theano.compile.mode.{name}": f"theano.gof.{module}.{name}" for module, name in (
        ("vm", "VM_Linker"), ("link", "PerformLinker"), ("cc", "CLinker"), ("cc", "OpWiseCLinker"),
        ("optdb", "Query"), ("opt", "SeqOptimizer"))},
    "rngscope.compat.theano.compile.mode.OrderedSet": "theano.misc.ordered_set.OrderedSet",
    "rngscope.compile.scan_op.Scan": "theano.scan_module.scan_op.Scan",
    "rngscope.random.streams.RandomFunction": "theano.tensor.raw_random.RandomFunction",
    "rngscope.tensor.elemwise.Elemwise": "theano.tensor.elemwise.Elemwise",
    **{f"rngscope.tensor.grad_ops.{name}": f"theano.gradient.{name}" for name in (
        "ConsiderConstant", "DisconnectedGrad", "GradClip", "GradScale", "UndefinedGrad", "ZeroGrad")},
    "rngscope.tensor.shape_ops.Subtensor": "theano.tensor.subtensor.Subtensor",
}


@functools.cache
def theano_attributes():
    """Theano class (module.qualname), or ``module (module)``, -> the public names its
    objects (or the module) have."""
    text = importlib.resources.files(__package__).joinpath("theano_attributes.txt").read_text("utf-8")
    table = {}
    for line in text.splitlines():
        cls, _, names = line.partition(": ")
        table[cls] = frozenset(names.split())
    return table


def missing_attribute(obj, name):
    """``Class.name`` when ``obj`` stands for a Theano object that has ``name``, else None."""
    for cls in type(obj).__mro__:
        for theano_cls in STAND_INS.get(f"{cls.__module__}.{cls.__qualname__}", ()):
            if name in theano_attributes().get(theano_cls, ()):
                return f"{theano_cls}.{name}"
    return None


def missing_name(exc, raised_by_script=True):
    """The Theano name ``exc`` says rngscope lacks, or None for any other error.

    ``raised_by_script``: the lookup that failed was the script's own (an attribute
    rngscope's code misses on its own objects is rngscope's bug, not a gap).
    """
    if isinstance(exc, NotImplementedByRngscope):
        return exc.theano_name
    if type(exc) is AttributeError and raised_by_script and isinstance(exc.name, str):
        # set by Python's failed lookup (3.10 on): the object and the name it lacked
        return missing_attribute(exc.obj, exc.name)
    module = getattr(exc, "name", None) or ""
    if isinstance(exc, ModuleNotFoundError):
        return module if module == "theano" or module.startswith("theano.") else None
    if isinstance(exc, ImportError) and (module == PREFIX or module.startswith(PREFIX + ".")):
        # ``from theano.X import Y``: Python reports the module by its real name; Y is in
        # ``name_from`` from Python 3.12 on, and only in the message before
        imported = getattr(exc, "name_from", None)
        if imported is None:
            match = _CANNOT_IMPORT.match(str(exc))
            imported = match.group(1) if match else None
        if imported is not None:
            return f"{theano_name(module)}.{imported}"
    return None
