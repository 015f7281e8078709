"""Shapes the compiler infers and the rewrites that read them: slices of allocations made
smaller allocations (Theano's local_subtensor_of_alloc), a reshape's sizes (Reshape.infer_shape
and the eq(shape, -1) comparisons it leaves), the rows of a loop's output not fed back read
from its step (Scan.infer_shape), and the constant merge Theano gives fresh index
arithmetic (pre_constant_merge)."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rngscope.compile.fgraph import FunctionGraph
from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED, attach_shapes
from rngscope.compile.rewrites.shape import subtensor_of_alloc
from rngscope.compile.rewrites.slices import merge_constants
from rngscope.compile.scan import Scan, scan
from rngscope.graph.basic import Constant
from rngscope.tensor import basic as T
from rngscope.tensor.alloc import Alloc
from rngscope.tensor.shape_ops import Reshape, Shape_i, Subtensor
from rngscope.tensor.variable import fresh_constants

bounds = st.one_of(st.none(), st.integers(-6, 6))
steps = st.one_of(st.none(), st.integers(-3, 3).filter(lambda s: s != 0))


def _ops(f, cls):
    return [n for n in f.fgraph.toposort() if isinstance(n.op, cls)]


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 5), bounds, bounds, steps, st.booleans())
def test_a_slice_of_an_allocation_is_a_smaller_allocation_of_the_same_rows(
        rows, a, b, c, symbolic):
    n = T.lscalar("n")
    s = [T.lscalar(name) for name in "abc"]
    values = [a, b, c]
    entry = [None if v is None else (s[k] if symbolic else v) for k, v in enumerate(values)]
    out = T.alloc(np.float64(1.5), n, 2)[entry[0]:entry[1]:entry[2]]
    inputs = [n] + ([x for x, v in zip(s, values) if v is not None] if symbolic else [])
    f = function(inputs, out)
    args = [rows] + ([v for v in values if v is not None] if symbolic else [])
    expected = np.full((rows, 2), 1.5)[a:b:c]
    assert np.array_equal(f(*args), expected)
    assert not any(isinstance(node.inputs[0].owner.op, Alloc) for node in _ops(f, Subtensor)
                   if node.inputs[0].owner is not None)


def test_a_slice_of_an_allocation_sizes_it_with_zeros_of_its_own():
    """Theano builds the canonical form of ``alloc(v, n)[:k]`` with its constant cache off:
    each 0 of ``switch(k < 0, switch(k + n < 0, 0, k + n), min(k, n)) - 0`` is its own
    object until a merge, so a fusion before that merge reads four inputs (the scalar
    RNN's BPTT over a sequence of symbolic length)."""
    n, k = T.lscalar("n"), T.lscalar("k")
    node = T.alloc(np.float64(0.0), n)[:k].owner
    (out,) = subtensor_of_alloc(node, None)
    zeros, stack, seen = [], [out.owner.inputs[1]], set()
    while stack:
        v = stack.pop()
        if id(v) in seen:
            continue
        seen.add(id(v))
        if isinstance(v, Constant) and np.asarray(v.data).tolist() == 0:
            zeros.append(v)
        elif v.owner is not None:
            stack.extend(v.owner.inputs)
    assert len(zeros) == 4


def test_a_row_of_an_allocation_drops_the_axis_and_keeps_the_value():
    v = T.dvector("v")
    f = function([v], T.zeros((5, v.shape[0]))[2] + v)
    assert not _ops(f, Subtensor)
    assert f(np.array([1.0, 2.0])).tolist() == [1.0, 2.0]


def test_a_reshape_to_rows_and_minus_one_keeps_the_rows_of_its_input():
    x = T.dmatrix("x")
    f = function([x], x.reshape((x.shape[0], -1)).shape[0])
    assert not _ops(f, Reshape)  # eq(Shape_i{0}(x), -1) folded, the switch gone
    assert int(f(np.zeros((3, 4)))) == 3


def test_a_constant_reshape_with_minus_one_divides_the_input_size():
    x = T.dmatrix("x")
    f = function([x], x.reshape((2, -1)).shape)
    assert not _ops(f, Reshape)
    assert f(np.zeros((3, 4))).tolist() == [2, 6]


def test_a_shape_compared_with_a_negative_constant_is_false():
    x = T.dmatrix("x")
    f = function([x], T.eq(x.shape[1], -1))
    assert not _ops(f, Shape_i)  # folded to False: nothing of x is read
    assert int(f(np.zeros((2, 2)))) == 0


def test_the_rows_of_an_output_not_fed_back_are_sized_from_the_step():
    xs = T.dmatrix("xs")
    h0 = T.dvector("h0")
    w2 = T.dmatrix("w2")
    (hs, ys), _ = scan(lambda x, h, w: [T.tanh(x + h), T.dot(T.tanh(x + h), w)],
                       sequences=xs, outputs_info=[h0, None], non_sequences=w2)
    f = function([xs, h0, w2], ys.shape[1])
    assert not _ops(f, Scan)  # the size is w2's columns: the loop need not run
    args = (np.ones((3, 2)), np.zeros(2), np.ones((2, 5)))
    assert int(f(*args)) == 5
    g = function([xs, h0, w2], ys)
    assert g(*args).shape == (3, 5)


def test_the_count_of_an_output_not_fed_back_is_an_int64_constant_of_its_own():
    """n_steps=3 is an int8 constant; the loop's shape gives its outputs not fed back an
    int64 constant 3 (Theano's ShapeFeature.on_import), not Cast{int64}(3), so the merge can
    make it the kept 3 (conformance case debugprint_scan_nit_sot_count_shape)."""
    from rngscope.compile.fgraph import FunctionGraph
    from rngscope.compile.rewriter import Context
    h0 = T.dvector("h0")
    (hs, ys), _ = scan(lambda h: [T.tanh(h), h * 2], outputs_info=[h0, None], n_steps=3)
    count = ys.owner.inputs[-1]
    assert isinstance(count, Constant) and count.dtype == "int8"
    with fresh_constants():
        rows = Context(FunctionGraph([h0], [ys])).shape_of(ys)[0]
    assert isinstance(rows, Constant) and rows.dtype == "int64" and int(rows.data) == 3
    assert rows is not count


def test_two_sequences_computing_one_value_are_read_as_one():
    x = T.dvector("x")
    h0 = T.dscalar("h0")
    out, _ = scan(lambda a, b, h: h * a + b, sequences=[x * 2.0, x * 2.0], outputs_info=h0)
    f = function([x, h0], out)
    (loop,) = _ops(f, Scan)
    assert loop.op.n_seqs == 1
    reference = function([x, h0], out, mode=UNOPTIMIZED)
    args = (np.array([1.0, -2.0, 0.5]), 0.25)
    assert np.array_equal(f(*args), reference(*args))


def test_pre_constant_merge_replaces_a_constant_only_where_it_is_first_met():
    with fresh_constants():
        one_a, one_b = T.constant(1, dtype="int64"), T.constant(1, dtype="int64")
    i = T.lscalar("i")
    left = i + one_a
    right = i * one_b
    both = left - one_b
    out = T.maximum(both, right)
    merged = merge_constants([out])[0]
    consts = {id(c) for node in (both.owner, right.owner, left.owner)
              for c in node.inputs if isinstance(c, Constant)}
    # depth first, left to right: one_a is met first (in left), one_b is replaced by it
    # where it is first met (in both) and stays itself where it is met again (in right)
    assert merged is out
    assert both.owner.inputs[1] is one_a
    assert right.owner.inputs[1] is one_b
    assert consts == {id(one_a), id(one_b)}


def test_the_crossentropy_gradient_has_its_coding_distributions_shape():
    # Theano's CrossentropyCategorical1HotGrad.infer_shape: the shape of input 1, so the
    # shape of the gradient reads the coding distribution's, never the gradient itself
    from rngscope.tensor import nnet
    p, t = T.dmatrix("p"), T.ivector("t")
    g = nnet.CrossentropyCategorical1HotGrad()(T.dvector("gy"), p, t)
    f = function([p, t, g.owner.inputs[0]], g.shape)
    np.testing.assert_array_equal(f(np.ones((4, 3)) / 3, np.zeros(4, dtype="int32"), np.ones(4)),
                                  [4, 3])
    readers = {str(n.op): n.inputs[0] for n in f.fgraph.toposort() if isinstance(n.op, Shape_i)}
    assert readers and all(v is f.fgraph.inputs[0] for v in readers.values())


def test_an_index_after_an_index_is_one_subtensor():
    # Theano's local_subtensor_merge: an inner Subtensor of indices only merges too,
    # m[0][y] -> m[0, y] (Subtensor{int64, int32})
    m, y = T.dmatrix("m"), T.iscalar("y")
    f = function([m, y], m[0][y])
    assert float(f(np.arange(6.0).reshape(2, 3), 2)) == 2.0
    subs = [n for n in f.fgraph.toposort() if isinstance(n.op, Subtensor)]
    assert len(subs) == 1 and str(subs[0].op) == "Subtensor{int64, int32}"
    assert subs[0].inputs[0] is f.fgraph.inputs[0]


def test_a_remembered_slice_length_with_comparisons_is_stable():
    """A slice's length is a Switch on comparisons (bool) of Shape_i of inputs: a size a
    replacement may keep (Theano's update_shape keeps the replaced variable's), not one read
    from a computation the rewrites may drop."""
    from rngscope.compile.rewriter import _stable

    v = T.dmatrix("v")
    n = Shape_i(0)(v)
    length = T.switch(T.lt(n, 0), 0, T.switch(T.lt(n - 1, n), n - 1, n))
    assert _stable(length, {id(v)})
    assert not _stable(length, set())  # v is no input: its Shape_i may be dropped


def test_a_slice_of_a_dot_is_a_dot_of_slices():
    """dot(h, U)[2:4] -> dot(h, U[:, 2:4]) and dot(M, U)[1, 2:4] -> dot(M[1], U[:, 2:4])
    (Theano's local_subtensor_of_dot: a GRU's gate sliced from one stacked weight)."""
    h, U, M = T.dvector("h"), T.dmatrix("U"), T.dmatrix("M")
    f = function([h, U, M], [T.dot(h, U)[2:4], T.dot(M, U)[1, 2:4]])
    subs = sorted(str(n.op) for n in _ops(f, Subtensor))
    assert subs == ["Subtensor{::, int64:int64:}", "Subtensor{int64}"]
    assert all(n.inputs[0].owner is None for n in _ops(f, Subtensor))  # no slice of a product
    a, b = f(np.arange(2.0), np.arange(12.0).reshape(2, 6), np.arange(4.0).reshape(2, 2))
    assert a.tolist() == [8.0, 9.0] and b.tolist() == [28.0, 33.0]


# ------------------------------------------------------------------ shapes ops state (infer_shape)


def _shape_readers(f):
    """The ops of a compiled ``y.shape``: none of them may run the op whose shape it is."""
    return {type(n.op).__name__ for n in f.fgraph.toposort()}


def test_any_and_all_keep_the_sizes_of_the_axes_they_do_not_reduce():
    """Theano's CAReduce.infer_shape: x.shape of any(x, axis) reads x's sizes."""
    from rngscope.tensor.elementary import all as all_, any as any_
    a = T.dtensor3("a")
    f = function([a], [any_(a, axis=1).shape, all_(a).shape,
                       any_(a, axis=(0, 2), keepdims=True).shape])
    assert not {"Any", "All", "Elemwise"} & _shape_readers(f)
    assert [o.tolist() for o in f(np.zeros((2, 3, 4)))] == [[2, 4], [], [1, 3, 1]]


def test_a_flattened_cumulative_sum_is_as_long_as_the_product_of_the_sizes():
    """Theano's CumOp.infer_shape: axis None is prod(x.shape), a Prod of a MakeVector."""
    from rngscope.tensor.elemwise import Prod
    from rngscope.tensor.extra_ops import CumOp, cumprod, cumsum
    x = T.dmatrix("x")
    f = function([x], [cumsum(x).shape, cumprod(x, axis=1).shape])
    assert not _ops(f, CumOp)
    (prod,) = _ops(f, Prod)
    assert str(prod.inputs[0].owner.op) == "MakeVector{dtype='int64'}"
    assert [o.tolist() for o in f(np.zeros((2, 3)))] == [[6], [2, 3]]


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 4), st.integers(0, 4), st.integers(-5, 5))
def test_a_diagonals_length_is_computed_from_the_matrix_sizes(rows, cols, offset):
    """ExtractDiag.infer_shape: clip(n - offset, 0, m) (or minimum(m, n)), never the op."""
    from rngscope.tensor.diagonals import ExtractDiag, diagonal
    x = T.dmatrix("x")
    f = function([x], diagonal(x, offset).shape)
    assert not _ops(f, ExtractDiag)
    value = np.zeros((rows, cols))
    assert f(value).tolist() == [len(value.diagonal(offset))]


