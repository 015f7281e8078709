"""Serve `import theano` from rngscope while a script runs.

Contract: inside `with theano_imports():` the name `theano` and every
`theano.X.Y` import as the module objects `rngscope.compat.theano` and
`rngscope.compat.theano.X.Y` themselves (not copies), so `import theano.tensor
as T`, `from theano import function` and `theano.printing.debugprint` all run
on rngscope. A `theano.X` that rngscope does not provide raises
`ModuleNotFoundError` naming `theano.X`; a real Theano is never consulted.

Importing `theano` reads `floatX` from the `THEANO_FLAGS` environment variable,
as Theano does when it is imported (a script may set it just before); a value
Theano refuses makes the import raise Theano's ValueError.

On exit the finder is removed, every `theano*` entry added to `sys.modules`
is dropped and any real `theano*` modules imported before entry are put
back, so outside `rngscope run` a real Theano install is never shadowed.

Theano 1.0.5 runs on numpy 1.x: inside, numpy prints a scalar as numpy 1.x did (`[0.5]`,
not numpy 2's `[np.float64(0.5)]`), and the print options the script set are dropped on exit.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

import numpy as np

ALIAS = "theano"
DEFAULT_PREFIX = "rngscope.compat.theano"


def _is_alias(name: str) -> bool:
    return name == ALIAS or name.startswith(ALIAS + ".")


class _AliasLoader(importlib.abc.Loader):
    """Hands the import system an already imported module, unchanged."""

    def __init__(self, module: ModuleType):
        self.module = module
        self.spec = module.__spec__

    def create_module(self, spec):
        return self.module

    def exec_module(self, module):
        # The import system stamps the alias spec on the module before this
        # call; put the module's own spec back so it stays what it was.
        module.__spec__ = self.spec


def _floatx_from_environment():
    """``floatX=float16`` (float32, float64) in ``THEANO_FLAGS``, the last one given, as
    Theano's import applies it: any other value makes ``import theano`` raise Theano's
    ValueError; other flags change nothing in rngscope."""
    chosen = None
    for item in os.environ.get("THEANO_FLAGS", "").split(","):
        key, _, value = item.partition("=")
        if key.strip() == "floatX":
            chosen = value.strip()
    if chosen is not None:
        from rngscope.graph import types  # (the engine loads with the first theano import)

        types.set_floatx(chosen)


class _AliasFinder(importlib.abc.MetaPathFinder):
    """Finds `theano.X` as the module `<prefix>.X`."""

    def __init__(self, prefix: str):
        self.prefix = prefix

    def find_spec(self, fullname, path=None, target=None):
        if not _is_alias(fullname):
            return None
        if fullname == ALIAS:
            _floatx_from_environment()
        real_name = self.prefix + fullname[len(ALIAS):]
        try:
            module = importlib.import_module(real_name)
        except ModuleNotFoundError as exc:
            missing = exc.name or ""
            if not (real_name == missing or real_name.startswith(missing + ".")):
                raise  # something the stand-in itself imports is missing
            alias = ALIAS + missing[len(self.prefix):] if missing.startswith(self.prefix) else ALIAS
            raise ModuleNotFoundError(f"No module named {alias!r}", name=alias) from None
        is_package = hasattr(module, "__path__")
        return importlib.machinery.ModuleSpec(fullname, _AliasLoader(module), is_package=is_package)


def _numpy_1_printing():
    """numpy's print options as numpy 1.x printed scalars (a no-op on numpy 1.x)."""
    if int(np.__version__.split(".")[0]) < 2:
        return np.printoptions()
    return np.printoptions(legacy="1.25")


@contextmanager
def theano_imports(prefix: str = DEFAULT_PREFIX) -> Iterator[None]:
    """Serve `theano` and `theano.*` imports from the package `prefix`.

    Args:
        prefix: dotted name of the package that stands in for `theano`
            (tests pass a throwaway package).
    """
    saved = {name: module for name, module in sys.modules.items() if _is_alias(name)}
    for name in saved:
        del sys.modules[name]
    finder = _AliasFinder(prefix)
    sys.meta_path.insert(0, finder)
    try:
        with _numpy_1_printing():
            yield
    finally:
        if finder in sys.meta_path:
            sys.meta_path.remove(finder)
        for name in [name for name in sys.modules if _is_alias(name)]:
            del sys.modules[name]
        sys.modules.update(saved)
