"""``theano.printing``: debugprint and pp with Theano's parameters and byte-identical text,
``min_informative_str``, and the ``Print`` op that prints a value each time a call computes it."""
from rngscope.compat import missing as _missing
from rngscope.printing import debugprint as _debugprint
from rngscope.printing.debugprint import char_from_number  # noqa: F401
from rngscope.printing.min_informative import min_informative_str  # noqa: F401
from rngscope.printing.pp import pp, pprint  # noqa: F401
from rngscope.tensor.print_op import Print  # noqa: F401

__all__ = ["Print", "debugprint", "min_informative_str", "pp", "pprint"]



def debugprint(obj, *args, **kwargs):
    """Theano's debugprint; like Theano 1.0.5's, it fails on a function whose profile is False
    (compiled with ``profile=False``, or a copy: ``f.copy()`` leaves the copy's profile False),
    which debugprint reads as a profile."""
    if any(getattr(o, "copied", False) or getattr(o, "profile", None) is False
           for o in (obj if isinstance(obj, (list, tuple)) else [obj])):
        raise AttributeError("'bool' object has no attribute 'fct_callcount'")
    return _debugprint.debugprint(obj, *args, **kwargs)


__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
