"""The copy that breaks an output's aliasing is a ViewOp where Theano 1.0.5's insert_deepcopy
lets the function hand back its own buffer, else a DeepCopyOp: both aliasing outputs
borrowed, or the output and the input it aliases (shared variables are borrowed, a constant
counts as borrowed). A loop's step borrows its step outputs. Recorded: the corpus cases
function_out_in_borrow_viewop and debugprint_scan_grad_taps_truncate_viewop."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import In, Out, function
from rngscope.shared import shared
from rngscope.tensor import basic as T
from rngscope.tensor.shape_ops import DeepCopyOp, ViewOp

x = T.dvector("x")
W = shared(np.arange(3.0), name="W")


def _copies(f):
    return [type(o.owner.op).__name__ for o in f.fgraph.outputs
            if o.owner is not None and isinstance(o.owner.op, (DeepCopyOp, ViewOp))]


@pytest.mark.parametrize("inputs, outputs, copies", [
    ([x], Out(x, borrow=True), ["DeepCopyOp"]),
    ([In(x, borrow=True)], Out(x, borrow=True), ["ViewOp"]),
    ([In(x, borrow=True)], x, ["DeepCopyOp"]),
    ([], Out(W, borrow=True), ["ViewOp"]),
    ([], W, ["DeepCopyOp"]),
    ([x], [Out(x * 2, borrow=True), Out(x * 2, borrow=True)], ["ViewOp"]),
    ([x], [Out(x * 2, borrow=True), x * 2], ["DeepCopyOp"]),
    ([], Out(T.constant(np.ones(2)), borrow=True), ["ViewOp"]),
], ids=["out", "in-and-out", "in", "shared-out", "shared", "two-borrowed", "one-borrowed", "constant"])
def test_the_copy_is_a_view_where_both_sides_are_borrowed(inputs, outputs, copies):
    f = function(inputs, outputs)
    assert _copies(f) == copies
    args = [np.arange(3.0)] * len(inputs)
    result = f(*args)
    first = result[0] if isinstance(result, list) else result
    if outputs is not None and getattr(outputs, "variable", None) is x and copies == ["ViewOp"]:
        assert np.shares_memory(first, args[0])  # the function handed back the argument's buffer
    elif copies == ["DeepCopyOp"]:
        assert not any(np.shares_memory(first, a) for a in args + [W.get_value(borrow=True)])
