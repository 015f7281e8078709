"""theano.compile (as_op, Mode, function_module) and theano.config as scripts use them."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compat import theano_imports
from rngscope.compat.missing import NotImplementedByRngscope


def test_as_op_makes_an_op_of_a_python_function():
    with theano_imports():
        import theano
        import theano.tensor as T
        from theano.compile.ops import as_op

        @as_op(itypes=[T.dvector, T.dvector], otypes=[T.dvector])
        def outer_sum(a, b):
            return a + b[::-1]

        assert str(outer_sum) == "FromFunctionOp{outer_sum}"
        a, b = T.dvectors("a", "b")
        f = theano.function([a, b], outer_sum(a, b) * 2)
        assert f([1.0, 2.0], [10.0, 20.0]).tolist() == [42.0, 24.0]
        with pytest.raises(TypeError, match=r"^We expected inputs of types '\[TensorType\(float64, "
                                            r"vector\), TensorType\(float64, vector\)\]' but got"):
            outer_sum(T.fvector(), b)
        with pytest.raises(AttributeError, match="'FromFunctionOp' object has no attribute 'grad'"):
            T.grad(T.sum(outer_sum(a, b)), a)
        assert theano.compile.function is theano.function
        assert theano.compile.function_module.function is theano.function


def test_config_keeps_flags_and_refuses_the_ones_that_change_results():
    with theano_imports():
        import theano

        assert (theano.config.mode, theano.config.optimizer, theano.config.linker) == ("Mode", "o4", "vm")
        theano.config.exception_verbosity = "high"
        theano.config.floatX = "float64"  # unchanged: fine
        with pytest.raises(ValueError, match=r'^Invalid value \("float128"\) for configuration '
                                             r'variable "floatX"'):
            theano.config.floatX = "float128"  # Theano 1.0.5 refuses it as well
        assert theano.config.floatX == "float64"
        theano.config.floatX = "float16"
        try:
            assert theano.config.floatX == theano.tensor.matrix().dtype == "float16"
        finally:
            theano.config.floatX = "float64"
        with pytest.raises(NotImplementedByRngscope, match=r"compute_test_value = 'pdb'"):
            theano.config.compute_test_value = "pdb"  # (the others are test_values.py's)
        with pytest.raises(ValueError, match=r'^Invalid value \("on"\) for configuration variable '
                                             r'"compute_test_value"'):
            theano.config.compute_test_value = "on"
        assert theano.config.compute_test_value == "off"
        theano.config.exception_verbosity = "low"


def test_debugprint_of_a_copied_function_fails_as_in_theano():
    """Recorded with Theano 1.0.5: a copy's profile is False and debugprint reads it."""
    with theano_imports():
        import theano
        import theano.tensor as T

        x = T.vector("x")
        f = theano.function([x], x * 2)
        g = f.copy()
        assert theano.printing.debugprint(f, file="str").startswith("Elemwise{mul,no_inplace}")
        for obj in (g, [f, g]):
            with pytest.raises(AttributeError, match="^'bool' object has no attribute 'fct_callcount'$"):
                theano.printing.debugprint(obj)
        assert theano.printing.debugprint(g.maker.fgraph.outputs, file="str").startswith("Elemwise")


def test_a_function_compiled_with_profile_false_keeps_it_and_debugprint_fails_on_it():
    """Recorded with Theano 1.0.5: f.profile is None by default, False as given."""
    with theano_imports():
        import theano
        import theano.tensor as T

        x = T.vector("x")
        f = theano.function([x], x * 2)
        g = theano.function([x], x * 2, profile=False, name="g")
        assert f.profile is None and g.profile is False
        with pytest.raises(AttributeError, match="^'bool' object has no attribute 'fct_callcount'$"):
            theano.printing.debugprint(g)


def test_the_makers_mode_is_the_mode_object_theano_gives():
    """f.maker.mode: the Mode given, or the predefined one its name stands for, with Theano's
    provided_linker/linker, provided_optimizer (a Query) and optimizer (a SeqOptimizer)."""
    with theano_imports():
        import theano
        import theano.tensor as T

        x = T.dvector("x")
        default = theano.function([x], x * 2).maker.mode
        assert default is theano.compile.mode.get_default_mode()
        assert (default.provided_linker, repr(default.linker), type(default.linker).__name__) == (
            "vm", "<theano.gof.vm.VM_Linker object>", "VM_Linker")
        query = default.provided_optimizer
        assert (query.name, query.include, query.exclude, query.require) == (
            "OPT_FAST_RUN", ("fast_run",), ("cxx_only",), ())
        assert repr(query.include) == "OrderedSet(['fast_run'])"
        assert type(default.optimizer).__name__ == "SeqOptimizer" and default.optimizer.name == "OPT_FAST_RUN"
        assert (default.call_time, default.fn_time) == (0, 0)
        given = theano.Mode(linker="py", optimizer=None)
        made = theano.function([x], x * 2, mode=given).maker.mode
        assert made is given and type(made.linker).__name__ == "PerformLinker"
        assert str(made.optimizer) == "SeqOpt([])" and made.provided_optimizer.name == "OPT_NONE"
        assert str(made) == ("Mode(linker = py, optimizer = Query{inc=OrderedSet(),ex=OrderedSet(["
                             "'cxx_only']),require=OrderedSet(),subquery={},position_cutoff=inf,"
                             "extra_opts=[]})")
        clone = default.excluding("fusion")
        assert str(clone.provided_linker) == "<theano.gof.vm.VM_Linker object>"
        assert clone.provided_optimizer.exclude == ("cxx_only", "fusion")
        assert not hasattr(clone.provided_optimizer, "name") and not hasattr(clone.optimizer, "name")
        fast = theano.function([x], x * 2, mode="FAST_COMPILE").maker.mode
        assert fast is theano.compile.mode.FAST_COMPILE and fast.optimizer.name == "OPT_FAST_COMPILE"
        with pytest.raises(KeyError):
            theano.Mode(linker="bogus")