def test_an_allocated_diagonal_is_its_length_plus_the_offset_square():
    from rngscope.tensor.diagonals import AllocDiag, MatrixAllocDiag, diag, matrix_diag
    v = T.dvector("v")
    ys = [diag(v), diag(v, -2), matrix_diag(v)]
    assert [str(y.owner.op) for y in ys] == ["AllocDiag{offset=0, axis1=0, axis2=1}",
                                           "AllocDiag{offset=-2, axis1=0, axis2=1}", "AllocDiag"]
    f = function([v], [y.shape for y in ys])
    assert not _ops(f, (AllocDiag, MatrixAllocDiag))
    assert [o.tolist() for o in f(np.ones(3))] == [[3, 3], [5, 5], [3, 3]]
    m = function([v], ys[1])(np.array([1.0, 2.0]))
    np.testing.assert_array_equal(m, np.diag([1.0, 2.0], -2))


def test_filled_diagonals_keep_the_matrix_shape():
    from rngscope.tensor.diagonals import FillDiagonal, FillDiagonalOffset, fill_diagonal, \
        fill_diagonal_offset
    x, k = T.dmatrix("x"), T.lscalar("k")
    f = function([x, k], [fill_diagonal(x, 1.0).shape, fill_diagonal_offset(x, 1.0, k).shape])
    assert not _ops(f, (FillDiagonal, FillDiagonalOffset))
    assert [o.tolist() for o in f(np.zeros((2, 3)), 1)] == [[2, 3], [2, 3]]


