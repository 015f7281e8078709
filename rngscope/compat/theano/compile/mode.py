"""``theano.Mode`` and ``theano.compile.mode``: the compile modes a script builds."""
from rngscope.compat import missing as _missing
from rngscope.compile import function as _function
from rngscope.compile import modes as _modes
from rngscope.graph.basic import TheanoNamed

__all__ = ["CLinker", "FAST_COMPILE", "FAST_RUN", "Linker", "Mode", "OpWiseCLinker", "OrderedSet",
           "PerformLinker", "Query", "SeqOptimizer", "VM_Linker", "get_default_mode", "get_mode"]

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


class Linker(metaclass=TheanoNamed):
    """A Theano linker object (``Mode.linker``, a clone's ``provided_linker``), printed as
    Theano prints it, without its address; rngscope has one linker."""

    module = "vm"

    def __repr__(self):
        return "<theano.gof.%s.%s object>" % (self.module, type(self).__name__)

    __str__ = __repr__


class VM_Linker(Linker):
    module = "vm"


class PerformLinker(Linker):
    module = "link"


class CLinker(Linker):
    module = "cc"


class OpWiseCLinker(Linker):
    module = "cc"


class OrderedSet(tuple, metaclass=TheanoNamed):
    """A Query's tags, printed as Theano's OrderedSet."""

    def __repr__(self):
        return "OrderedSet(%s)" % (list(self) if self else "")


class Query(metaclass=TheanoNamed):
    """Theano's optimizer Query (``Mode.provided_optimizer``): the tags it includes, excludes
    and requires, printed as Theano prints it; a predefined one has its ``name``."""

    def __init__(self, engine_mode, name=None):
        self.include, self.exclude, self.require = map(OrderedSet, engine_mode.query())
        self.text = engine_mode.describe_query()
        self.selects_nothing = engine_mode.passes == _modes.UNOPTIMIZED.passes
        if name is not None:
            self.name = name

    def __str__(self):
        return self.text

    __repr__ = __str__


class SeqOptimizer(metaclass=TheanoNamed):
    """``Mode.optimizer``: Theano's sequence of rewrites its Query selects (its printout lists
    Theano's optimizer objects by address: here the Query it was made from); named after a
    predefined Query."""

    def __init__(self, query):
        self.query = query
        if hasattr(query, "name"):
            self.name = query.name

    def __repr__(self):
        if self.query.selects_nothing:  # (no tag, or 'fast_run_stable': none has 'stable')
            return "SeqOpt([])"  # no rewrite selected: Theano's printout, as it is
        return "SeqOpt(%s)" % self.query

    __str__ = __repr__


# Theano's linker names -> the class of the linker object they stand for
_LINKER_CLASSES = {"vm": VM_Linker, "cvm": VM_Linker, "vm_nogc": VM_Linker, "cvm_nogc": VM_Linker,
                   "py": PerformLinker, "c": CLinker, "c|py": OpWiseCLinker,
                   "c|py_nogc": OpWiseCLinker}
# the names of Theano's predefined Queries, by the optimizer name that picks them
_QUERY_NAMES = {None: "OPT_NONE", "None": "OPT_NONE", "default": "OPT_FAST_RUN",
                "fast_run": "OPT_FAST_RUN", "fast_compile": "OPT_FAST_COMPILE",
                "merge": "OPT_MERGE", "o1": "OPT_FAST_COMPILE", "o2": "OPT_O2", "o3": "OPT_O3",
                "o4": "OPT_FAST_RUN", "unsafe": "OPT_UNSAFE", "stabilize": "OPT_STABILIZE",
                "fast_run_stable": "OPT_FAST_RUN_STABLE"}


class Mode(metaclass=TheanoNamed):
    """``theano.Mode(linker=None, optimizer='default')``. The linker changes nothing a
    script sees (rngscope has one): ``provided_linker`` is the name given ('vm' by default),
    ``linker`` the object it stands for; the optimizer picks the rewrites: None compiles the
    graph as built, 'fast_run' (the default) and 'fast_compile' as their modes, and
    Theano's other predefined optimizers ('merge', 'o1'-'o4', 'unsafe', 'stabilize',
    'fast_run_stable') as Theano's Queries select its passes (``provided_optimizer`` is
    Theano's Query, ``optimizer`` what it selects)."""

    def __init__(self, linker=None, optimizer="default"):
        if optimizer not in _OPTIMIZERS:
            raise KeyError(optimizer)  # Theano's: not one of its predefined optimizers
        if linker is None:
            linker = "vm"  # Theano's config.linker
        if isinstance(linker, str) and linker not in _LINKER_CLASSES:
            raise KeyError(linker)  # Theano's lookup among its predefined linkers
        self.provided_linker = linker
        self.linker = _LINKER_CLASSES[linker]() if isinstance(linker, str) else linker
        self.optimizer_name = optimizer
        self.engine_mode = _OPTIMIZERS[optimizer]
        self.call_time = 0
        self.fn_time = 0

    @property
    def provided_optimizer(self):
        return Query(self.engine_mode, _QUERY_NAMES.get(self.optimizer_name)
                     if self.engine_mode is _OPTIMIZERS[self.optimizer_name] else None)

    @property
    def optimizer(self):
        return SeqOptimizer(self.provided_optimizer)

    def __str__(self):
        return "Mode(linker = %s, optimizer = %s)" % (self.provided_linker, self.provided_optimizer)

    def __repr__(self):
        return "<theano.compile.mode.Mode object>"  # Theano's, without its address

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
        mode = Mode(self.linker, self.optimizer_name)  # a clone holds the linker object
        mode.engine_mode = engine
        return mode


FAST_RUN = Mode(optimizer="fast_run")
FAST_COMPILE = Mode(VM_Linker(), optimizer="fast_compile")


# theano.config.mode's default ('Mode'): a mode of its own, not the predefined FAST_RUN
DEFAULT = Mode()


def get_mode(name):
    """The Mode a name stands for, as ``theano.compile.mode.get_mode`` gives it."""
    if isinstance(name, Mode):
        return name
    if name is None or name == "Mode":
        return DEFAULT
    engine = _modes.get_mode(name)
    return FAST_COMPILE if engine is _modes.FAST_COMPILE else FAST_RUN


def get_default_mode():
    return get_mode(None)


def _maker_mode(given, engine):
    """``f.maker.mode``: the Mode a script gave function(), the predefined one a name (or
    None) stands for, else (NanGuardMode, MonitorMode) the mode as compiled."""
    if isinstance(given, Mode):
        return given
    if given is None or isinstance(given, str):
        return get_mode(given)
    return engine


_function.register_mode_view(_maker_mode)


__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
