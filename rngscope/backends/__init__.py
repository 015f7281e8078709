"""Which backend runs a script: rngscope's engine for ``import theano``, the real PyTensor
for ``import pytensor``.

``backend_of(text)`` reads the script's imports (``import pytensor``, ``from pytensor... import``)
from its syntax tree; ``serving(text)`` is the context a script runs in: the ``theano`` import shim,
or the PyTensor adapter (``rngscope.backends.pytensor``).  ``unavailable(text, name)`` is the
one-paragraph message for a PyTensor script when PyTensor cannot be imported, else None.

``describe(fn)``, ``graph_of(obj)`` and ``states_of(shared)`` give a backend's records of a
compiled function, of its graph nodes and of a stream's states (``backends.description``):
what the recorder, the findings and the printers read, whichever backend ran the script.
"""
from __future__ import annotations

import ast
import sys
import weakref

THEANO, PYTENSOR = "theano", "pytensor"
INSTALL = "pip install 'rngscope[pytensor]'"


def backend_of(text: str) -> str:
    """``"pytensor"`` if the script imports pytensor anywhere, else ``"theano"``."""
    if PYTENSOR not in text:  # most scripts: no parse needed
        return THEANO
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return THEANO  # compiling the script reports it
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        if any(name == PYTENSOR or name.startswith(PYTENSOR + ".") for name in names):
            return PYTENSOR
    return THEANO


def unavailable(text: str, name: str) -> str | None:
    """Why the script ``name`` cannot run here (PyTensor missing), or None."""
    if backend_of(text) != PYTENSOR:
        return None
    try:
        import pytensor  # noqa: F401  (the script imports it next; this is the check)
    except ImportError as exc:
        reason = "is not installed" if getattr(exc, "name", None) == PYTENSOR else f"cannot be imported ({exc})"
        return (f"{name} imports pytensor, which {reason} in this Python ({sys.executable}). "
                "rngscope runs PyTensor scripts on the real PyTensor, an optional extra: "
                f"install it with `{INSTALL}` (PyTensor >= 2.25, < 4).")
    return None


def serving(text: str, functions=()):
    """The context the script runs in: the theano shim, or PyTensor under observation.

    ``functions`` are compiled functions made in an earlier run of the script whose calls
    are to be observed too (``replay --calls`` calls them after the script has run).
    """
    if backend_of(text) == PYTENSOR:
        from rngscope.backends.pytensor.adapter import observed_pytensor

        return observed_pytensor(functions)
    from rngscope.compat import theano_imports

    return theano_imports()


def _backend(obj):
    """The module describing ``obj`` (a compiled function, variable, node or shared variable)."""
    if type(obj).__module__.startswith(PYTENSOR + "."):
        from rngscope.backends.pytensor import description

        return description
    from rngscope.backends import engine

    return engine


def describe(fn):
    """The ``FunctionDesc`` of a compiled function (rngscope's or PyTensor's)."""
    key = getattr(fn, "maker", fn)  # what a description reads (PyTensor's Function has no weakref)
    try:
        desc = _described.get(key)
    except TypeError:  # not weakly referable: described each time
        return _backend(fn).describe(fn)
    if desc is None:
        desc = _described[key] = _backend(fn).describe(fn)
    return desc


_described = weakref.WeakKeyDictionary()  # fn (or its maker) -> its FunctionDesc (it never changes)


def describe_node(node):
    """The ``RandomDesc`` of a random node met on its own (a loop's inner graph)."""
    return _backend(node).describe_node(node)


def graph_of(obj):
    """The ``Graph`` that reads the nodes ``obj`` (a variable or node) belongs with."""
    return _backend(obj).GRAPH


def states_of(shared):
    """The ``StreamStates`` of a shared variable's backend."""
    return _backend(shared).STATES
