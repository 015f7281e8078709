"""Join: its shape is known without running it, and numpy's mismatch message is Theano's;
its gradient is a Split, as Theano's."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.tensor import basic as T
from rngscope.tensor.grad_ops import inc_subtensor, set_subtensor
from rngscope.tensor.gradient import grad
from rngscope.tensor.elementary import split
from rngscope.tensor.shape_ops import Split


def test_the_shape_of_a_join_is_computed_without_the_join():
    x, y = T.dmatrix("x"), T.dmatrix("y")
    f = function([x, y], T.join(0, x, y).shape)
    assert f(np.ones((5, 4)), np.ones((3, 3))).tolist() == [8, 4]
    assert "Join" not in [str(n.op) for n in f.maker.fgraph.toposort()]
    g = function([x, y], T.join(1, x, y, x).shape)
    assert g(np.ones((2, 4)), np.ones((2, 1))).tolist() == [2, 9]


def test_a_mismatched_join_says_what_numpy_1_23_said():
    x, y = T.dmatrix("x"), T.dmatrix("y")
    with pytest.raises(ValueError, match=r"^all the input array dimensions for the concatenation axis "
                                         r"must match exactly, but along dimension 1"):
        function([x, y], T.join(0, x, y))(np.ones((5, 4)), np.ones((3, 3)))


def test_split_cuts_along_an_axis_and_checks_its_lengths():
    x, splits = T.dmatrix("x"), T.lvector("splits")
    a, b = Split(2)(x, T.constant(1), splits)
    f = function([x, splits], [a, b])
    left, right = f(np.arange(6.0).reshape(2, 3), np.array([1, 2]))
    assert left.tolist() == [[0.0], [3.0]] and right.tolist() == [[1.0, 2.0], [4.0, 5.0]]
    with pytest.raises(ValueError, match="The splits sum to 2, expected 3"):
        f(np.ones((2, 3)), np.array([1, 1]))
    assert str(a.owner.op) == "Split{2}" and a.type == x.type


def test_the_gradient_of_a_join_is_a_split_with_only_the_changed_broadcast_flags():
    """Theano's Join.grad: Split{n} of the output gradient; a piece whose input had a
    broadcastable axis is rebroadcast on that axis alone (Rebroadcast{?,1})."""
    a, b = T.dvector("a"), T.dvector("b")
    cost = T.sum(T.stack([a, b], axis=1)[:, 1] * 3.0)
    f = function([a, b], grad(cost, [a, b]))
    ops = [str(n.op) for n in f.maker.fgraph.toposort()]
    assert "Split{2}" in ops and "Rebroadcast{?,1}" in ops
    ga, gb = f(np.ones(3), np.ones(3))
    assert ga.tolist() == [0.0, 0.0, 0.0] and gb.tolist() == [3.0, 3.0, 3.0]


def test_the_gradient_of_a_split_joins_its_pieces_back():
    x = T.dvector("x")
    a, b = Split(2)(x, T.constant(0), T.constant(np.array([2, 1])))
    f = function([x], grad(T.sum(a * 2.0), x))
    assert f(np.ones(3)).tolist() == [2.0, 2.0, 0.0]
    g = function([x], grad(T.sum(a * 2.0) + T.sum(b ** 2), x))
    assert g(np.array([1.0, 1.0, 3.0])).tolist() == [2.0, 2.0, 6.0]


def test_rebroadcast_keeps_only_the_flags_it_changes():
    row = T.dmatrix("m").dimshuffle(0, 1)
    assert T.patternbroadcast(row, (False, False)) is row
    assert str(T.patternbroadcast(row, (False, True)).owner.op) == "Rebroadcast{?,1}"
    assert str(T.addbroadcast(row, 0).owner.op) == "Rebroadcast{1}"


def test_two_rebroadcasts_become_one_and_a_useless_one_goes():
    # Theano's apply_rebroadcast_opt as a graph is built: set_subtensor of an unbroadcast
    # row into a buffer of one row gives the row itself.
    m = T.dmatrix("m")
    row = T.dvector("v").dimshuffle("x", 0)
    unbroadcast = T.unbroadcast(row, 0)
    assert str(unbroadcast.owner.op) == "Rebroadcast{0}"
    assert T.addbroadcast(unbroadcast, 0) is row
    twice = T.addbroadcast(T.unbroadcast(m, 1), 0)
    assert str(twice.owner.op) == "Rebroadcast{1}" and twice.owner.inputs[0] is m


def test_alloc_empty_of_the_rows_of_a_broadcasting_axis_broadcasts():
    from rngscope.tensor.grad_ops import expand_empty
    row = T.unbroadcast(T.dvector("v").dimshuffle("x", 0), 0)
    buffer = expand_empty(row, T.constant(0))
    assert buffer.owner.inputs[0].type.broadcastable == (True, False)
    assert str(buffer.owner.inputs[1].owner.op) == "InplaceDimShuffle{x,0}"
    longer = expand_empty(row, T.lscalar("n"))
    assert longer.owner.inputs[0].type.broadcastable == (False, False)
    assert str(longer.owner.inputs[1].owner.op) == "Rebroadcast{0}"


def test_a_reshape_entry_computed_to_1_makes_a_broadcastable_axis():
    # Theano's Reshape.make_node reads each entry with get_scalar_constant_value
    # (recorded with Theano 1.0.5)
    x, n = T.dmatrix("x"), T.lscalar("n")
    two = T.constant(2)
    assert x.reshape((two - 1, -1)).broadcastable == (True, False)
    assert x.reshape(T.stack([two - 1, n])).broadcastable == (True, False)
    assert x.reshape((n, -1)).broadcastable == (False, False)


@pytest.mark.parametrize("make, bcast", [
    (lambda r, m, n: T.join(1, r, m), (True, False)),
    (lambda r, m, n: T.join(0, r, m), (False, False)),
    (lambda r, m, n: T.join(-1, r, r), (True, False)),
    (lambda r, m, n: T.join(n, r, r), (False, False)),
    (lambda r, m, n: T.concatenate([m[:, :1], T.addbroadcast(m[:, :1], 1)], axis=0), (False, True)),
], ids=["axis1", "axis0", "negative", "symbolic", "concatenate"])
def test_a_join_broadcasts_where_an_input_does_off_its_axis(make, bcast):
    """Theano's Join.make_node: along a constant axis, another axis broadcasts where some
    input broadcasts on it; along a symbolic axis none does."""
    r, m, n = T.dvector("v").dimshuffle("x", 0), T.dmatrix("m"), T.lscalar("n")
    assert make(r, m, n).broadcastable == bcast


def test_a_join_along_a_row_axis_runs_and_keeps_its_row():
    v = T.dvector("v")
    r = v.dimshuffle("x", 0)
    f = function([v], T.join(1, r, r) * 2.0)
    assert f(np.array([1.0, 2.0])).tolist() == [[2.0, 4.0, 2.0, 4.0]]



def test_a_slice_keeps_a_broadcastable_axis_only_from_the_start_as_theanos():
    """Theano's Subtensor.make_node: r[:], r[0:], r[:1], r[:2 - 1] and r[::-1] of a row stay
    rows; r[1:], r[-1:], r[n:] and r[:n] are matrices (bounds read with
    get_scalar_constant_value, a computed constant included)."""
    r = T.drow("r")
    n = T.lscalar("n")
    two = T.constant(2, dtype="int64")
    keeps = [r[:], r[0:], r[:1], r[:two - 1], r[::-1], r[two - 2:]]
    loses = [r[1:], r[-1:], r[n:], r[:n], r[:0]]
    assert [v.broadcastable for v in keeps] == [(True, False)] * len(keeps)
    assert [v.broadcastable for v in loses] == [(False, False)] * len(loses)


@pytest.mark.parametrize("index, message", [
    (lambda x, d: x[:2.5], "index must be integers"),
    (lambda x, d: x[np.float64(1.0)], "index must be integers or a boolean mask"),
    (lambda x, d: x[0:2.0:1], "index must be integers"),
    (lambda x, d: x[d], "Expected an integer"),
    (lambda x, d: x[1:d:2], "Expected an integer"),
])
def test_a_float_index_is_refused_with_theanos_message(index, message):
    with pytest.raises(TypeError) as info:
        index(T.dvector("x"), T.dscalar("d"))
    assert info.value.args == (message,)


def test_integers_beside_an_index_array_are_advanced_indices_too():
    """W[v, 0], W[1, v], W[v, k], W[m, 2]: one AdvancedSubtensor whose integers are indices
    broadcast with the arrays (a Python int as Theano's make_constant makes it,
    TensorFromScalar(Constant{0})), with numpy's values and an AdvancedIncSubtensor gradient."""
    W = T.dmatrix("W")
    v, k, m = T.ivector("v"), T.iscalar("k"), T.imatrix("m")
    picked, row, col, grid = W[v, 0], W[1, v], W[v, k], W[m, 2]
    assert [type(e.owner.op).__name__ for e in (picked, row, col, grid)] == ["AdvancedSubtensor"] * 4
    assert (picked.ndim, row.ndim, col.ndim, grid.ndim) == (1, 1, 1, 2)
    constant = picked.owner.inputs[2]
    assert type(constant.owner.op).__name__ == "TensorFromScalar"
    assert str(constant.owner.inputs[0]) == "Constant{0}" and constant.dtype == "int64"
    Wv, vv, mv = np.arange(12.0).reshape(4, 3), np.array([2, 0, 2], "int32"), np.array([[0, 1]], "int32")
    f = function([W, v, k, m], [picked, row, col, grid, grad(T.sum(picked) + T.sum(grid), W)])
    got = f(Wv, vv, 1, mv)
    for g, want in zip(got[:4], [Wv[vv, 0], Wv[1, vv], Wv[vv, 1], Wv[mv, 2]]):
        np.testing.assert_array_equal(g, want)
    gw = np.zeros_like(Wv)
    np.add.at(gw, (vv, 0), 1.0)
    np.add.at(gw, (mv, 2), 1.0)
    np.testing.assert_array_equal(got[4], gw)


