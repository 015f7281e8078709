"""A fused expression over small integers, as Theano 1.0.5 without a C compiler computes it:
element by element on Python ints, so nothing wraps until the result is cast to the output
dtype; a lone elementwise op is numpy's ufunc and wraps at once. Recorded with Theano (the
corpus case tensor_small_int_fused_arithmetic); here the rule through compiled functions."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.compile.modes import get_mode
from rngscope.tensor import basic as T
from rngscope.tensor.scalar import Composite

B = np.array([5, 7, -3, 127, -128], dtype="int8")


def _fused(f):
    return [n for n in f.fgraph.toposort() if isinstance(getattr(n.op, "scalar_op", None), Composite)]


@pytest.mark.parametrize("dtype", ["int8", "int16", "uint8", "int32"])
def test_a_fused_expression_wraps_only_in_its_final_cast(dtype):
    x = T.TensorType(dtype, (False,))("x")
    f = function([x], (x * 100) // 3 + x)
    assert _fused(f)
    values = np.array([5, 7, 3, 120, 0], dtype=dtype)
    exact = (values.astype(np.int64) * 100) // 3 + values.astype(np.int64)
    out = f(values)
    assert out.dtype == f.fgraph.outputs[0].dtype  # (uint8 * 100 is int16, as in Theano)
    assert out.tolist() == exact.astype(out.dtype).tolist()


def test_a_lone_op_wraps_at_each_step_as_numpys_ufunc_does():
    b = T.bvector("b")
    f = function([b], (b * 100) // 3 + b, mode=get_mode("FAST_COMPILE"))
    assert not _fused(f)
    assert f(B).tolist() == ((B * np.int8(100)) // np.int8(3) + B).tolist() == [1, -16, -18, 93, -128]


def test_an_add_of_three_inputs_runs_on_python_ints_even_unfused():
    b = T.bvector("b")
    f = function([b], T.add(b, b, b), mode=get_mode("FAST_COMPILE"))
    assert f(B).tolist() == (B.astype(np.int64) * 3).astype(np.int8).tolist()
