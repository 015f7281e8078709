"""A recurrence's buffer, however its taps and the reads of its result shrink it, gives the
values the unoptimized graph gives: every mix of initial rows (a known or a symbolic count),
taps, a constant or symbolic number of steps, and the way the result is read."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.compile.scan import scan
from rngscope.tensor import basic as T

INITIAL = {  # name -> (the initial rows, built from three vectors; how many rows)
    "stack2": (lambda x: T.stack(x[:2]), 2),
    "stack3": (lambda x: T.stack(x[:3]), 3),
    "constant3": (lambda x: T.as_tensor_variable(np.arange(6.0).reshape(3, 2)), 3),
    "slice2": (lambda x: T.stack(x[:3])[1:], 2),
    "matrix": (lambda x: x[3], 3),  # a dmatrix input: a symbolic count of rows
}
TAPS = [[-1], [-2, -1], [-3, -1], [-2], [-3, -2]]
READS = {
    "all": lambda xs: xs, "last": lambda xs: xs[-1], "last2": lambda xs: xs[-2:],
    "every2": lambda xs: xs[::2], "from1": lambda xs: xs[1:], "reversed": lambda xs: xs[::-1],
    "row1": lambda xs: xs[1], "sum": lambda xs: xs.sum(0), "third_last": lambda xs: xs[-3],
}
CASES = [(i, t, r, s) for i, t, r, s in itertools.product(INITIAL, TAPS, READS, ("4", "n"))
         if -min(t) <= INITIAL[i][1]]


def _step(*taps):
    return sum(taps) * 0.5 if len(taps) > 1 else taps[0] * 0.9 + 0.25


@pytest.mark.parametrize("initial, taps, read, steps", CASES,
                         ids=[f"{i}-{'_'.join(map(str, t))}-{r}-{s}" for i, t, r, s in CASES])
def test_compiled_and_unoptimized_loops_agree(initial, taps, read, steps):
    x = [T.dvector("x0"), T.dvector("x1"), T.dvector("x2"), T.dmatrix("m")]
    n = T.iscalar("n")
    xs, _ = scan(_step, outputs_info=[dict(initial=INITIAL[initial][0](x), taps=taps)],
                 n_steps=4 if steps == "4" else n)
    inputs = x + ([n] if steps == "n" else [])
    args = [np.ones(2), np.full(2, 2.0), np.full(2, 3.0), np.arange(6.0).reshape(3, 2) - 1]
    args += [4] if steps == "n" else []
    out = READS[read](xs)
    fast = function(inputs, out, on_unused_input="ignore")(*args)
    slow = function(inputs, out, on_unused_input="ignore", mode=UNOPTIMIZED)(*args)
    assert fast.shape == slow.shape and np.array_equal(fast, slow)
