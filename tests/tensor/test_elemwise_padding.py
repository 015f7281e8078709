"""Elemwise pads a lower-rank input with DimShuffle{x,...} (tensor/elemwise.py); the padding
op is built once per pattern and shared (ops are frozen values), and the graphs built and
compiled with it are the very ones built with a fresh DimShuffle each time."""
from __future__ import annotations

from rngscope.compile.function import function
from rngscope.printing.debugprint import debugprint
from rngscope.tensor import basic as T
from rngscope.tensor import elemwise
from rngscope.tensor.elemwise import DimShuffle


class _Fresh(dict):
    """A padding cache that keeps nothing: every padding builds its DimShuffle afresh."""

    def __setitem__(self, key, value):
        pass


def _compiled_text():
    x, m, s = T.dvector("x"), T.dmatrix("m"), T.dscalar("s")
    y = x
    for i in range(6):
        y = y * 1.0001 if i % 2 == 0 else y + 0.5
    out = T.exp(s) * m + y + 2
    return debugprint(function([x, m, s], [out, y * 3]), file="str")


def test_padding_op_is_shared_and_equal_to_a_fresh_one():
    x = T.dvector("x")
    a, b = (x * 2.0).owner.inputs[1].owner.op, (x + 0.5).owner.inputs[1].owner.op
    assert a is b
    assert a == DimShuffle((), ("x",))
    assert str(a) == "InplaceDimShuffle{x}"


def test_shared_padding_compiles_the_same_graph(monkeypatch):
    shared = _compiled_text()
    monkeypatch.setattr(elemwise, "_PADS", _Fresh())
    assert _compiled_text() == shared
