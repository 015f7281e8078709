"""``function()``: collect shared inputs and updates, rewrite, and link an evaluator.

Theano's semantics: the default update of every shared variable the graph
reads is added unless ``no_default_updates`` is True or lists it, or an
explicit update is given.  Update outputs follow the real outputs in the order
their shared variables were first met (outputs depth first, then update
expressions).  Updates are applied after every output is computed.
"""
from __future__ import annotations

import copy
import os
import sys
import warnings

import numpy as np

from rngscope import observe as _observe
from rngscope.compile.fgraph import FunctionGraph
from rngscope.compile.linker import link
from rngscope.compile.modes import get_mode
from rngscope.compile.rebuild import as_pairs, clone, rebuild_collect_shared
from rngscope.graph.basic import (
    Constant, TheanoNamed, Variable, ancestors, clone_graph, creation_trace, gc_paused, io_toposort,
    no_test_values, register_compiler, trace_text,
)
from rngscope.shared import SharedVariable
from rngscope.tensor.basic import as_tensor_variable

__all__ = ["Function", "In", "MissingInputError", "Out", "Param", "UnusedInputError", "check_missing_inputs",
           "clone", "function", "rebuild_collect_shared", "register_mode_view"]

_getframe = sys._getframe
_QUIET = _observe.QUIET


class In(metaclass=TheanoNamed):
    """An explicit input specification (``theano.In``).  ``value`` is its default;
    ``update`` an expression whose value, after each call, becomes the default of the
    next call (kept by each compiled function)."""

    def __init__(self, variable, name=None, value=None, update=None, mutable=None,
                 strict=False, allow_downcast=None, borrow=False):
        self.variable = variable
        self.name = name or variable.name
        self.value = value
        self.update = update
        self.mutable = update is not None if mutable is None else mutable
        self.strict = strict
        self.allow_downcast = allow_downcast
        self.borrow = borrow
        self.implicit = False  # a shared variable the function reads (FunctionMaker.inputs)

    def __str__(self):
        if self.update is not None:
            return "In(%s -> %s)" % (self.variable, self.update)
        return "In(%s)" % self.variable

    __repr__ = __str__


class Param(In):
    """Theano's deprecated spelling of ``In`` (``theano.Param(c, default=0.2)``, as the older
    tutorials write it): ``default`` is In's ``value``; it warns as Theano does."""

    def __init__(self, variable, default=None, name=None, mutable=False, strict=False,
                 allow_downcast=None, implicit=None, borrow=None):
        warnings.warn("The Param class is deprecated. Replace Param(default=N) by "
                      "theano.In(value=N)", stacklevel=2)
        super().__init__(variable, name=name, value=default, mutable=mutable, strict=strict,
                         allow_downcast=allow_downcast, borrow=bool(borrow))


class Out(metaclass=TheanoNamed):
    """An output specification (``theano.Out``): ``borrow=True`` lets the function hand back
    its own buffer instead of a copy (the values are the same)."""

    def __init__(self, variable, borrow=False):
        self.variable = variable
        self.borrow = borrow


class UnusedInputError(Exception):
    """A symbolic input passed to function is not needed."""


class MissingInputError(Exception):
    """The graph needs a symbolic input that function() was not given."""


def check_missing_inputs(explicit, graph_outputs):
    """Every ownerless variable the graph needs must be an input, a constant or shared.

    Theano names the first node (in import order) reading a missing variable, and the
    position of that variable among the node's inputs.
    """
    given = set(map(id, explicit))

    def missing(v):
        return (v.owner is None and id(v) not in given and not isinstance(v, Constant)
                and not isinstance(v, SharedVariable))

    for node in io_toposort(explicit, graph_outputs):
        for k, v in enumerate(node.inputs):
            if missing(v):
                text = trace_text(v)  # where the missing variable was made, as Theano adds it
                raise MissingInputError(
                    "Input %d of the graph (indices start from 0), used to compute %s, was not "
                    "provided and not given a value. Use the Theano flag "
                    "exception_verbosity='high', for more information on this error." % (k, node)
                    + ("\n" + text if text else ""))
    for v in graph_outputs:
        if missing(v):  # an output that is itself an input nobody gave
            text = trace_text(v)
            raise MissingInputError("Undeclared input" + ("\n" + text if text else ""))


_UNUSED = ("theano.function was asked to create a function computing outputs given certain "
           "inputs, but the provided input variable at index %i is not part of the "
           "computational graph needed to compute the outputs: %s.\n%s")
