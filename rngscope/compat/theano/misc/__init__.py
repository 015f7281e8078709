"""``theano.misc``: only ``pkl_utils`` is served."""
from rngscope.compat import missing as _missing

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
