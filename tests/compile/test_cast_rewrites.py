"""A cast of a cast made one (Theano's local_cast_cast): a widening first cast goes, a
narrowing one stays (it changes values), and an equal pair is one cast."""
from __future__ import annotations

import numpy as np

from rngscope.compile.function import function
from rngscope.compile.rewrites.casts import is_an_upcast
from rngscope.tensor import basic as T


def _ops(f):
    return [str(n.op) for n in f.maker.fgraph.toposort()]


def test_a_widening_cast_in_the_middle_goes():
    n = T.iscalar("n")
    f = function([n], T.cast(T.cast(n, "int64"), "float64") * 2.0)
    assert f(3) == 6.0
    assert _ops(f) == ["Elemwise{Composite{(i0 * Cast{float64}(i1))}}"]


def test_back_to_the_base_dtype_is_the_input_itself():
    n = T.iscalar("n")
    f = function([n], T.cast(T.cast(n, "int64"), "int32") + n)
    assert f(4) == 8 and f(4).dtype == np.int32
    assert _ops(f) == ["Elemwise{add,no_inplace}"]


def test_a_narrowing_cast_in_the_middle_stays():
    x = T.dscalar("x")
    f = function([x], T.cast(T.cast(x, "int8"), "float64"))
    assert f(300.7) == float(np.float64(300.7).astype(np.int8))
    assert _ops(f) == ["Elemwise{Composite{Cast{float64}(Cast{int8}(i0))}}"]


def test_upcasts_follow_theanos_table():
    assert is_an_upcast("int32", "int64") and is_an_upcast("int8", "float32")
    assert not is_an_upcast("int64", "float64")  # same precision rank: not an upcast
    assert not is_an_upcast("float64", "int64") and not is_an_upcast("int64", "int64")


def test_a_mean_over_an_int32_loop_length_reads_the_length_once():
    from rngscope.compile.scan import scan
    n = T.iscalar("n")
    acc, upd = scan(lambda: T.constant(1.5), n_steps=n)
    f = function([n], acc.mean(), updates=upd)
    assert f(3) == 1.5
    assert not any(o == "Elemwise{Cast{int64}}" for o in _ops(f))
