"""``six``, as the scripts written for Theano 1.0.5 use it, when the real one is absent.

Theano 1.0.5 requires ``six`` and its users' scripts import it (the deep-learning
tutorials' ``import six.moves.cPickle as pickle``, ``from six.moves import xrange``).
rngscope serves ``theano`` without installing it, so a machine with rngscope alone may
lack ``six``; while a script runs, ``import six`` then finds this module (the real
``six`` wins wherever it is installed: compat/__init__.py asks for this one last).

It holds the Python 3 meaning of the names such scripts use: the moved modules under
``six.moves`` (``cPickle`` is ``pickle``), the moved built-ins, the type tuples and the
dict iterators.  A name of six 1.16 not here is rngscope's gap, said as the Theano
names rngscope lacks are ("six.X is not implemented by rngscope (script.py, line N)";
``pip install six`` gives the whole module); a name six lacks too is Python's
AttributeError.
"""
from __future__ import annotations

import builtins
import functools
import importlib
import io
import itertools
import os
import sys
import types

from rngscope.compat.missing import NotImplementedByRngscope

__all__ = ["MOVED_MODULES", "moves"]

__path__ = []  # a package: ``import six.moves`` asks compat's finder
PY2 = False
PY3 = True
PY34 = True
MAXSIZE = sys.maxsize
string_types = (str,)
integer_types = (int,)
class_types = (type,)
text_type = str
binary_type = bytes

# six.moves.X as a module: X -> the standard library module it names on Python 3
MOVED_MODULES = {
    "cPickle": "pickle", "builtins": "builtins", "configparser": "configparser",
    "copyreg": "copyreg", "queue": "queue", "reprlib": "reprlib", "http_client": "http.client",
    "html_parser": "html.parser", "html_entities": "html.entities", "socketserver": "socketserver",
    "_thread": "_thread", "urllib": "urllib", "urllib_parse": "urllib.parse",
    "urllib_error": "urllib.error", "urllib_request": "urllib.request",
    "urllib_robotparser": "urllib.robotparser", "email_mime_text": "email.mime.text",
    "collections_abc": "collections.abc",
}


# the names six 1.16 has that this module does not (Python's own error for any other)
_SIX_ONLY = {
    "six": {"add_move", "remove_move", "assertCountEqual", "assertNotRegex", "assertRaisesRegex",
            "assertRegex", "byte2int", "create_unbound_method", "get_function_closure",
            "get_function_code", "get_function_defaults", "get_function_globals",
            "get_method_function", "get_method_self", "get_unbound_function", "indexbytes",
            "int2byte", "iterlists", "python_2_unicode_compatible", "unicode", "Iterator",
            "Module_six_moves_urllib", "Module_six_moves_urllib_parse"},
    "six.moves": {"UserDict", "UserList", "UserString", "shlex_quote", "dbm_gnu", "dbm_ndbm",
                  "_dummy_thread", "email_mime_base", "email_mime_image", "email_mime_multipart",
                  "email_mime_nonmultipart", "http_cookiejar", "http_cookies", "tkinter",
                  "winreg", "xmlrpc_client", "xmlrpc_server"},
}


def _missing(module_name):
    def __getattr__(name):
        if name in _SIX_ONLY[module_name]:
            raise NotImplementedByRngscope(f"{module_name}.{name}")
        raise AttributeError(f"module {module_name!r} has no attribute {name!r}")
    return __getattr__


@functools.cache
def moved(name):
    """The module ``six.moves.<name>`` stands for.  ``urllib`` is a module of its own, as
    six's is, holding the standard library's urllib modules: the package itself would let
    ``import six.moves.urllib.request`` load a second copy of urllib/request.py."""
    if name != "urllib":
        return importlib.import_module(MOVED_MODULES[name])
    module = types.ModuleType("six.moves.urllib", "urllib's modules, as six.moves offers them.")
    module.__path__ = []
    for part in ("error", "parse", "request", "response", "robotparser"):
        setattr(module, part, importlib.import_module("urllib." + part))
    return module


def _moves_getattr(name):
    if name in MOVED_MODULES:
        return moved(name)
    return _missing_in_moves(name)


_missing_in_moves = _missing("six.moves")
moves = types.ModuleType("six.moves", "The Python 3 homes of names Python 2 kept elsewhere.")
moves.__path__ = []  # a package: ``import six.moves.cPickle`` asks compat's finder
moves.__getattr__ = _moves_getattr
for _name, _value in {
    "range": range, "xrange": range, "zip": zip, "map": map, "filter": filter,
    "input": input, "reduce": functools.reduce, "intern": sys.intern,
    "zip_longest": itertools.zip_longest, "filterfalse": itertools.filterfalse,
    "StringIO": io.StringIO, "cStringIO": io.StringIO, "getcwd": os.getcwd,
    "getcwdb": os.getcwdb, "reload_module": importlib.reload,
}.items():
    setattr(moves, _name, _value)


def iteritems(d, **kw):
    return iter(d.items(**kw))


def iterkeys(d, **kw):
    return iter(d.keys(**kw))


def itervalues(d, **kw):
    return iter(d.values(**kw))


def viewitems(d):
    return d.items()


def viewkeys(d):
    return d.keys()


def viewvalues(d):
    return d.values()


def b(s):
    return s.encode("latin-1")


def u(s):
    return s


def ensure_str(s, encoding="utf-8", errors="strict"):
    return s.decode(encoding, errors) if isinstance(s, bytes) else s


def ensure_binary(s, encoding="utf-8", errors="strict"):
    return s.encode(encoding, errors) if isinstance(s, str) else s


ensure_text = ensure_str
next = builtins.next
advance_iterator = builtins.next
callable = builtins.callable
print_ = builtins.print
exec_ = builtins.exec
StringIO = io.StringIO
BytesIO = io.BytesIO
unichr = chr
iterbytes = iter
create_bound_method = types.MethodType
wraps = functools.wraps


def with_metaclass(meta, *bases):
    """A base class whose metaclass is ``meta`` (six's idiom for both Pythons)."""
    return meta("NewBase", bases or (object,), {})


def add_metaclass(metaclass):
    def wrapper(cls):
        body = {k: v for k, v in vars(cls).items() if k not in ("__dict__", "__weakref__")}
        return metaclass(cls.__name__, cls.__bases__, body)
    return wrapper


def reraise(tp, value, tb=None):
    if value is None:
        value = tp()
    raise value.with_traceback(tb)


def raise_from(value, from_value):
    raise value from from_value


__getattr__ = _missing("six")