def _op_names(*outs):
    return [type(o.owner.op).__name__ for o in outs]


def test_slices_beside_an_index_array_are_make_slices_of_one_advanced_subtensor():
    """W[v, 1:], W[1:, v], W[v, ::2], x3[:, v, 1:], W[v, k:]: Theano's AdvancedSubtensor of
    every entry, a slice a MakeSlice whose Python-int bounds are TensorFromScalar(Constant{k})
    and whose missing ones the one shared NoneConst; numpy's values."""
    W, x3 = T.dmatrix("W"), T.dtensor3("x3")
    v, k = T.ivector("v"), T.iscalar("k")
    outs = [W[v, 1:], W[1:, v], W[v, ::2], x3[:, v, 1:], W[v, k:]]
    assert _op_names(*outs) == ["AdvancedSubtensor"] * 5
    assert [o.ndim for o in outs] == [2, 2, 2, 3, 2]
    start, stop, step = outs[0].owner.inputs[2].owner.inputs
    assert type(outs[0].owner.inputs[2].owner.op).__name__ == "MakeSlice"
    assert str(start.owner.inputs[0]) == "Constant{1}" and str(stop) == "NoneConst"
    assert stop is step is outs[2].owner.inputs[2].owner.inputs[0]
    assert outs[4].owner.inputs[2].owner.inputs[0] is k
    Wv, X3 = np.arange(12.0).reshape(4, 3), np.arange(24.0).reshape(2, 3, 4)
    vv = np.array([2, 0], "int32")
    got = function([W, x3, v, k], outs)(Wv, X3, vv, 1)
    wants = [Wv[vv, 1:], Wv[1:, vv], Wv[vv, ::2], X3[:, vv, 1:], Wv[vv, 1:]]
    for g, want in zip(got, wants):
        np.testing.assert_array_equal(g, want)