@pytest.mark.parametrize("offset", [-3, -1, 0, 1])
@pytest.mark.parametrize("shape", [(3, 4), (4, 2)])
def test_fill_diagonal_offset_fills_the_diagonal_unwrapped(shape, offset):
    from rngscope.tensor.diagonals import fill_diagonal_offset
    x, k = T.dmatrix("x"), T.lscalar("k")
    f = function([x, k], fill_diagonal_offset(x, 7.0, k))
    want = np.zeros(shape)
    rows, cols = np.indices(shape)
    want[cols - rows == offset] = 7.0
    np.testing.assert_array_equal(f(np.zeros(shape), offset), want)
    # past the last column Theano's walk goes on from a negative count, as recorded
    assert f(np.zeros((4, 2)), 4).tolist() == [[0.0, 0.0], [0.0, 0.0], [7.0, 0.0], [0.0, 0.0]]


def test_a_vector_of_repeats_makes_a_repeat_op_as_long_as_their_sum():
    """RepeatOp.infer_shape: Sum of the counts, along an axis or flattened."""
    from rngscope.tensor.elemwise import Sum
    from rngscope.tensor.linalg import RepeatOp, repeat
    x, r = T.dmatrix("x"), T.lvector("r")
    f = function([x, r], [repeat(x, r, axis=1).shape, repeat(x[0], r).shape])
    assert not _ops(f, RepeatOp) and len(_ops(f, Sum)) == 1
    assert [o.tolist() for o in f(np.zeros((2, 3)), np.array([2, 0, 1]))] == [[2, 3], [3]]


