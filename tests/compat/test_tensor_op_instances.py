"""theano.tensor's op instances and extra_ops' index functions, as Theano 1.0.5 names them
(each str as Theano printed it)."""
from __future__ import annotations

import importlib

from rngscope.compat import theano_imports


def test_theano_tensor_serves_the_advanced_indexing_op_instances():
    with theano_imports():
        T = importlib.import_module("theano.tensor")
        subtensor = importlib.import_module("theano.tensor.subtensor")
    shown = {name: str(getattr(T, name)) for name in (
        "advanced_inc_subtensor1", "advanced_set_subtensor1", "advanced_subtensor1")}
    assert shown == {"advanced_inc_subtensor1": "AdvancedIncSubtensor1{no_inplace,inc}",
                     "advanced_set_subtensor1": "AdvancedIncSubtensor1{no_inplace,set}",
                     "advanced_subtensor1": "AdvancedSubtensor1"}
    assert T.advanced_inc_subtensor1 is subtensor.advanced_inc_subtensor1
    assert T.advanced_subtensor is subtensor.advanced_subtensor


def test_extra_ops_index_functions_are_served_in_both_modules():
    with theano_imports():
        T = importlib.import_module("theano.tensor")
        extra_ops = importlib.import_module("theano.tensor.extra_ops")
    for name in ("unravel_index", "ravel_multi_index", "bartlett"):
        assert getattr(T, name) is getattr(extra_ops, name)
    assert extra_ops.UnravelIndex.__name__ == "UnravelIndex"