def test_a_new_axis_beside_an_index_array_is_its_own_none_const():
    """W[v, None, 1:]: the new axis is an input of the AdvancedSubtensor (Theano's
    NoneConst.clone(), not the slices' shared NoneConst), broadcastable in the output."""
    W, v = T.dmatrix("W"), T.ivector("v")
    out = W[v, None, 1:]
    none, sl = out.owner.inputs[2:]
    assert str(none) == "NoneConst" and none is not sl.owner.inputs[1]
    assert out.broadcastable == (False, True, False)


def test_a_boolean_mask_makes_an_advanced_boolean_subtensor_and_its_increment():
    """W[W > 2], x[bm], W[bm, 1:]: AdvancedBooleanSubtensor; set/inc_subtensor of one an
    AdvancedBooleanIncSubtensor; an int8 vector is an integer take (AdvancedSubtensor1)."""
    W, x = T.dmatrix("W"), T.dvector("x")
    bm, mask = T.tensor("bool", (False,), name="bm"), T.bvector("mask")
    outs = [W[W > 2], x[bm], W[bm, 1:], x[mask]]
    assert _op_names(*outs) == ["AdvancedBooleanSubtensor"] * 3 + ["AdvancedSubtensor1"]
    clip = set_subtensor(W[W > 2], 0)
    bump = inc_subtensor(x[bm], 1.5)
    assert str(clip.owner.op) == "AdvancedBooleanIncSubtensor{inplace=False,  set_instead_of_inc=True}"
    assert _op_names(bump) == ["AdvancedBooleanIncSubtensor"]
    Wv, xv, bmv = np.arange(12.0).reshape(4, 3) - 4, np.array([1.0, 2.0, 3.0, 4.0]), \
        np.array([True, False, True, False])
    got = function([W, x, bm], [outs[0], outs[1], outs[2], clip, bump])(Wv, xv, bmv)
    cleared, bumped = Wv.copy(), xv.copy()
    cleared[Wv > 2] = 0
    bumped[bmv] += 1.5
    for g, want in zip(got, [Wv[Wv > 2], xv[bmv], Wv[bmv, 1:], cleared, bumped]):
        np.testing.assert_array_equal(g, want)


