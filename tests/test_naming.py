"""rngscope.naming: the one rule both the session and the replay controller name streams by."""
from __future__ import annotations

import types

from rngscope.naming import ResultNames, bound_names, stream_names


def test_streams_are_named_after_their_variable_or_their_kind_in_creation_order():
    module = types.ModuleType("script")
    rv_u, rv_n, unnamed_a, unnamed_b = object(), object(), object(), object()
    module.rv_u, module.alias_of_rv_u, module.rv_n = rv_u, rv_u, rv_n
    bound = bound_names(module)
    assert stream_names([(rv_u, "uniform"), (unnamed_a, "normal"), (rv_n, "normal"),
                         (unnamed_b, "normal"), (None, None)], bound) == [
        "rv_u.rng", "normal#0.rng", "rv_n.rng", "normal#1.rng", "stream#0.rng"]


def test_no_module_names_nothing():
    assert bound_names(None) == {}


def test_results_are_named_after_their_assignment():
    names = ResultNames("v1 = f()\nnz_u, nz = nearly_zeros()\nshow(f())\n")
    assert names((1, 5, 1, 8), "f", 1) == ("v1", ("v1",))
    assert names((2, 11, 2, 25), "nearly_zeros", 2) == ("nz_u, nz", ("nz_u", "nz"))
    assert names((3, 5, 3, 8), "f", 1) == (None, (None,))
