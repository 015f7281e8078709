"""sort, argsort, cumsum, cumprod, argmin / MaxAndArgmax and the erf family: values and dtypes
against numpy and scipy, printed op names as Theano 1.0.5 prints them, gradients against
central finite differences, and the three modes agreeing."""
from __future__ import annotations

import numpy as np
import pytest
import scipy.special

from numeric import central_difference
from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.compile.verify_grad import verify_grad
from rngscope.graph.basic import nodes_between
from rngscope.tensor import basic as T
from rngscope.tensor import extra_ops, nnet, special
from rngscope.tensor.gradient import grad

MODES = ("FAST_RUN", "FAST_COMPILE", UNOPTIMIZED)
M = np.array([[0.3, -1.2, 2.0], [1.5, 0.7, -0.4]])
V = np.array([0.9, -0.3, 0.45, 0.1])


def _ops(f):
    return [str(n.op) for n in f.maker.fgraph.toposort()]



@pytest.mark.parametrize("mode", MODES)
def test_sort_and_argsort_match_numpy(mode):
    m, v = T.dmatrix("m"), T.dvector("v")
    f = function([m, v], [extra_ops.sort(m), extra_ops.sort(m, axis=0), extra_ops.sort(m, axis=None),
                          extra_ops.argsort(v), v.sort(), m.argsort(axis=0)], mode=mode)
    out = f(M, V)
    expected = [np.sort(M), np.sort(M, axis=0), np.sort(M, axis=None), np.argsort(V), np.sort(V),
                np.argsort(M, axis=0)]
    for got, want in zip(out, expected):
        np.testing.assert_array_equal(got, want)
        assert got.dtype == want.dtype
    assert out[3].dtype == np.int64


def test_sort_prints_as_theano_with_its_axis_as_an_input():
    v = T.dvector("v")
    node = extra_ops.sort(v).owner
    assert str(node.op) == "SortOp{quicksort, None}" and str(node.inputs[1]) == "TensorConstant{-1}"
    assert str(extra_ops.argsort(v).owner.op) == "ArgSortOp{quicksort, None}"


@pytest.mark.parametrize("axis", [None, 0, 1, -1])
def test_cumsum_and_cumprod_match_numpy(axis):
    m = T.dmatrix("m")
    f = function([m], [extra_ops.cumsum(m, axis), extra_ops.cumprod(m, axis), m.cumsum(axis)])
    a, b, c = f(M)
    np.testing.assert_array_equal(a, np.cumsum(M, axis=axis))
    np.testing.assert_array_equal(b, np.cumprod(M, axis=axis))
    np.testing.assert_array_equal(c, a)
    assert str(extra_ops.cumsum(m, axis).owner.op) == f"CumOp{{{axis}, add}}"


def test_cumop_rejects_an_axis_out_of_bounds():
    with pytest.raises(ValueError, match=r"axis\(=2\) out of bounds"):
        extra_ops.cumsum(T.dmatrix(), 2)