def test_a_mask_of_the_wrong_length_fails_with_theanos_message():
    x, bm = T.dvector("x"), T.tensor("bool", (False,), name="bm")
    f = function([x, bm], x[bm])
    with pytest.raises(IndexError, match="boolean index did not match indexed array along "
                                         "dimension 0; dimension is 3 but corresponding "
                                         "boolean dimension is 2"):
        f(np.ones(3), np.array([True, False]))


@pytest.mark.parametrize("build, error, message", [
    (lambda W, v, fv, fs, bm: W[fv, 1:], TypeError, "index must be integers or a boolean mask"),
    (lambda W, v, fv, fs, bm: W[v, fs:], TypeError, "Expected an integer"),
    (lambda W, v, fv, fs, bm: W[[True, False], 1:], TypeError,
     "TensorType does not support Python bools for indexing, such as tensor[[True, False]]. "
     "To use a boolean mask, convert the mask to a NumPy array first, e.g., "
     "tensor[numpy.array([True, False])]."),
    (lambda W, v, fv, fs, bm: W[v, 1:, 0], IndexError, "too many indices for array"),
    (lambda W, v, fv, fs, bm: W[..., v, ...], IndexError,
     "an index can only have a single Ellipsis (`...`)"),
    (lambda W, v, fv, fs, bm: T.AdvancedSubtensor()(W, bm), TypeError,
     "AdvancedSubtensor does not support boolean masks for indexing. "
     "Use AdvancedBooleanSubtensor instead. "),
])
def test_bad_advanced_indices_are_refused_with_theanos_messages(build, error, message):
    args = (T.dmatrix("W"), T.ivector("v"), T.dvector("fv"), T.dscalar("fs"),
            T.tensor("bool", (False,), name="bm"))
    with pytest.raises(error) as info:
        build(*args)
    assert info.value.args == (message,)


