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

The script's `import theano` leaves numpy as Theano's import does (float errors ignored) and,
Theano 1.0.5 running on numpy 1.x, prints numpy 2's scalars as numpy 1.x did (`[0.5]`, not
`[np.float64(0.5)]`); numpy's error and print settings are put back on exit.
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


def _theano_flags():
    """``THEANO_FLAGS`` as {flag: value}, the last one given of each."""
    flags = {}
    for item in os.environ.get("THEANO_FLAGS", "").split(","):
        key, _, value = item.partition("=")
        flags[key.strip()] = value.strip()
    return flags


def _floatx_from_environment():
    """``floatX=float16`` (float32, float64) in ``THEANO_FLAGS``, the last one given, as
    Theano's import applies it: any other value makes ``import theano`` raise Theano's
    ValueError; other flags change nothing in rngscope."""
    chosen = _theano_flags().get("floatX")
    if chosen is not None:
        from rngscope.graph import types  # (the engine loads with the first theano import)

        types.set_floatx(chosen)


# numpy's own settings, put back after a run in which the script loaded numpy
_NUMPY_DEFAULT_ERRORS = {"divide": "warn", "over": "warn", "under": "ignore", "invalid": "warn"}
_NUMPY_DEFAULT_PRINT = {"edgeitems": 3, "threshold": 1000, "floatmode": "maxprec", "precision": 8,
                        "suppress": False, "linewidth": 75, "nanstr": "nan", "infstr": "inf",
                        "sign": "-", "formatter": None, "legacy": False}


def _numpy_as_theano_sets_it():
    """numpy as a script sees it after Theano's import.

    Its float error handling as Theano's import sets it: every error ignored
    (``numpy.seterr_all=ignore``, Theano's default), or what ``numpy.seterr_all`` /
    ``_divide`` / ``_over`` / ``_under`` / ``_invalid`` in ``THEANO_FLAGS`` say ('None':
    numpy's own setting). A script printing ``np.geterr()`` sees Theano's, and an invalid
    log prints no RuntimeWarning, as under Theano.

    And numpy 2's scalars print as numpy 1's, the numpy Theano 1.0.5 runs on: ``[0.25, 3]``
    for a list of a float64 and an int64, not ``[np.float64(0.25), np.int64(3)]``.
    """
    import numpy as np

    flags = _theano_flags()
    chosen = {kind: flags.get("numpy.seterr_" + kind, default) for kind, default in
              (("all", "ignore"), ("divide", "None"), ("over", "None"), ("under", "None"),
               ("invalid", "None"))}
    np.seterr(**{kind: None if value == "None" else value for kind, value in chosen.items()})
    if int(np.__version__.split(".")[0]) >= 2:
        np.set_printoptions(legacy="1.25")


def _theano_class_names(on):
    """``print(type(x))`` names the Theano class rngscope's stands for while the script that
    imported theano runs (``TheanoNamed``), and rngscope's own names again after."""
    if "rngscope.graph.basic" not in sys.modules:
        return  # (nothing imported theano: nothing to name)
    from rngscope.compat.missing import CLASS_NAMES
    from rngscope.graph.basic import TheanoNamed

    TheanoNamed.names.clear()
    if on:
        TheanoNamed.names.update(CLASS_NAMES)


class _AliasFinder(importlib.abc.MetaPathFinder):
    """Finds `theano.X` as the module `<prefix>.X`."""

    def __init__(self, prefix: str):
        self.prefix = prefix
        self.sites = None  # the engine's recording of node sites, entered on `import theano`

    def find_spec(self, fullname, path=None, target=None):
        if not _is_alias(fullname):
            return None
        if fullname == ALIAS:
            _floatx_from_environment()
            _numpy_as_theano_sets_it()
        real_name = self.prefix + fullname[len(ALIAS):]
        try:
            module = importlib.import_module(real_name)
        except ModuleNotFoundError as exc:
            missing = exc.name or ""
            if not (real_name == missing or real_name.startswith(missing + ".")):
                raise  # something the stand-in itself imports is missing
            alias = ALIAS + missing[len(self.prefix):] if missing.startswith(self.prefix) else ALIAS
            raise ModuleNotFoundError(f"No module named {alias!r}", name=alias) from None
        if fullname == ALIAS:
            _theano_class_names(True)  # (the engine is loaded now)
            if self.sites is None and "rngscope.graph.sites" in sys.modules:
                # nodes the script makes remember where, for run-time errors' backtraces
                self.sites = sys.modules["rngscope.graph.sites"].recording_sites()
                self.sites.__enter__()
        is_package = hasattr(module, "__path__")
        return importlib.machinery.ModuleSpec(fullname, _AliasLoader(module), is_package=is_package)


SIX = "six"
SIX_STAND_IN = "rngscope.compat.six"


def _is_six(name: str) -> bool:
    return name == SIX or name.startswith(SIX + ".")


class _SixFinder(importlib.abc.MetaPathFinder):
    """Finds ``six`` as rngscope's stand-in when no real ``six`` is installed (Theano
    1.0.5 requires it, so its scripts import it): this finder sits last on the path, so
    an installed ``six`` is found first, and ``six.moves.X`` is served only while the
    ``six`` imported is the stand-in (the real one has its own finder)."""

    def find_spec(self, fullname, path=None, target=None):
        if not _is_six(fullname):
            return None
        stand_in = importlib.import_module(SIX_STAND_IN)
        if fullname == SIX:
            module = stand_in
        elif sys.modules.get(SIX) is not stand_in:
            return None
        elif fullname == SIX + ".moves":
            module = stand_in.moves
        else:  # six.moves.cPickle -> pickle, six.moves.urllib.request -> urllib.request
            first, _, rest = fullname[len(SIX + ".moves."):].partition(".")
            if first not in stand_in.MOVED_MODULES:
                return None
            module = stand_in.moved(first)
            if rest:
                module = getattr(module, rest, None)  # six.moves.urllib.request
                if not isinstance(module, ModuleType):
                    return None
        return importlib.machinery.ModuleSpec(fullname, _AliasLoader(module),
                                              is_package=hasattr(module, "__path__"))


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
    six_before = {name for name in sys.modules if _is_six(name)}
    six_finder = _SixFinder()
    sys.meta_path.append(six_finder)
    # numpy's float error handling and print options, which the script's ``import theano``
    # changes (and the script may): put back after it (numpy is not loaded here unless the
    # process has it: `run` stays light)
    numpy = sys.modules.get("numpy")
    saved_errors = numpy.geterr() if numpy is not None else _NUMPY_DEFAULT_ERRORS
    saved_print = numpy.get_printoptions() if numpy is not None else _NUMPY_DEFAULT_PRINT
    try:
        yield
    finally:
        _theano_class_names(False)
        if "numpy" in sys.modules:
            sys.modules["numpy"].seterr(**saved_errors)
            sys.modules["numpy"].set_printoptions(**saved_print)
        for f in (finder, six_finder):
            if f in sys.meta_path:
                sys.meta_path.remove(f)
        if finder.sites is not None:
            finder.sites.__exit__(None, None, None)
        for name in [name for name in sys.modules if _is_six(name) and name not in six_before]:
            del sys.modules[name]
        for name in [name for name in sys.modules if _is_alias(name)]:
            del sys.modules[name]
        sys.modules.update(saved)
