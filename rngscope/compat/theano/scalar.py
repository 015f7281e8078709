"""``theano.scalar``: the dtype upcast rule scripts call (``theano.scalar.upcast``)."""
from rngscope.compat import missing as _missing
from rngscope.graph.types import upcast  # noqa: F401

__all__ = ["upcast"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
