"""Graph IR: variables, constants and Apply nodes, and iterative walks over them.

Grammar:  Variable := input | constant | Apply.outputs[i]
          Apply    := (op, inputs: tuple of Variable, outputs: tuple of Variable)
An ``Apply`` is the statement ``outputs = op(*inputs)``; inputs are an ordered
tuple (``a * a`` has two inputs).  Every traversal here is iterative, so a
graph 100,000 nodes deep is walked without touching Python's recursion limit.
"""
from __future__ import annotations

import contextlib
import gc
import linecache
import os
import sys
import traceback
import warnings
import weakref
from collections import deque

import numpy as np

from rngscope.graph.sites import creation_site, keep_site

__all__ = [
    "Apply", "Constant", "MethodNotDefined", "Op", "Tag", "TheanoNamed", "Variable", "ancestors",
    "as_string", "clone_graph", "clone_replace", "compute_test_value", "creation_trace",
    "fill_test_values", "gc_paused", "graph_inputs", "io_toposort", "kahn_toposort",
    "make_test_values", "no_test_values", "nodes_between", "register_compiler",
    "register_node_runner", "same_application", "set_compute_test_value", "trace_text",
]

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


class TheanoNamed(type):
    """The metaclass of a class that stands for a Theano class: while the compat ``theano``
    has given it Theano's name (``names``: module.qualname -> Theano's), the class prints
    as Theano's does (``print(type(x))`` shows ``<class 'theano.tensor.var.TensorVariable'>``)."""

    names = {}

    def __repr__(cls):
        name = TheanoNamed.names.get(f"{cls.__module__}.{cls.__qualname__}")
        if name is None and TheanoNamed.names and getattr(cls, "theano_module", None):
            name = f"{cls.theano_module}.{cls.__qualname__}"  # a family of classes (scalar ops)
        return super().__repr__() if name is None else f"<class '{name}'>"


def creation_trace(limit=8):
    """Where the caller's caller was made: Theano's ``tag.trace`` of a variable.

    Frames inside rngscope are skipped up to the first outside one; from there up
    to ``limit`` frames are kept, outermost first, stopping at rngscope again (the
    ``rngscope run`` machinery around a script is not the user's).  Each entry is
    ``(filename, lineno, name, line)``, as ``traceback.format_list`` takes.
    """
    frame = sys._getframe(1)
    trace = []
    while frame is not None and len(trace) < limit:
        filename = frame.f_code.co_filename
        inside = os.path.abspath(filename).startswith(_PACKAGE_DIR)
        if inside and trace:
            break
        if not inside:
            line = linecache.getline(filename, frame.f_lineno, frame.f_globals).strip()
            trace.append((filename, frame.f_lineno, frame.f_code.co_name, line or None))
        frame = frame.f_back
    trace.reverse()
    return trace


_EVAL_CACHE = weakref.WeakKeyDictionary()  # variable -> {input ids: (inputs, function)}

# What Variable.eval compiles with: rngscope.compile.function's ``function``, which
# registers itself when it is imported (the compiler is above this layer).
_compiler = None


def register_compiler(function):
    """Let ``Variable.eval`` compile with ``function(inputs, output)``."""
    global _compiler
    _compiler = function


class Tag(dict):
    """A variable's ``tag``, Theano's scratchpad: its entries read and written as keys or
    as attributes (``x.tag.trace``, ``x.tag.test_value``)."""

    __slots__ = ()

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        try:
            del self[name]
        except KeyError:
            raise AttributeError(name) from None

    def copy(self):
        return Tag(self)


