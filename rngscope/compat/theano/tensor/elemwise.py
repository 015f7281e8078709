"""``theano.tensor.elemwise``: the elementwise, broadcasting and reduction op classes
(for ``isinstance`` checks on a compiled graph's nodes)."""
from rngscope.compat import missing as _missing
from rngscope.tensor.elemwise import DimShuffle, Elemwise, Prod, Sum  # noqa: F401

__all__ = ["DimShuffle", "Elemwise", "Prod", "Sum"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
