"""``theano.printing``: debugprint and pp with Theano's parameters and byte-identical text,
and the ``Print`` op that prints a value each time a call computes it."""
from rngscope.compat import missing as _missing
from rngscope.printing.debugprint import char_from_number, debugprint  # noqa: F401
from rngscope.printing.pp import pp, pprint  # noqa: F401
from rngscope.tensor.print_op import Print  # noqa: F401

__all__ = ["Print", "debugprint", "pp", "pprint"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
