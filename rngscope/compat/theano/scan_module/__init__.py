"""``theano.scan_module``: scan and its helpers (``until``: a step's stopping condition)."""
from rngscope.compat import missing as _missing
from rngscope.compat.theano.scan_module import scan_op  # noqa: F401
from rngscope.compile.scan import foldl, foldr, map, reduce, scan, until  # noqa: F401

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
