"""``theano.printing``: debugprint with Theano's parameters and byte-identical text."""
from rngscope.printing.debugprint import char_from_number, debugprint  # noqa: F401

__all__ = ["debugprint"]
