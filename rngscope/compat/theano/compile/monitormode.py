"""``theano.compile.monitormode``: the mode that calls a function around every node."""
from rngscope.compat import missing as _missing
from rngscope.compile.monitor import MonitorMode  # noqa: F401

__all__ = ["MonitorMode"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
