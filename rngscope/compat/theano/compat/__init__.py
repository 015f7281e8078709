"""``theano.compat``: Theano's Python 2/3 helpers, as its Python 3 branch defines them (model
code imports OrderedDict or izip from here)."""
from collections import OrderedDict  # noqa: F401
from collections.abc import (  # noqa: F401
    Callable, Iterable, Mapping, MutableMapping as DictMixin, ValuesView,
)
from importlib import reload  # noqa: F401
from io import BytesIO  # noqa: F401
from operator import truediv as operator_div  # noqa: F401

from rngscope.compat import missing as _missing

PY3 = True
izip = zip
imap = map
ifilter = filter
next = next


def b(s):
    """``s`` as latin-1 bytes (six.b)."""
    return s.encode("latin-1")


def cmp(x, y):
    """Return -1 if x < y, 0 if x == y, 1 if x > y."""
    return (x > y) - (x < y)


def decode(x):
    return x.decode()


__all__ = ["BytesIO", "Callable", "DictMixin", "Iterable", "Mapping", "OrderedDict", "PY3",
           "ValuesView", "b", "cmp", "decode", "ifilter", "imap", "izip", "next",
           "operator_div", "reload"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