@pytest.mark.parametrize("axis", [None, 0, 1, -1])
def test_a_single_count_repeat_is_an_alloc_reshaped(axis):
    """T.repeat(x, k): alloc(x.dimshuffle(.., 'x', ..), .., k, ..).reshape, no RepeatOp."""
    from rngscope.tensor.linalg import RepeatOp, repeat
    x, k = T.dmatrix("x"), T.lscalar("k")
    y = repeat(x, k, axis=axis)
    assert isinstance(y.owner.op, Reshape) and isinstance(y.owner.inputs[0].owner.op, Alloc)
    f = function([x, k], [y, y.shape])
    assert not _ops(f, RepeatOp)
    value = np.arange(6.0).reshape(2, 3)
    out, shape = f(value, 2)
    np.testing.assert_array_equal(out, np.repeat(value, 2, axis=axis))
    assert shape.tolist() == list(out.shape)


@pytest.mark.parametrize("full", [True, False])
def test_the_shapes_of_an_svd_are_read_from_the_matrix(full):
    """Theano's SVD.infer_shape: s has min(M, N) entries, u and vt square or cut to it."""
    from rngscope.tensor.decompositions import SVD, svd
    x = T.dmatrix("x")
    u, s, vt = svd(x, full_matrices=full)
    f = function([x], [u.shape, s.shape, vt.shape])
    assert not _ops(f, SVD)
    want = [o.shape for o in np.linalg.svd(np.ones((2, 3)), full)]
    assert [tuple(o) for o in f(np.ones((2, 3)))] == want


