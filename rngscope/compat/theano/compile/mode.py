"""``theano.Mode`` and ``theano.compile.mode``: the compile modes a script builds."""
from rngscope.compat import missing as _missing
from rngscope.compile import modes as _modes

__all__ = ["FAST_COMPILE", "FAST_RUN", "Mode", "get_default_mode", "get_mode"]

_OPTIMIZERS = _modes.OPTIMIZERS


# Tags whose rewrites need a C compiler (they give up without one, as the recording ran):
# excluding or including them changes nothing
_NEED_A_C_COMPILER = frozenset({"cxx_only", "conv_gemm"})


def _inert(tag):
    """Whether ``Mode.excluding``/``including`` of ``tag`` changes nothing in Theano 1.0.5
    without a GPU or a C compiler: a tag its optimizer database does not know (Theano does
    not check them: 'gpu', 'constant_folding', a misspelt one), one only GPU rewrites carry
    ('gpuarray', 'cudnn'), or one only rewrites that need a C compiler carry."""
    recorded = _missing.theano_attributes()
    known = recorded.get("theano.compile.optdb (tags)", frozenset())
    gpu_only = recorded.get("theano.compile.optdb (gpu tags)", frozenset())
    return tag not in known or tag in gpu_only or tag in _NEED_A_C_COMPILER


class Mode:
    """``theano.Mode(linker=None, optimizer='default')``. The linker changes nothing a
    script sees (rngscope has one); the optimizer picks the rewrites: None compiles the
    graph as built, 'fast_run' (the default) and 'fast_compile' as their modes, and
    Theano's other predefined optimizers ('merge', 'o1'-'o4', 'unsafe', 'stabilize',
    'fast_run_stable') as Theano's Queries select its passes."""

    def __init__(self, linker=None, optimizer="default"):
        if optimizer not in _OPTIMIZERS:
            raise KeyError(optimizer)  # Theano's: not one of its predefined optimizers
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
        FAST_RUN), tags whose rewrites the mode already runs and tags that change nothing
        here (``_inert``)."""
        return self._clone(self._with_inert(tags, self.engine_mode.including, "included"),
                           "including", tags)

    def excluding(self, *tags):
        """This mode without the rewrites tagged ``tags``: rngscope has 'fusion' (and
        'local_elemwise_fusion', 'elemwise_fusion', 'FusionOptimizer'), 'inplace' and tags
        that change nothing here (``_inert``)."""
        return self._clone(self._with_inert(tags, self.engine_mode.excluding, "excluded"),
                           "excluding", tags)

    def _with_inert(self, tags, method, field):
        """``method`` applied to the tags that change the rewrites, the inert ones kept in
        the mode's printed Query in the order given (None: a tag rngscope lacks)."""
        engine = method(*[t for t in tags if not _inert(t)])
        if engine is None:
            return None
        return engine._replace(**{field: _modes.unique(getattr(self.engine_mode, field) + tags)})

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