class Variable:
    """A symbolic value: a graph input, a constant, or an output of an Apply."""

    def __init__(self, type, owner=None, index=None, name=None):
        self.type = type
        self.owner = owner
        self.index = index
        self.name = name
        self.tag = Tag()

    def __str__(self):
        if self.name is not None:
            return self.name
        if self.owner is not None:
            # Theano names every output by index unless the op declares a default output
            op = self.owner.op
            if self.index == getattr(op, "default_output", None):
                return str(op)
            return f"{op}.{self.index}"
        return f"<{self.type}>"

    def __repr__(self):
        return str(self)  # a subclass's own __str__ too (an index constant: Constant{1})

    def get_parents(self):
        """The node that made it, if any (Theano's graph-walking protocol)."""
        return [self.owner] if self.owner is not None else []

    def eval(self, inputs_to_values=None):
        """The value for ``{input: value}`` (Theano's Variable.eval: the function compiled
        for those inputs is kept, so a random variable draws anew on each call)."""
        if _compiler is None:
            raise RuntimeError("Variable.eval needs the compiler: import rngscope.compile.function")
        inputs_to_values = inputs_to_values or {}
        cache = _EVAL_CACHE.setdefault(self, {})
        inputs = tuple(sorted(inputs_to_values, key=id))
        key = tuple(map(id, inputs))
        if key not in cache:
            cache[key] = (inputs, _compiler(list(inputs), self))
        return cache[key][1](*[inputs_to_values[v] for v in inputs])

    def clone(self):
        """A new ownerless variable of the same type and name."""
        cp = type(self).__new__(type(self))
        cp.__dict__.update(self.__dict__)
        cp.owner = None
        cp.index = None
        cp.tag = self.tag.copy()
        return cp


class Constant(Variable):
    """A variable with a fixed value; ``signature`` makes equal constants mergeable."""

    def __init__(self, type, data, name=None):
        super().__init__(type, None, None, name)
        self.data = data

    def signature(self):
        return (self.type, _data_key(self.data))

    def clone(self):
        return self


def _data_key(data):
    arr = np.asarray(data)
    return (arr.dtype.str, arr.shape, arr.tobytes())


class Apply(metaclass=TheanoNamed):
    """The statement ``outputs = op(*inputs)``."""

    __slots__ = ("op", "inputs", "outputs", "tag")

    def __init__(self, op, inputs, output_types):
        self.op = op
        self.inputs = list(inputs)
        self.outputs = [t.variable_class(t, self, i) for i, t in enumerate(output_types)]
        self.tag = {}
        site = creation_site()
        if site:
            self.tag["site"] = site

    @property
    def out(self):
        return self.outputs[0]

    @property
    def nin(self):
        return len(self.inputs)

    @property
    def nout(self):
        return len(self.outputs)

    def get_parents(self):
        """The inputs (Theano's graph-walking protocol: a node's parents)."""
        return list(self.inputs)

    def __repr__(self):
        return f"{self.op}({', '.join(map(str, self.inputs))})"


class MethodNotDefined(Exception):
    """An op without the method asked for: its gradient, or an implementation (Theano's
    ``theano.gof.utils.MethodNotDefined``)."""


class Op:
    """Base of all ops.  Subclasses are frozen dataclasses; ``perform`` returns values."""

    destroy_map = {}
    view_map = {}
    # every element of the output is input 0's value (an alloc, a view, a copy): what a
    # question about the output's one constant value asks of input 0 instead
    holds_input_value = False

    def __str__(self):
        """How debugprint names the op: its class name, unless the op shows its parameters."""
        return type(self).__name__

    def make_node(self, *inputs):  # pragma: no cover - every op overrides it
        raise NotImplementedError

    def __call__(self, *inputs):
        node = self.make_node(*inputs)
        make_test_values(node)
        if len(node.outputs) == 1:
            return node.outputs[0]
        return node.outputs

    def perform(self, node, inputs):  # pragma: no cover - every op overrides it
        raise NotImplementedError


# ---------------------------------------------------------------- test values
# Theano's config.compute_test_value: 'off', or what an input without a test value does
# when a node is made: 'ignore' (no test values for the node), 'warn' (that, with a
# warning), 'raise' (a ValueError).  A node whose inputs all have one computes its outputs'
# at once, so a shape error shows where the graph is built.
TEST_VALUE_MODES = ("off", "ignore", "warn", "raise")
_TEST_VALUES = ["off"]
_run_node = None  # the linker's ``run_node(node, values)``, registered from above