def test_reductions_and_identities_state_their_shapes():
    """CAReduce.infer_shape for max/min and the product of the non-zero elements; a
    gradient identity and a Ger keep their input's shape."""
    from rngscope.tensor import scalar as scal
    from rngscope.tensor.blas import ScipyGer
    from rngscope.tensor.elemwise import Reduce
    from rngscope.tensor.grad_ops import GradIdentity, ProdWithoutZeros, ZeroGrad
    x, v = T.dmatrix("x"), T.dvector("v")
    outs = [Reduce(scal.maximum, (1,))(x), ProdWithoutZeros((0,))(x), ProdWithoutZeros(None)(x),
            ZeroGrad()(x), ScipyGer()(x, T.constant(1.0), v, v)]
    f = function([x, v], [o.shape for o in outs])
    assert not _ops(f, (Reduce, ProdWithoutZeros, GradIdentity, ScipyGer))
    assert [o.tolist() for o in f(np.ones((2, 2)), np.ones(2))] == [[2], [2], [], [2, 2], [2, 2]]


def test_a_replaced_reshape_keeps_the_size_graph_its_shape_read():
    """Theano's update_shape keeps the replaced Reshape's sizes (an eq(size, -1) switch is
    still size arithmetic): T.tile's y.shape and zeros_like(y)'s Alloc read one graph."""
    from rngscope.tensor.linalg import tile
    v = T.dvector("v")
    y = tile(v, (2, 3))
    f = function([v], [y.shape, T.zeros_like(y) + 1])
    (vector,) = [n for n in f.fgraph.toposort() if str(n.op) == "MakeVector{dtype='int64'}"]
    (alloc,) = _ops(f, Alloc)
    assert alloc.inputs[1:] == vector.inputs
    shape, ones = f(np.array([1.0, 2.0]))
    assert shape.tolist() == [2, 6] and ones.shape == (2, 6)


