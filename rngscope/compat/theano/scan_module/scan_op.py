"""``theano.scan_module.scan_op``: the Scan op class."""
from rngscope.compat import missing as _missing
from rngscope.compile.scan_op import Scan  # noqa: F401

__all__ = ["Scan"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
