"""``~`` inside a fused expression, as Theano 1.0.5 without a C compiler computes it: element
by element on Python objects, where ``~`` of a Python bool is arithmetic (``~True`` is -2)
and ``~`` of numpy's bool (what a comparison gives) is logical. Recorded with Theano (the
corpus case tensor_isclose_inverted_bool_masks); here the rule on single programs."""
from __future__ import annotations

import numpy as np

from rngscope.tensor import scalar as scal
from rngscope.tensor.scalar import Composite, _python_bool_steps

BOOLS = np.array([True, False])


def _run(program, *inputs):
    composite = Composite(program=tuple(program), nin=len(inputs), out_dtype_="bool")
    return np.asarray(composite.impl(*inputs)).astype(bool).tolist()


def test_invert_of_a_bool_input_is_arithmetic_so_always_true():
    assert _run([(scal.invert, (("i", 0),))], BOOLS) == [True, True]


def test_invert_of_an_or_of_bool_inputs_is_arithmetic_too():
    program = [(scal.or_, (("i", 0), ("i", 1))), (scal.invert, (("t", 0),))]
    assert _python_bool_steps(program, (0, 1)) == {0}
    assert _run(program, BOOLS, np.array([False, False])) == [True, True]


def test_invert_of_a_comparison_is_logical():
    program = [(scal.lt, (("i", 0), ("i", 1))), (scal.invert, (("t", 0),))]
    assert _python_bool_steps(program, ()) == set()
    assert _run(program, np.array([0.1, 0.9]), np.array([0.5, 0.5])) == [False, True]


def test_a_comparison_mixed_into_the_or_makes_it_numpys_bool_again():
    program = [(scal.lt, (("i", 1), ("i", 2))), (scal.or_, (("i", 0), ("t", 0))),
               (scal.invert, (("t", 1),))]
    assert _python_bool_steps(program, (0,)) == set()
    assert _run(program, np.array([False, False]), np.array([0.1, 0.9]), np.array([0.5, 0.5])) == [False, True]
