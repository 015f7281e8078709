"""The arrays a compiled function returns are the script's to write into, laid out as Theano
1.0.5 lays them out: C-ordered fresh arrays, never a read-only broadcast view (a fill or an
alloc) or a copy in its input's transposed layout. Recorded with Theano (the corpus case
function_output_arrays_layout_and_writes); here the rule per op."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.compile.modes import get_mode
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad

x, m = T.dvector("x"), T.dmatrix("m")
VALUES = {x: np.arange(3.0), m: np.arange(6.0).reshape(2, 3)}

CASES = {
    "ones_like": ([x], lambda: T.ones_like(x)),
    "zeros_like": ([m], lambda: T.zeros_like(m)),
    "fill": ([x], lambda: T.fill(x, 3.0)),
    "second": ([x, m], lambda: T.second(m, x)),
    "grad_of_sum": ([x], lambda: grad(T.sum(x), x)),
    "alloc": ([x], lambda: T.alloc(2.0, x.shape[0], 3)),
    "row_plus_zeros": ([x, m], lambda: x.dimshuffle("x", 0) + T.zeros_like(m)),
    "transpose": ([m], lambda: m.T),
}


@pytest.mark.parametrize("mode", ["FAST_RUN", "FAST_COMPILE"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_an_output_is_a_writable_c_ordered_array_of_its_own(name, mode):
    inputs, build = CASES[name]
    f = function(inputs, build(), mode=get_mode(mode))
    out = f(*[VALUES[v] for v in inputs])
    assert out.flags.writeable and out.flags.owndata and out.flags.c_contiguous
    assert not any(np.shares_memory(out, v) for v in VALUES.values())
    out[(0,) * out.ndim] = 9.0  # the script may write into it
