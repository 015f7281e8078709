"""``theano.printing.min_informative_str``: Theano 1.0.5's text (the corpus case checks it
against the recording), iterative over deep graphs."""
from __future__ import annotations

import numpy as np

from rngscope.printing.debugprint import char_from_number
from rngscope.printing.min_informative import min_informative_str
from rngscope.tensor import basic as T


def test_a_named_variable_stops_the_expansion_and_a_repeat_prints_its_tag():
    x = T.dvector("x")
    h = T.tanh(x)
    h.name = "h"
    y = h * h + T.exp(x)
    assert min_informative_str(y) == """\
A. Elemwise{add,no_inplace}
 B. Elemwise{mul,no_inplace}
  C. h
  <C>
 D. Elemwise{exp,no_inplace}
  E. x"""


def test_indent_level_ndarray_and_a_plain_object():
    x = T.dvector("x")
    assert min_informative_str(x, indent_level=2) == "  A. x"
    assert min_informative_str(np.ones(2)) == "A. <ndarray>"
    assert min_informative_str(3) == "A. 3"


def test_tags_go_past_z_in_base_26():
    x = T.dvector("x")
    y = x
    for _ in range(27):
        y = T.exp(y)
    lines = min_informative_str(y).split("\n")
    assert [line.split(".")[0].strip() for line in lines[25:]] == ["Z", "BA", "BB"]


def test_a_chain_far_deeper_than_pythons_recursion_limit_prints():
    # the text indents each level one space more, so it grows as the square of the depth
    # (5,000 levels: 25 MB; 100,000 would be 10 GB): the walk itself is iterative
    depth = 5_000
    x = T.dscalar("x")
    y = x
    for _ in range(depth):
        y = y + 1.0
    lines = min_informative_str(y).split("\n")
    # each add, then its first input one space deeper, down to x; the second inputs follow
    # on the way back up: the constant 1.0, met first at the bottom, then by its tag
    assert len(lines) == 2 * depth + 1
    assert lines[depth] == " " * depth + char_from_number(depth) + ". x"
    assert lines[depth + 1] == " " * depth + char_from_number(depth + 1) + ". TensorConstant{1.0}"
    assert lines[-1] == " <" + char_from_number(depth + 1) + ">"
