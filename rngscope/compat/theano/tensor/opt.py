"""``theano.tensor.opt``: the Assert op the optimizer inserts and scripts use."""
from rngscope.compat import missing as _missing
from rngscope.tensor.assert_op import Assert, assert_op  # noqa: F401

assert_ = assert_op  # Theano's first name for it

__all__ = ["Assert", "assert_", "assert_op"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