@pytest.mark.parametrize("build", [
    lambda m: T.sum(extra_ops.sort(m) * np.array([1.0, 2.0, 3.0])),
    lambda m: T.sum(extra_ops.sort(m, axis=0) * np.array([[1.0], [5.0]])),
    lambda m: extra_ops.sort(m.flatten())[4] * 3.0,
    lambda m: T.sum(extra_ops.cumsum(m, 1) ** 2),
    lambda m: T.sum(extra_ops.cumsum(m) * np.arange(6.0)),
    lambda m: T.sum(extra_ops.cumprod(m + 3.0, 0) * np.array([[1.0], [2.0]])),
    lambda m: T.sum(extra_ops.cumprod(m + 3.0)),
], ids=["sort", "sort_axis0", "sort_flat_pick", "cumsum1", "cumsum_flat", "cumprod0", "cumprod_flat"])
@pytest.mark.parametrize("mode", MODES)
def test_gradients_match_finite_differences(build, mode):
    m = T.dmatrix("m")
    cost = build(m)
    f_cost = function([m], cost, mode=mode)
    g = function([m], grad(cost, m), mode=mode)(M)
    np.testing.assert_allclose(g, central_difference(f_cost, M), rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("mode", MODES)
def test_argmin_and_argmax_over_axes(mode):
    m = T.dmatrix("m")
    f = function([m], [nnet.argmin(m), nnet.argmin(m, axis=0), m.argmax(axis=1, keepdims=True),
                       T.argmax(m, axis=[0, 1]), m.argmin(axis=-1)], mode=mode)
    a, b, c, d, e = f(M)
    assert int(a) == M.argmin() and int(d) == M.argmax()
    np.testing.assert_array_equal(b, M.argmin(axis=0))
    np.testing.assert_array_equal(c, M.argmax(axis=1)[:, None])
    np.testing.assert_array_equal(e, M.argmin(axis=1))
    assert all(r.dtype == np.int64 for r in (a, b, c, d, e))
    assert str(T.argmax(m).owner.op) == "MaxAndArgmax{axis=(0, 1)}"  # as built; compiled: Argmax


def test_max_and_argmax_of_the_same_axes_compile_to_one_node():
    m = T.dmatrix("m")
    f = function([m], [T.max(m, axis=1), T.argmax(m, axis=1)])
    mx, am = f(M)
    np.testing.assert_array_equal(mx, M.max(axis=1))
    np.testing.assert_array_equal(am, M.argmax(axis=1))
    assert _ops(f) == ["MaxAndArgmax{axis=(1,)}"]
    # over other axes they stay apart, and an argmax alone stays an Argmax
    g = function([m], [T.max(m, axis=0), T.argmax(m, axis=1)])
    assert sorted(_ops(g)) == ["Argmax{axis=(1,)}", "Reduce{maximum}{0}"]


def test_integer_ranges_are_int64():
    assert nnet.arange(3).dtype == "int64" and nnet.arange(1, 7, 2).dtype == "int64"
    assert nnet.arange(T.iscalar()).dtype == "int64" and nnet.arange(2.5).dtype == "float32"


@pytest.mark.parametrize("mode", MODES)
def test_erf_family_values_dtypes_and_the_one_plus_erf_rewrite(mode):
    v, f32 = T.dvector("v"), T.fvector("f")
    outs = [special.erf(v), special.erfc(v), special.erfinv(v * 0.5), special.erfcinv(v * 0.5 + 1.0),
            0.5 * (1 + special.erf(v)), special.erf(f32)]
    got = function([v, f32], outs, mode=mode)(V, V.astype("float32"))
    expected = [scipy.special.erf(V), scipy.special.erfc(V), scipy.special.erfinv(V * 0.5),
                scipy.special.erfcinv(V * 0.5 + 1.0), 0.5 * scipy.special.erfc(-V)]
    for g, e in zip(got, expected):
        np.testing.assert_allclose(g, e, rtol=1e-15)
    assert got[5].dtype == np.float32
    names = " ".join(_ops(function([v], 0.5 * (1 + special.erf(v)))))
    assert "erfc" in names and "erf(" not in names


@pytest.mark.parametrize("fn, lo, hi", [(special.erf, -2, 2), (special.erfc, -2, 2),
                                        (special.erfinv, -0.9, 0.9), (special.erfcinv, 0.1, 1.9)])
def test_erf_family_gradients_match_finite_differences(fn, lo, hi):
    v = T.dvector("v")
    x = np.linspace(lo, hi, 5)
    cost = T.sum(fn(v) * np.arange(1.0, 6.0))
    g = function([v], grad(cost, v))(x)
    np.testing.assert_allclose(g, central_difference(function([v], cost), x), rtol=1e-6, atol=1e-7)


def test_nonzero_family_matches_numpy():
    m = T.dmatrix("m")
    got = function([m], [*extra_ops.nonzero(m), extra_ops.nonzero(m, return_matrix=True),
                         extra_ops.flatnonzero(m), extra_ops.nonzero_values(m), m[extra_ops.nonzero(m > 1)]])(M)
    expected = [*np.nonzero(M), np.vstack(np.nonzero(M)), np.flatnonzero(M), M[np.nonzero(M)],
                M[np.nonzero(M > 1)]]
    for g, e in zip(got, expected):
        np.testing.assert_array_equal(g, e)
        assert g.dtype == e.dtype
    empty = function([m], extra_ops.nonzero(m, return_matrix=True))(np.zeros((2, 2)))
    assert empty.shape == (2, 0) and empty.dtype == np.int64
    with pytest.raises(ValueError, match="Nonzero only supports non-scalar arrays."):
        extra_ops.nonzero(T.dscalar())


def test_bincount_counts_weights_and_minlength():
    from rngscope.compile.function import function
    from rngscope.tensor.extra_ops import bincount

    y, w = T.ivector("y"), T.dvector("w")
    f = function([y, w], [bincount(y), bincount(y, weights=w, minlength=6)])
    counts, weighted = f(np.array([0, 3, 1, 1], dtype="int32"), np.array([0.5, 1.0, 2.0, 4.0]))
    assert counts.tolist() == [1, 2, 0, 1] and counts.dtype == np.int32
    assert weighted.tolist() == [0.5, 6.0, 0.0, 1.0, 0.0, 0.0]


def test_unique_gives_numpys_outputs_in_its_order():
    from rngscope.compile.function import function
    from rngscope.tensor.extra_ops import Unique

    y = T.ivector("y")
    values, index, inverse, counts = function([y], Unique(True, True, True)(y))(
        np.array([3, 1, 3, 2], dtype="int32"))
    assert values.tolist() == [1, 2, 3] and index.tolist() == [1, 3, 0]
    assert inverse.tolist() == [2, 0, 2, 1] and counts.tolist() == [1, 1, 2]
    assert str(Unique(axis=1)) == "Unique{return_index=False, return_inverse=False, return_counts=False, axis=1}"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("side", ["left", "right"])
def test_searchsorted_matches_numpy(mode, side):
    s, v, srt = T.dvector("s"), T.dmatrix("v"), T.lvector("srt")
    f = function([s, v, srt], [extra_ops.searchsorted(s, v, side=side),
                               extra_ops.searchsorted(s, v, side=side, sorter=srt),
                               s.searchsorted(0.45, side=side)], mode=mode)
    base = np.array([-0.3, 0.1, 0.45, 0.45, 0.9])
    shuffled = base[[3, 0, 4, 1, 2]]
    sorter = np.argsort(shuffled)
    plain, _, method = f(base, M, sorter)
    np.testing.assert_array_equal(plain, np.searchsorted(base, M, side=side))
    np.testing.assert_array_equal(f(shuffled, M, sorter)[1], np.searchsorted(shuffled, M, side, sorter))
    assert plain.dtype == np.int64 and int(method) == np.searchsorted(base, 0.45, side)


def test_searchsorted_refuses_what_theano_refuses():
    s, v, m = T.dvector("s"), T.dvector("v"), T.dmatrix("m")
    with pytest.raises(ValueError, match="'middle' is an invalid value for keyword 'side'"):
        extra_ops.searchsorted(s, v, side="middle")
    with pytest.raises(ValueError) as caught:
        extra_ops.searchsorted(m, v)
    assert caught.value.args == ("TensorType could not be cast to have 1 dimensions", m.type)
    with pytest.raises(TypeError, match="sorter must be an integer vector"):
        extra_ops.searchsorted(s, v, sorter=v)


def test_searchsorted_gradient_is_zero():
    s, v = T.dvector("s"), T.dvector("v")
    cost = T.cast(extra_ops.searchsorted(s, v), "float64").sum() + (s * v[0]).sum()
    gs, gv = function([s, v], grad(cost, [s, v]))(np.array([1.0, 2.0]), np.array([1.5, 0.0]))
    np.testing.assert_array_equal(gs, [1.5, 1.5])
    np.testing.assert_array_equal(gv, [3.0, 0.0])


@pytest.mark.parametrize("mode", MODES)
def test_permute_row_elements_and_inverse_permutation_match_numpy(mode):
    x, p, P, v = T.dmatrix("x"), T.lvector("p"), T.lmatrix("P"), T.dvector("v")
    f = function([x, p, P, v], [extra_ops.permute_row_elements(x, p),
                                extra_ops.permute_row_elements(x, P),
                                extra_ops.permute_row_elements(v, P, inverse=True),
                                extra_ops.inverse_permutation(p),
                                extra_ops.inverse_permutation(P)], mode=mode)
    pv, Pv, vv = np.array([2, 0, 1]), np.array([[1, 2, 0], [0, 2, 1]]), np.array([5.0, 6.0, 7.0])
    rows, per_row, spread, inv, inv_rows = f(M, pv, Pv, vv)
    np.testing.assert_array_equal(rows, M[:, pv])
    np.testing.assert_array_equal(per_row, np.take_along_axis(M, Pv, 1))
    for k in range(2):
        np.testing.assert_array_equal(spread[k][Pv[k]], vv)
        np.testing.assert_array_equal(inv_rows[k], np.argsort(Pv[k]))
    np.testing.assert_array_equal(inv, np.argsort(pv))


def test_permute_row_elements_builds_as_theano():
    x, p = T.dmatrix("x"), T.lvector("p")
    node = extra_ops.permute_row_elements(x, p).owner
    assert str(node.op) == "PermuteRowElements"
    assert str(node.inputs[1].owner.op) == "InplaceDimShuffle{x,0}"
    assert str(node.inputs[2]) == "TensorConstant{0}"


def test_permute_row_elements_gradient_reads_its_flag_as_true():
    """Theano's grad passes eq(inverse, 0), a variable, which make_node reads as true: the
    gradient is right for a plain permutation (checked by verify_grad), and for an inverse
    one it is the same inverse permutation again (Theano 1.0.5's result)."""
    p = np.array([2, 0, 1])
    verify_grad(lambda x: extra_ops.permute_row_elements(x, p) * x, [M], rng=np.random.RandomState(0))
    x = T.dmatrix("x")
    g = function([x], grad(extra_ops.permute_row_elements(x, p, inverse=True).sum(), x))(M)
    np.testing.assert_array_equal(g, np.ones_like(M))


@pytest.mark.parametrize("axis", [0, 1, -1, None])
def test_sorts_gradient_indexes_every_axis_through_a_switch_on_the_axis(axis):
    m = T.dmatrix("m")
    weights = np.arange(6.0).reshape(2, 3) if axis is not None else np.arange(6.0)
    g = grad(T.sum(extra_ops.sort(m, axis=axis) * weights), m)
    switches = [n for n in nodes_between([], [g]) if str(n.op) == "Elemwise{switch,no_inplace}"]
    # one per axis of the sorted tensor, plus the normalised axis of each (one node, shared)
    assert len(switches) == (2 if axis is not None else 1) + 1
    got = function([m], g)(M)
    if axis is None:  # each element gets the weight of its place in the sorted order
        expect = np.zeros(M.size)
        expect[np.argsort(M.ravel())] = weights
        expect = expect.reshape(M.shape)
    else:
        expect = np.take_along_axis(weights, np.argsort(np.argsort(M, axis=axis), axis=axis), axis=axis)
    assert np.allclose(got, expect)