_UNUSED_RAISE = ("To make this error into a warning, you can pass the parameter "
                 "on_unused_input='warn' to theano.function. To disable it completely, use "
                 "on_unused_input='ignore'.")
_UNUSED_WARN = ("To make this warning into an error, you can pass the parameter "
                "on_unused_input='raise' to theano.function. To disable it completely, use "
                "on_unused_input='ignore'.")


def _check_unused_inputs(inputs, updated, graph_outputs, on_unused_input):
    """Theano's default ('raise'): every input (the explicit ones, then the shared variables
    the graph and the ``givens`` read) must feed an output or an update, or be updated
    itself; ``updated`` holds the ids of the inputs that are."""
    if on_unused_input is None:
        on_unused_input = "raise"
    if on_unused_input == "ignore":
        return
    used = {id(v) for v in ancestors(graph_outputs, blockers=inputs)}
    for k, v in enumerate(inputs):
        if id(v) in used or id(v) in updated:
            continue
        if on_unused_input == "warn":
            warnings.warn(_UNUSED % (k, v, _UNUSED_WARN), stacklevel=3)
        elif on_unused_input == "raise":
            raise UnusedInputError(_UNUSED % (k, v, _UNUSED_RAISE))
        else:
            raise ValueError("Invalid value for keyword on_unused_input of theano.function: "
                             "'%s'.\nValid values are 'raise', 'warn', and 'ignore'."
                             % on_unused_input)


def function(inputs, outputs=None, mode=None, updates=None, givens=None,
             no_default_updates=False, accept_inplace=False, name=None,
             rebuild_strict=True, allow_input_downcast=None, profile=None,
             on_unused_input=None):
    """Compile a callable computing ``outputs`` from ``inputs`` (Theano's ``function``)."""
    if outputs is None:
        outputs = []
    output_keys = None
    if isinstance(outputs, dict):  # a dict of outputs: computed in its sorted keys' order
        output_keys = sorted(outputs)
        outputs = [outputs[k] for k in output_keys]
    if not isinstance(inputs, (list, tuple)):
        raise Exception("Input variables of a Theano function should be contained in a list, "
                        "even when there is a single input.")
    single = not isinstance(outputs, (list, tuple))
    out_list = [outputs] if single else list(outputs)
    for o in out_list:
        if isinstance(o, (list, tuple)):  # a list inside the list
            raise TypeError("Outputs must be theano Variable or Out instances. Received "
                            + str(o) + " of type " + str(type(o)))
    borrowed = tuple(k for k, o in enumerate(out_list) if isinstance(o, Out) and o.borrow)
    out_list = [o.variable if isinstance(o, Out) else o for o in out_list]
    out_list = [o if isinstance(o, Variable) else as_tensor_variable(o) for o in out_list]
    if updates and not isinstance(updates, dict) and any(isinstance(u, Variable)
                                                         for u in updates):
        raise ValueError("The updates parameter must be an OrderedDict/dict or a list of "
                         "lists/tuples with 2 elements")
    for i in inputs:
        if isinstance(i, Constant):
            raise TypeError("Constants not allowed in param list", i)
    # a bare variable takes the function's own downcast rule; an In keeps its own (pfunc)
    specs = [i if isinstance(i, In) else In(i, allow_downcast=allow_input_downcast)
             for i in inputs]
    _check_duplicate_inputs([s.variable for s in specs])
    # an input's update is computed as one more output, after the real ones
    out_list += [s.update for s in specs if s.update is not None]
    for s in specs:
        if isinstance(s.variable, SharedVariable):
            raise TypeError(
                "Cannot use a shared variable (%s) as explicit input. Consider substituting "
                "a non-shared variable via the `givens` parameter" % s.variable
            )
    explicit_vars = {id(s.variable) for s in specs}
    for orig, _repl in as_pairs(givens):
        if id(orig) in explicit_vars:
            raise RuntimeError(
                "You are trying to replace variable '%s' through the `givens` parameter, but "
                "this variable is an input to your function. Replacing inputs is currently "
                "forbidden because it has no effect. One way to modify an input `x` to a "
                "function evaluating f(x) is to define a new input `y` and use "
                "`theano.function([y], f(x), givens={x: g(y)})`. Another solution consists in "
                "using `theano.clone`, e.g. like this: `theano.function([x], "
                "theano.clone(f(x), replace={x: g(x)}))`." % orig)
    with gc_paused(), no_test_values():  # the rewrites' nodes need none
        cloned, shared_inputs, update_d, explicit = rebuild_collect_shared(
            out_list, givens, updates, no_default_updates, [s.variable for s in specs]
        )
        graph_outputs = cloned + [update_d[id(s)] for s in shared_inputs if id(s) in update_d]
        # a shared variable only a ``givens`` value reads is an input the outputs do not need
        updated = {id(s.variable) for s in specs if s.update is not None} | set(update_d)
        _check_unused_inputs([s.variable for s in specs] + shared_inputs, updated, graph_outputs,
                             on_unused_input)
        check_missing_inputs([s.variable for s in specs], graph_outputs)
        fn = Function.build(specs, cloned, shared_inputs, update_d, single, mode, name,
                            allow_input_downcast, explicit_updates=explicit, borrowed=borrowed)
    if name is None:
        fn.name = _caller_name()
    fn.output_keys = output_keys
    if profile is None or profile is False:  # profile=True's ProfileStats is rngscope's gap
        fn.profile = profile
    return fn