def test_leading_sizes_one_of_an_alloc_become_a_dimshuffle():
    """Theano's local_canonicalize_alloc: alloc(x, 1, 2, n, m) -> alloc(x, 2, n, m)
    dimshuffled {x,0,1,2}, which a following DimShuffle then absorbs (T.tile(x, (1, 2)))."""
    from rngscope.tensor.elemwise import DimShuffle
    from rngscope.tensor.linalg import tile
    x = T.dmatrix("x")
    f = function([x], tile(x, (1, 2)) * 2)
    (alloc,) = _ops(f, Alloc)
    assert len(alloc.inputs) == 4  # x, 2, rows, columns: the 1 is gone
    (shuffle,) = _ops(f, DimShuffle)
    assert shuffle.op.new_order == ("x", 1, 0, 2)
    value = np.arange(4.0).reshape(2, 2)
    np.testing.assert_array_equal(f(value), np.tile(value, (1, 2)) * 2)


def test_an_alloc_of_a_tensor_of_its_own_type_is_the_tensor():
    """Theano's local_useless_alloc: the sizes are not checked."""
    x = T.dmatrix("x")
    f = function([x], T.alloc(x, 2, 2) * 3)
    assert not _ops(f, Alloc)
    np.testing.assert_array_equal(f(np.ones((2, 2))), np.full((2, 2), 3.0))


def test_canonicalize_alloc_drops_an_alloc_of_its_own_type_as_useless_alloc_does():
    """Theano's local_canonicalize_alloc opens with local_useless_alloc's test: each rule on
    its own returns x for alloc(x, 2, 2) of a matrix x, and leaves alloc(v, 2, 2) of a vector
    to the rest (canonicalize_alloc: no leading size 1 here, so nothing)."""
    from graphs import fgraph
    from rngscope.compile.rewriter import Context
    from rngscope.compile.rewrites import canonical

    x, v = T.dmatrix("x"), T.dvector("v")
    fg = fgraph([x, v], [T.alloc(x, 2, 2), T.alloc(v, 2, 2)])
    own, wider = [o.owner for o in fg.outputs]
    for rule in (canonical.useless_alloc, canonical.canonicalize_alloc):
        assert rule(own, Context(fg)) == [x]
        assert rule(wider, Context(fg)) is None


def test_a_difference_is_n_shorter_along_its_axis():
    """Theano's DiffOp.infer_shape."""
    from rngscope.tensor.extra_ops import DiffOp, diff
    x = T.dmatrix("x")
    f = function([x], [diff(x).shape, diff(x, 2, axis=0).shape, diff(x, 1, 0)])
    assert len(_ops(f, DiffOp)) == 1  # only the value runs the op
    value = np.arange(12.0).reshape(3, 4) ** 2
    last, first, out = f(value)
    assert last.tolist() == [3, 3] and first.tolist() == [1, 4]
    np.testing.assert_array_equal(out, np.diff(value, 1, 0))


def test_an_alloc_that_replaces_a_variable_has_its_shape_as_it_enters():
    """Theano's ShapeFeature infers a new node's shape on import: an Alloc brought in by a
    rewrite keeps the size it read then, though that size is replaced later (here by an
    equal constant), as a loop's buffer shape built from it does."""
    x = T.dvector("x")
    y = T.exp(x)
    fg = FunctionGraph([x], [y * 2])
    attach_shapes(fg)
    four = T.constant(np.int64(4))
    zeros = T.alloc(np.float64(0), four)
    fg.replace(y, zeros)
    assert fg.shapes.known[id(zeros)] == (four,)
    later = T.constant(np.int64(5))
    fg.replace(four, later)
    assert fg.shapes.known[id(zeros)] == (later,)  # the entry follows a replacement of it