def test_the_gradients_through_slices_and_masks_are_theanos():
    """grad of W[v, 1:] and of a mask's pick: the matching (boolean) increment of zeros; the
    increment b of inc_subtensor(W[1:, v], b), broadcast over the rows, gets its gradient
    summed back over them; a set through a mask has no gradient (Theano's TypeError)."""
    W, v, b = T.dmatrix("W"), T.ivector("v"), T.dvector("b")
    bm = T.tensor("bool", (False,), name="bm")
    gW = grad(T.sum(W[v, 1:] ** 2) + T.sum(W[bm] * 3), W)
    gb = grad(T.sum(inc_subtensor(W[1:, v], b) * W), b)
    Wv, vv, bmv = np.arange(12.0).reshape(4, 3), np.array([2, 0], "int32"), \
        np.array([True, False, False, True])
    got_w, got_b = function([W, v, b, bm], [gW, gb])(Wv, vv, np.zeros(2), bmv)
    want = np.zeros_like(Wv)
    np.add.at(want, (vv, slice(1, None)), 2 * Wv[vv, 1:])
    want[bmv] += 3
    np.testing.assert_array_equal(got_w, want)
    np.testing.assert_array_equal(got_b, Wv[1:, vv].sum(axis=0))
    with pytest.raises(TypeError, match="AdvancedSubtensor does not support boolean masks"):
        grad(T.sum(set_subtensor(W[W > 2], 0)), W)


def test_a_list_with_a_0d_array_stacks_as_a_join_and_numbers_as_a_make_vector():
    # Theano's stack makes a MakeVector of numbers and 0-d variables only
    from rngscope.tensor import basic as T
    x = T.dmatrix("x")
    assert str(T.as_tensor_variable([x.shape[0], np.asarray(2)]).owner.op) == "Join"
    assert str(T.as_tensor_variable([x.shape[0], np.int64(2)]).owner.op) == "MakeVector{dtype='int64'}"
    assert str(T.stack([x.shape[0], 2])) == "MakeVector{dtype='int64'}.0"


def test_split_pieces_shapes_are_set_into_the_shape_vector_as_theano_builds_them():
    # each piece's shape: set_subtensor(shape(x)[axis], splits[i]), read back per axis, so
    # the zeros of an unused piece keep x's symbolic lengths (not a folded constant)
    x = T.dvector("x")
    parts = split(x, [1, 2, 3], 3)
    f = function([x], grad(T.sum(parts[1]), x))
    assert f(np.arange(6.0)).tolist() == [0.0, 1.0, 1.0, 0.0, 0.0, 0.0]
    ops = [type(n.op).__name__ for n in f.maker.fgraph.toposort()]
    assert ops.count("IncSubtensor") == 3 and "Join" in ops and "DeepCopyOp" not in ops
    m, sz = T.dmatrix("m"), T.lvector("sz")
    a, b = split(m, sz, 2, axis=1)
    shapes = function([m, sz], [a.shape, b.shape])(np.ones((2, 3)), np.array([2, 1]))
    assert [s.tolist() for s in shapes] == [[2, 2], [2, 1]]


def test_a_negative_constant_join_axis_is_counted_from_zero_as_theano_does():
    x, y = T.dmatrix("x"), T.dmatrix("y")
    for joined in (T.concatenate([x, y], axis=-1), T.join(-1, x, y)):
        assert int(joined.owner.inputs[0].data) == 1
    assert int(T.stack([x, y], axis=-1).owner.inputs[0].data) == 2
    a, _b = split(x, [1, 2], 2, axis=-1)
    assert int(a.owner.inputs[1].data) == -1  # a Split keeps its axis as given
    g = grad(T.sum(a ** 2), x)
    splits = {id(n) for n in _nodes(g) if isinstance(n.op, Split)}
    assert len(splits) == 2  # the unused piece's zeros read a second application of the split


def _nodes(v):
    seen, stack, out = set(), [v], []
    while stack:
        w = stack.pop()
        if w.owner is not None and id(w.owner) not in seen:
            seen.add(id(w.owner))
            out.append(w.owner)
            stack.extend(w.owner.inputs)
    return out