def compute_test_value():
    return _TEST_VALUES[0]


def set_compute_test_value(mode):
    if mode not in TEST_VALUE_MODES:
        raise ValueError(f"{mode!r} is not one of {TEST_VALUE_MODES}")
    _TEST_VALUES[0] = mode


@contextlib.contextmanager
def no_test_values():
    """No test values made inside (a graph built for rngscope's own use, not the script's)."""
    saved = _TEST_VALUES[0]
    _TEST_VALUES[0] = "off"
    try:
        yield
    finally:
        _TEST_VALUES[0] = saved


def register_node_runner(run_node):
    """Let test values be computed with ``run_node(node, input values) -> output values``."""
    global _run_node
    _run_node = run_node


def trace_text(var):
    """Theano's get_variable_trace_string: where ``var`` was made, or ''."""
    trace = var.tag.get("trace") if isinstance(var.tag, dict) else None
    if not trace:
        return ""
    return " \nBacktrace when that variable is created:\n\n" + "".join(traceback.format_list(trace))


def _test_value(v):
    """The value ``v`` stands for while the graph is built (KeyError: it has none)."""
    if isinstance(v, Constant):
        return v.data
    if hasattr(v, "get_value"):  # a shared variable: its value
        return v.get_value(borrow=True)
    value = v.tag["test_value"]
    if not hasattr(v.type, "filter"):
        return value
    try:  # set as the script gave it: the variable's type converts it now
        return v.type.filter(value)
    except Exception as e:
        e.args = ("\n".join(("For compute_test_value, one input test value does not have the "
                             "requested type.\n" + trace_text(v) + "\nThe error when converting "
                             "the test value to that variable type:",) + tuple(map(str, e.args))),)
        raise


def make_test_values(node):
    """Theano's Op.__call__ under compute_test_value: the outputs' test values from the
    inputs', or the flag's answer to an input without one (nothing when it is 'off')."""
    mode = _TEST_VALUES[0]
    if mode == "off" or _run_node is None:
        return
    values = []
    for i, v in enumerate(node.inputs):
        try:
            values.append(_test_value(v))
        except KeyError:
            if mode == "raise":
                raise ValueError("Cannot compute test value: input %i (%s) of Op %s missing "
                                 "default value. %s" % (i, v, node, trace_text(v))) from None
            if mode == "warn":
                warnings.warn("Warning, Cannot compute test value: input %i (%s) of Op %s "
                              "missing default value" % (i, v, node), stacklevel=3)
            return
    # an op that overwrites an input works on a copy: the test values stay as they were
    for k in {k for ks in getattr(node.op, "destroy_map", {}).values() for k in ks}:
        values[k] = values[k].copy()
    for out, value in zip(node.outputs, _run_node(node, values)):
        out.tag["test_value"] = value


def fill_test_values(outputs):
    """Test values for the nodes behind ``outputs`` that have none, in order: those of a
    graph built with test values off (``no_test_values``) for the script's use."""
    if _TEST_VALUES[0] == "off":
        return
    for node in io_toposort([], [o for o in outputs if o is not None]):
        if not all("test_value" in o.tag for o in node.outputs):
            make_test_values(node)


# ---------------------------------------------------------------- walks


