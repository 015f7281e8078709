"""Theano's scalar add is Python's ``sum``, which starts from the integer 0: run element by
element (in a fused Composite, and in an add of three or more inputs) a float sum of -0.0
terms is 0.0, while a two-input Elemwise{add} is numpy's add (-0.0). Recorded with Theano
1.0.5: binary_crossentropy(sigmoid(-40), 0) is -0.0 (its Composite negates a 0.0 sum)."""
from __future__ import annotations

import numpy as np

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.tensor import basic as T
from rngscope.tensor import nnet

NEG = np.array([-0.0, -0.0])
ONE = np.array([1.0, -1.0])


def _signs(values):
    return np.signbit(values).tolist()


def test_a_fused_sum_of_negative_zeros_is_positive_zero():
    a, b, c = T.dvector("a"), T.dvector("b"), T.dvector("c")
    fused, negated = function([a, b, c], [a * b + c, -(a * b + c)])(NEG, ONE, NEG)
    assert _signs(fused) == [False, False] and _signs(negated) == [True, True]


def test_two_input_add_is_numpys_and_three_input_add_is_pythons():
    a, b, c = T.dvector("a"), T.dvector("b"), T.dvector("c")
    two, three = function([a, b, c], [a + b, T.add(a, b, c)], mode=UNOPTIMIZED)(NEG, NEG, NEG)
    assert _signs(two) == [True, True] and _signs(three) == [False, False]


def test_binary_crossentropy_of_a_saturated_sigmoid_is_negative_zero():
    z, t = T.dvector("z"), T.dvector("t")
    out = function([z, t], nnet.binary_crossentropy(T.sigmoid(z), t))(np.array([-40.0]), np.array([0.0]))
    assert _signs(out) == [True]