def _unpickled_function(source, single, given_name, name, output_keys):
    """The function ``Function.__reduce__`` pickled, compiled again."""
    specs, outputs, shared_inputs, updates, explicit, mode, downcast, borrowed = source
    with gc_paused():
        fn = Function.build(specs, outputs, shared_inputs, {id(s): u for s, u in updates},
                            single, mode, given_name, downcast,
                            explicit_updates={id(s) for s in explicit}, borrowed=borrowed)
    fn.name, fn.output_keys = name, output_keys
    return fn


_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


def _filter(spec, value):
    """``value`` checked and converted for the input ``spec`` describes, by the spec's own
    ``strict`` and ``allow_downcast`` (Theano's input containers)."""
    return spec.variable.type.filter(value, allow_downcast=spec.allow_downcast,
                                     strict=spec.strict)


def _filter_named(spec, value):
    """``_filter`` as a value set by name goes through the input's container: an error
    ends with the container's name."""
    try:
        return _filter(spec, value)
    except Exception as e:
        e.args = e.args + ('Container name "%s"' % spec.variable.name,)
        raise


def _caller_name():
    """Theano's name for an unnamed function: ``file:line`` of the call that compiled it
    (the first frame outside rngscope, so ``x.eval()`` names the script's line)."""
    frame = _getframe(2)
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame = frame.f_back
    return None if frame is None else f"{frame.f_code.co_filename}:{frame.f_lineno}"


def _check_duplicate_inputs(variables):
    for i, v in enumerate(variables):
        later = [j for j in range(i + 1, len(variables)) if variables[j] is v]
        if later:
            raise UnusedInputError(
                "Variable %s is used twice in inputs to theano.function, at indices %i and %i.  "
                "This would result in values provided for it being ignored. Please do not "
                "duplicate variables in the inputs list." % (v, i, later[0]))


def _engine_mode(given, engine):
    return engine


_MODE_VIEW = [_engine_mode]


def register_mode_view(view):
    """Let ``f.maker.mode`` be ``view(mode given to function(), the Mode compiled with)``: the
    compat ``theano`` registers the Mode object a Theano script sees."""
    _MODE_VIEW[0] = view


class FunctionMaker(metaclass=TheanoNamed):
    """Theano's ``f.maker``, what compiled ``f``: its graph, mode, name and output keys, which
    rngscope's Function holds itself and the maker reads from it."""

    __slots__ = ("function",)

    def __init__(self, function):
        self.function = function

    fgraph = property(lambda self: self.function.fgraph)
    mode = property(lambda self: _MODE_VIEW[0](self.function.source[5], self.function.mode))
    name = property(lambda self: self.function.name)
    output_keys = property(lambda self: self.function.output_keys)
    profile = property(lambda self: self.function.profile)
    inputs = property(lambda self: self.function.maker_inputs())


