"""``theano.Mode`` and ``theano.compile.mode``: the compile modes a script builds."""
from rngscope.compat import missing as _missing
from rngscope.compile import modes as _modes

__all__ = ["FAST_COMPILE", "FAST_RUN", "Mode", "get_default_mode", "get_mode"]

_OPTIMIZERS = _modes.OPTIMIZERS


class Mode:
    """``theano.Mode(linker=None, optimizer='default')``. The linker changes nothing a
    script sees (rngscope has one); the optimizer picks the rewrites: None compiles the
    graph as built, 'fast_run' (the default) and 'fast_compile' as their modes."""

    def __init__(self, linker=None, optimizer="default"):
        if optimizer not in _OPTIMIZERS:
            raise _missing.NotImplementedByRngscope(f"theano.Mode(optimizer={optimizer!r})")
        self.linker = linker
        self.optimizer = optimizer
        self.engine_mode = _OPTIMIZERS[optimizer]
        self.cloned = False

    def __str__(self):
        return self.engine_mode.describe(self._linker_text())

    def __repr__(self):
        return "<theano.compile.mode.Mode object>"  # Theano's, without its address

    def _linker_text(self):
        # a clone (including, excluding, requiring) holds Theano's linker object, whose
        # repr carries an address: printed here without it
        name = "vm" if self.linker is None else self.linker
        if self.cloned and isinstance(name, str):
            return "<theano.gof.%s object>" % _LINKER_CLASSES.get(name, "vm.VM_Linker")
        return name

    def including(self, *tags):
        """This mode with the rewrites tagged ``tags``: rngscope has 'unsafe' and
        'local_remove_all_assert' (every Assert removed), 'fast_run' (FAST_COMPILE made
        FAST_RUN) and tags whose rewrites the mode already runs."""
        return self._clone(self.engine_mode.including(*tags), "including", tags)

    def excluding(self, *tags):
        """This mode without the rewrites tagged ``tags``: rngscope has 'fusion' (and
        'local_elemwise_fusion', 'elemwise_fusion', 'FusionOptimizer') and 'inplace'."""
        return self._clone(self.engine_mode.excluding(*tags), "excluding", tags)

    def requiring(self, *tags):
        """This mode restricted to the rewrites tagged ``tags``: rngscope has the tag all
        of the mode's rewrites carry ('fast_run' or 'fast_compile'), a no-op."""
        return self._clone(self.engine_mode.requiring(*tags), "requiring", tags)

    def _clone(self, engine, method, tags):
        if engine is None:
            raise _missing.NotImplementedByRngscope(
                "theano.Mode.%s(%s)" % (method, ", ".join(repr(t) for t in tags)))
        mode = Mode(self.linker, self.optimizer)
        mode.engine_mode = engine
        mode.cloned = True
        return mode


# the class of the linker object a cloned Mode holds, by the name the script gave
_LINKER_CLASSES = {"py": "link.PerformLinker", "c": "cc.CLinker", "c|py": "cc.OpWiseCLinker",
                   "c|py_nogc": "cc.OpWiseCLinker"}


FAST_RUN = Mode(optimizer="fast_run")
FAST_COMPILE = Mode(optimizer="fast_compile")


def get_mode(name):
    """The Mode a name stands for, as ``theano.compile.mode.get_mode`` gives it."""
    if isinstance(name, Mode):
        return name
    engine = _modes.get_mode(name)
    return FAST_COMPILE if engine is _modes.FAST_COMPILE else FAST_RUN


def get_default_mode():
    return get_mode(None)


__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
