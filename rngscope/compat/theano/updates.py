"""``theano.updates``: the ordered dict of updates ``scan`` returns and scripts build."""
from rngscope.compat import missing as _missing
from rngscope.compile.scan import OrderedUpdates  # noqa: F401

__all__ = ["OrderedUpdates"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
