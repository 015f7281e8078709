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

    def __str__(self):
        return self.engine_mode.describe("vm" if self.linker is None else self.linker)

    def __repr__(self):
        return "<theano.compile.mode.Mode object>"  # Theano's, without its address

    def including(self, *tags):
        raise _missing.NotImplementedByRngscope("theano.Mode.including")

    def excluding(self, *tags):
        """This mode without the rewrites tagged ``tags``: rngscope has 'fusion' (and
        'local_elemwise_fusion', 'elemwise_fusion', 'FusionOptimizer') and 'inplace'."""
        engine = self.engine_mode.excluding(*tags)
        if engine is None:
            raise _missing.NotImplementedByRngscope(
                "theano.Mode.excluding(%s)" % ", ".join(repr(t) for t in tags))
        mode = Mode(self.linker, self.optimizer)
        mode.engine_mode = engine
        return mode

    def requiring(self, *tags):
        raise _missing.NotImplementedByRngscope("theano.Mode.requiring")


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