class Function(metaclass=TheanoNamed):
    """A compiled function: call it with values for its explicit inputs."""

    trust_input = False  # True: positional values are used as given, unchecked (Theano's)

    @classmethod
    def build(cls, specs, outputs, shared_inputs, update_d, single, mode, name, downcast,
              explicit_updates=(), borrowed=()):
        """The compiled function; ``explicit_updates`` holds the ids of the updates given explicitly
        (the others are default updates), ``borrowed`` the indices of the outputs given as
        ``Out(borrow=True)``.  Observers hear of it complete, graph as written included."""
        self = cls.__new__(cls)
        self.name = name
        self.given_name = name  # as the script gave it (``name`` may become Theano's default)
        self.made_at = creation_trace()  # where the script compiled it (names a local function)
        self.single = single
        self.specs = specs
        self.shared_inputs = shared_inputs
        self.allow_input_downcast = downcast
        updated = [s for s in shared_inputs if id(s) in update_d]
        update_outputs = [update_d[id(s)] for s in updated]
        private, explicit = clone_graph(list(outputs) + update_outputs,
                                        [s.variable for s in specs])
        protected = [v for v, s in zip(explicit, specs) if not s.mutable]
        protected += [s for s in shared_inputs if id(s) not in update_d]
        fg = FunctionGraph(explicit + shared_inputs, private, protected)
        fg.n_real = len(outputs)
        fg.updated = updated
        fg.listeners = []
        # Theano's pfunc gives each shared variable In(borrow=True)
        fg.borrowed_outputs = borrowed
        fg.borrowed_inputs = [v for v, s in zip(explicit, specs) if s.borrow] + shared_inputs
        self.mode = get_mode(mode)
        self.mode.optimize(fg)
        fg.release_dropped()
        self.fgraph = fg
        self.updated = updated
        self.n_real = len(outputs)
        self.overwritable = [v for v, s in zip(explicit, specs) if s.mutable] + updated
        self.program = link(fg, guard=self.mode.guard, overwritable=self.overwritable)
        self.program.bind_shared(shared_inputs, len(explicit), updated, len(outputs))
        self.copied = False  # a copy runs as Theano runs copies (see Function.copy)
        self.quiet_call = None  # runs a call telling no draws (linked when first asked for)
        self.quiet_for = None  # the observer this function's calls are quiet for
        self.output_keys = None  # the keys of a dict of outputs (function() sets them)
        self.input_updates = [k for k, s in enumerate(specs) if s.update is not None]
        self.defaults = {k: s.value for k, s in enumerate(specs) if s.value is not None}
        self.source_outputs = outputs[:len(outputs) - len(self.input_updates)]
        self.source_updates = [(s, update_d[id(s)]) for s in updated]
        self.default_updated = {id(s) for s in updated if id(s) not in explicit_updates}
        # what pickling needs to compile this function again (ids do not survive a pickle)
        self.source = (specs, outputs, shared_inputs, [(s, update_d[id(s)]) for s in updated],
                       [s for s in updated if id(s) in explicit_updates], mode, downcast, borrowed)
        if _observe.current is not None:
            _observe.current.on_build(self)
        return self

    @property
    def maker(self):
        return FunctionMaker(self)

    def maker_inputs(self):
        """FunctionMaker.inputs: an In for each explicit input, then one for each shared
        variable the function reads (implicit, with its update if it has one)."""
        update_of = {id(s): u for s, u in self.source_updates}
        implicit = []
        for s in self.shared_inputs:
            spec = In(s, value=getattr(s, "container", None), update=update_of.get(id(s)),
                      mutable=id(s) in update_of, borrow=True)
            spec.implicit = True
            implicit.append(spec)
        return list(self.specs) + implicit

    def copy(self, share_memory=False, swap=None, delete_updates=False, name=None,
             profile=None):
        """Theano's Function.copy: the same compiled graph reading the same shared
        variables (``swap`` maps some to others of the same type; ``delete_updates`` drops
        the updates, and the nodes only they need: an in-place update such as Gemm{inplace} on
        a weight would still write it).  Like Theano's copy it returns its outputs as a list,
        even one."""
        swap = dict(swap or {})
        for old, new in swap.items():
            if not any(old is s for s in self.shared_inputs):
                raise ValueError("SharedVariable: %s not found" % (old.name,))
            if not isinstance(new, SharedVariable) or new.type != old.type:
                raise AssertionError(
                    "Type of given SharedVariable conflicts with original one",
                    "Type of given SharedVariable:", getattr(new, "type", None),
                    "Type of original SharedVariable:", old.type)
        cp = Function.__new__(Function)
        cp.__dict__.update(self.__dict__)
        cp.name = name if name is not None else (
            self.name + " copy" if self.name is not None else None)
        cp.given_name = name if name is not None else (
            self.given_name + " copy" if self.given_name is not None else None)
        cp.single = False
        cp.made_at = creation_trace()
        cp.shared_inputs = [swap.get(s, s) for s in self.shared_inputs]
        cp.updated = [] if delete_updates else [swap.get(s, s) for s in self.updated]
        # Theano clones the compiled graph (its own Apply nodes, the same ops, inputs and
        # constants); without updates, a graph of the outputs alone: no update is computed
        kept = self.fgraph.outputs[:self.n_real] if delete_updates else self.fgraph.outputs
        cp.fgraph = FunctionGraph(self.fgraph.inputs, clone_graph(kept, self.fgraph.inputs)[0])
        cp.fgraph.n_real, cp.fgraph.updated = self.n_real, cp.updated
        if delete_updates:
            cp.source_updates = []
            cp.default_updated = set()
        # Theano's copy builds its graph without a DestroyHandler: see link(copied=True)
        cp.copied = True
        cp.program = link(cp.fgraph, guard=self.mode.guard, copied=True)
        cp.program.bind_shared(cp.shared_inputs, len(self.specs), cp.updated, self.n_real)
        cp.quiet_call = cp.quiet_for = None
        # its own defaults: an input's update computed in place overwrites the copy's value
        cp.defaults = {k: np.array(v) if isinstance(v, np.ndarray) else v
                       for k, v in self.defaults.items()}
        if _observe.current is not None:
            _observe.current.on_build(cp)
        return cp

    def __copy__(self):
        """``copy.copy(f)`` is ``f.copy()``, as in Theano (its outputs then come as a list)."""
        return self.copy()

    def __deepcopy__(self, memo):
        """``copy.deepcopy(f)``: the function over deep copies of its shared variables (a
        random stream's state too), so calling it leaves the original's state alone; it
        returns its outputs as ``f`` does (Theano deep-copies through its pickling)."""
        swap = {s: copy.deepcopy(s, memo) for s in self.shared_inputs}
        cp = self.copy(swap=swap)
        cp.single, cp.name, cp.given_name = self.single, self.name, self.given_name
        return cp

    def __reduce__(self):
        """``pickle.dumps(f)``: as in Theano, the unpickled function reads its own copies of
        the shared variables (their values, random states included, as they were when
        pickled). The compiled graph holds linked code, so the graph ``f`` was compiled from
        is pickled and compiled again when unpickled (compiling is deterministic: the same
        compiled graph). A copy (``f.copy()``) is not pickled: rngscope does not keep how to
        make it again."""
        if self.copied:
            raise NotImplementedError(
                "pickling a copy made by Function.copy() is not implemented by rngscope; "
                "pickle the function it was copied from")
        return (_unpickled_function, (self.source, self.single, self.given_name, self.name,
                                      self.output_keys))

    # -- f[x]: an input's value between calls (Theano's Function.value) -----

    def _input_index(self, item, setting=False):
        """The explicit input ``item`` names: its position, its variable or its name."""
        found = [k for k, s in enumerate(self.specs)
                 if item is s.variable or (type(item) is int and item == k)]
        if not found and isinstance(item, str):
            found = [k for k, s in enumerate(self.specs) if s.name == item]
        if not found:
            if setting:
                named = [s.name for s in self.specs if s.name is not None]
                unnamed = len(self.specs) - len(named)
                raise TypeError("Unknown input or state: %s. %s" % (item, _info(named, unnamed)))
            raise TypeError("Unknown input or state: %s" % (item,))
        if len(found) > 1:
            raise TypeError("Ambiguous name: %s - please check the names of the inputs of your "
                            "function for duplicates." % (item,))
        return found[0]

    def __getitem__(self, item):
        """The value input ``item`` takes when a call gives none (None: it has no default)."""
        return self.defaults.get(self._input_index(item))

    def __setitem__(self, item, value):
        k = self._input_index(item, setting=True)
        self.defaults[k] = _filter_named(self.specs[k], value)

    def __contains__(self, item):
        try:
            self._input_index(item)
        except TypeError:
            return False
        return True

    # -- calling -------------------------------------------------------------

    def _bind(self, args, kwargs):
        n_total = len(self.specs) + len(self.shared_inputs)
        if len(args) + len(kwargs) > n_total:
            raise TypeError("Too many parameter passed to theano function")
        values = [None] * len(self.specs)
        provided = [0] * len(self.specs)
        for i, arg in enumerate(args):
            if i < len(self.specs):
                var = self.specs[i].variable
            else:
                var = self.shared_inputs[i - len(self.specs)]
            try:
                if arg is None or (self.trust_input and i < len(self.specs)):
                    value = arg
                elif i < len(self.specs):
                    value = _filter(self.specs[i], arg)
                else:
                    value = var.type.filter(arg)
            except Exception as e:
                fname = "theano function"
                if self.name:
                    fname += ' with name "%s"' % self.name
                aname = "argument"
                if getattr(arg, "name", None):
                    aname += ' with name "%s"' % arg.name
                head = "Bad input %s to %s at index %d (0-based). %s" % (
                    aname, fname, i, trace_text(var))
                if len(e.args) == 1:
                    e.args = (head + str(e.args[0]),)
                else:
                    e.args = (head,) + e.args
                raise
            if i >= len(self.specs):
                raise TypeError("Tried to provide value for implicit input: %s" % var)
            values[i] = value
            provided[i] += 1
        for key, arg in kwargs.items():
            idx = [k for k, s in enumerate(self.specs) if s.name == key]
            if not idx:
                named = [s.name for s in self.specs if s.name is not None]
                unnamed = len(self.specs) - len(named) + len(
                    [s for s in self.shared_inputs if s.name is None])
                named += [s.name for s in self.shared_inputs if s.name is not None]
                raise TypeError("Unknown input or state: %s. %s" % (key, _info(named, unnamed)))
            k = idx[0]
            values[k] = _filter_named(self.specs[k], arg)
            provided[k] += 1
        for k, s in enumerate(self.specs):
            if not provided[k]:
                if k in self.defaults:
                    values[k] = self.defaults[k]
                    continue
                raise TypeError("Missing required input: %s" % s.variable)
            if provided[k] > 1:
                raise TypeError("Multiple values for input: %s" % s.variable)
        return values

    def __call__(self, *args, **kwargs):
        values = self._bind(args, kwargs) if (args or kwargs or self.specs) else ()
        observer = _observe.current
        if observer is None:
            real = self.program.call(values)
        elif self.quiet_for is observer:  # its draws untold, the call told once after it
            try:
                real = (self.quiet_call or self._link_quiet())(values)
            except BaseException:
                observer.on_fail(_QUIET)
                raise
            observer.on_quiet_call(self, real, _getframe(1))
        else:  # the caller's frame says where in the script the call is
            token = observer.on_call(self, values, _getframe(1))
            call = self.program.call if token is not _QUIET else (
                self.quiet_call or self._link_quiet())
            try:
                real = call(values)
            except BaseException:
                observer.on_fail(token)
                raise
            observer.on_return(token, real)
        if self.input_updates:  # the inputs' next defaults, out of the outputs
            kept = len(real) - len(self.input_updates)
            self.defaults.update(zip(self.input_updates, real[kept:]))
            real = real[:kept]
        if self.output_keys is not None:
            return dict(zip(self.output_keys, real))
        return real[0] if self.single else real

    def _link_quiet(self):
        """The call of a program whose draws no observer is told of (``observe.QUIET``)."""
        program = link(self.fgraph, observed=False, guard=self.mode.guard, copied=self.copied,
                       overwritable=self.overwritable)
        program.bind_shared(self.shared_inputs, len(self.specs), self.updated, self.n_real)
        self.quiet_call = program.call
        return self.quiet_call


def _info(named, n_unnamed):
    def plural(n):
        return "s" if n > 1 else ""

    n_named = len(named)
    if n_named == 0:
        if n_unnamed == 0:
            return "The function is supposed to have no input."
        if n_unnamed == 1:
            return ("The function has a single input variable which has no name, and thus "
                    "cannot be assigned through a keyword argument (use 'name=...' in a "
                    "Variable's constructor to give it a name).")
        return ("The function has %s inputs, but none of them is named, and thus they cannot "
                "be assigned through keyword arguments (use 'name=...' in a Variable's "
                "constructor to give it a name)." % n_unnamed)
    if n_unnamed == 0:
        return "The function has %s named input%s (%s)." % (
            n_named, plural(n_named), ", ".join(named))
    return ("The function has %s named input%s (%s), and %s unnamed input%s which thus cannot "
            "be accessed through keyword argument%s (use 'name=...' in a variable's "
            "constructor to give it a name)." % (
                n_named, plural(n_named), ", ".join(named), n_unnamed, plural(n_unnamed),
                plural(n_unnamed)))


register_compiler(function)  # Variable.eval compiles with this (the graph layer is below)