@contextlib.contextmanager
def gc_paused():
    """Pause the cyclic garbage collector around a walk that makes many objects.

    Rewriting, cloning and printing a 100,000-node graph allocate (and free) a few
    hundred thousand small acyclic objects; the collector's repeated full passes
    over them would make the walk superlinear.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def ancestors(outputs, blockers=()):
    """Every variable reachable from ``outputs`` (depth first, inputs in order)."""
    blockers = set(map(id, blockers))
    seen = set()
    order = []
    stack = list(reversed(outputs))
    while stack:
        v = stack.pop()
        if id(v) in seen:
            continue
        seen.add(id(v))
        order.append(v)
        if v.owner is not None and id(v) not in blockers:
            stack.extend(reversed(v.owner.inputs))
    return order


def graph_inputs(outputs, blockers=()):
    """Ownerless variables (or blockers) the outputs depend on, in first-met order."""
    return [v for v in ancestors(outputs, blockers) if v.owner is None or v in blockers]


def io_toposort(inputs, outputs, orderings=None):
    """Apply nodes between inputs and outputs in the order Theano 1.0.5 sorts them.

    Without extra orderings this is the stack walk of Theano's VM; with orderings
    (from in-place ops) it is Kahn's algorithm over a depth-first reachability list.
    """
    if not orderings:
        computed = set(map(id, inputs))
        todo = [o.owner for o in reversed(outputs) if o.owner is not None]
        order = []
        pop, push, done = todo.pop, todo.append, order.append
        while todo:
            cur = pop()
            outs = cur.outputs
            if id(outs[0]) in computed:
                continue
            for i in cur.inputs:
                if i.owner is not None and id(i) not in computed:
                    push(cur)
                    # Theano pushes the owners of all inputs (computed ones are skipped on pop)
                    todo.extend([i.owner for i in cur.inputs if i.owner is not None])
                    break
            else:
                if len(outs) == 1:
                    computed.add(id(outs[0]))
                else:
                    computed.update(map(id, outs))
                done(cur)
        return order
    return _general_toposort(inputs, outputs, orderings)


def kahn_toposort(inputs, outputs):
    """Apply nodes between inputs and outputs in the order Theano 1.0.5's io_toposort gives
    when asked for the clients too (its general_toposort: Kahn's algorithm over a
    depth-first reachability list), as its scan rewrites ask (PushOutScanOutput)."""
    return _general_toposort(inputs, outputs, {})


def _general_toposort(inputs, outputs, orderings):
    iset = set(map(id, inputs))
    deps = {}

    def deps_of(obj):
        if id(obj) in iset:
            return []
        if isinstance(obj, Apply):
            return list(obj.inputs) + list(orderings.get(obj, ()))
        return [obj.owner] if obj.owner is not None else []

    reachable = []
    seen = set()
    clients = {}
    start = deque(outputs)
    while start:
        node = start.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        reachable.append(node)
        d = deps_of(node)
        deps[id(node)] = d
        for r in d:
            clients.setdefault(id(r), []).append(node)
        start.extend(d)
    sources = deque(r for r in reachable if not deps[id(r)])
    done = set()
    order = []
    while sources:
        node = sources.popleft()
        if id(node) in done:
            continue
        done.add(id(node))
        order.append(node)
        for client in clients.get(id(node), ()):
            rest = [a for a in deps[id(client)] if a is not node]
            deps[id(client)] = rest
            if not rest:
                sources.append(client)
    if len(order) != len(reachable):
        raise ValueError("graph contains cycles")
    return [n for n in order if isinstance(n, Apply)]


def clone_replace(outputs, replace=None):
    """Copy the graph of ``outputs``, substituting ``replace`` (old -> new) on the way.

    Inputs and constants are shared; every Apply is rebuilt once, iteratively.
    Returns the new outputs and the old -> new variable map.
    """
    memo = {}
    for old, new in (replace or {}).items():
        memo[id(old)] = new
    nodes = nodes_between(list(replace or {}), outputs)
    for node in nodes:
        new_inputs = [memo.get(id(i), i) for i in node.inputs]
        if all(a is b for a, b in zip(new_inputs, node.inputs)) and not any(
            id(o) in memo for o in node.outputs
        ):
            continue
        new_node = keep_site(node, node.op.make_node(*new_inputs))
        for o, n in zip(node.outputs, new_node.outputs):
            if o.name is not None:
                n.name = o.name
            memo.setdefault(id(o), n)
    return [memo.get(id(o), o) for o in outputs], memo


def same_application(a, b):
    """Whether Apply nodes ``a`` and ``b`` compute the same: equal ops on the very same
    inputs (what the merge pass merges)."""
    return (a.op == b.op and len(a.inputs) == len(b.inputs)
            and all(x is y for x, y in zip(a.inputs, b.inputs)))


def nodes_between(blockers, outputs, known=()):
    """Apply nodes needed for ``outputs`` when ``blockers`` count as inputs (toposorted).

    Nodes whose id is in ``known`` are treated as already computed (not listed, not entered).
    """
    blocked = set(map(id, blockers))
    order = []
    visited = set()
    stack = [(o, False) for o in reversed(outputs)]
    while stack:
        v, expanded = stack.pop()
        node = v.owner
        if node is None or id(v) in blocked or id(node) in known:
            continue
        if expanded:
            if id(node) not in visited:
                visited.add(id(node))
                order.append(node)
            continue
        if id(node) in visited:
            continue
        stack.append((v, True))
        for i in reversed(node.inputs):
            if (i.owner is not None and id(i.owner) not in visited and id(i) not in blocked
                    and id(i.owner) not in known):
                stack.append((i, False))
    return order


def clone_graph(outputs, inputs=()):
    """A private copy of every Apply behind ``outputs`` (inputs and constants shared):
    (new outputs, new inputs).

    The walk stops at ``inputs`` (a function's explicit inputs).  An input that is
    itself computed (a random variable given as an input) becomes an ownerless
    clone, as Theano's FunctionGraph makes it: the copy reads it, never computes it.
    """
    memo = {}
    new_inputs = []
    for v in inputs:
        if v.owner is not None:
            memo[id(v)] = v.clone()
        new_inputs.append(memo.get(id(v), v))
    for node in nodes_between(inputs, outputs):
        new = Apply.__new__(Apply)
        new.op = node.op
        new.inputs = [memo.get(id(i), i) for i in node.inputs]
        new.tag = dict(node.tag)  # (where the script made it)
        new.outputs = []
        for o in node.outputs:
            c = type(o).__new__(type(o))
            c.__dict__.update(o.__dict__)
            c.owner = new
            c.tag = o.tag.copy()
            new.outputs.append(c)
            memo[id(o)] = c
    return [memo.get(id(o), o) for o in outputs], new_inputs


def as_string(inputs, outputs):
    """Each output written out as ``op(argument, ...)`` down to ``inputs`` and the
    ownerless variables (Theano's ``gof.graph.as_string``, which ``str`` of a FunctionGraph
    prints): a node read more than once is written out where it first appears, as
    ``*n -> op(...)``, and is ``*n`` (``*n::k`` for its k-th output) after that. Theano numbers
    those nodes in an order that changes from run to run (a set of nodes); here they are
    numbered as they appear, left to right."""
    known = {id(v) for v in inputs}

    def leaf(v):
        return v.owner is None or id(v) in known

    multi, seen = set(), set()
    for v in outputs:  # an output node met twice, or a node two arguments read
        node = v.owner
        (multi if id(node) in seen else seen).add(id(node))
    for node in io_toposort(inputs, outputs):
        for v in node.inputs:
            if not leaf(v):
                (multi if id(v.owner) in seen else seen).add(id(v.owner))
    numbers, done = {}, set()

    def start(v, tokens, frames):
        """Write ``v``, or open its node: its prefix and name written, its frame pushed."""
        if leaf(v):
            tokens.append(str(v))
            return
        node = v.owner
        if id(node) in done:
            index = "" if len(node.outputs) == 1 else "::%i" % node.outputs.index(v)
            tokens.append("*%i%s" % (numbers[id(node)], index))
            return
        done.add(id(node))
        if id(node) in multi:
            numbers[id(node)] = len(numbers) + 1
            tokens.append("*%i -> " % numbers[id(node)])
        tokens.append("%s(" % (node.op,))
        frames.append([node, 0])

    texts = []
    for v in outputs:  # written left to right into one list of pieces (no string rebuilt)
        tokens, frames = [], []
        start(v, tokens, frames)
        while frames:
            frame = frames[-1]
            node, k = frame
            if k == len(node.inputs):
                tokens.append(")")
                frames.pop()
                continue
            if k:
                tokens.append(", ")
            frame[1] = k + 1
            start(node.inputs[k], tokens, frames)
        texts.append("".join(tokens))
    return texts
