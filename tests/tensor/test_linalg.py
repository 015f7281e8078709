"""eye, diag, tile, repeat, roll, swapaxes, tensordot, batched_dot and the nlinalg ops:
values against numpy, gradients against finite differences, the three modes agreeing."""
from __future__ import annotations

import numpy as np
import pytest

from numeric import central_difference
from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.tensor import basic as T
from rngscope.tensor import diagonals as D
from rngscope.tensor import linalg as L
from rngscope.tensor.gradient import grad

MODES = ("FAST_RUN", "FAST_COMPILE", UNOPTIMIZED)
RNG = np.random.RandomState(3)
A = RNG.uniform(-1, 1, (2, 3, 4))
B = RNG.uniform(-1, 1, (2, 4, 3))
M = RNG.uniform(-1, 1, (3, 3)) + 2 * np.eye(3)
V = np.array([1.0, 2.0, 3.0])



@pytest.mark.parametrize("mode", MODES)
def test_values_match_numpy(mode):
    a, b, m, v = T.dtensor3("a"), T.dtensor3("b"), T.dmatrix("m"), T.dvector("v")
    outs = function([a, b, m, v], [
        L.tensordot(a, b, axes=[[1, 2], [2, 1]]), L.tensordot(m, v, axes=1), L.batched_dot(a, b),
        L.eye(3, 4, 1), L.identity_like(m), D.diag(v), D.diag(m), L.tile(v, (2, 1)),
        L.repeat(m, 2, axis=1), L.repeat(v, 3), L.roll(v, 1), L.roll(m, -1, axis=0), L.roll(m, 2),
        L.swapaxes(a, 0, 2), L.matrix_inverse(m), L.det(m), D.trace(m)], mode=mode)(A, B, M, V)
    expected = [np.tensordot(A, B, axes=[[1, 2], [2, 1]]), np.tensordot(M, V, axes=1),
                np.einsum("bij,bjk->bik", A, B), np.eye(3, 4, 1), np.eye(3), np.diag(V), np.diag(M),
                np.tile(V, (2, 1)), np.repeat(M, 2, axis=1), np.repeat(V, 3), np.roll(V, 1),
                np.roll(M, -1, axis=0), np.roll(M, 2), np.swapaxes(A, 0, 2), np.linalg.inv(M),
                np.linalg.det(M), np.trace(M)]
    for got, want in zip(outs, expected):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-14)
        assert np.shape(got) == np.shape(want)


@pytest.mark.parametrize("build, at", [
    (lambda x: T.sum(L.tensordot(x, T.constant(B), axes=[[1, 2], [2, 1]]) ** 2), A),
    (lambda x: T.sum(L.batched_dot(x, T.constant(B)) * 0.5), A),
    (lambda x: T.sum(L.batched_dot(T.constant(A), x) ** 2), B),
    (lambda x: T.sum(L.matrix_inverse(x) * np.arange(9.0).reshape(3, 3)), M),
    (lambda x: L.det(x) * 2.0, M),
    (lambda x: D.trace(x) + T.sum(D.diag(D.diag(x)) ** 2), M),
    (lambda x: T.sum(L.repeat(x, 2, axis=0) * np.arange(18.0).reshape(6, 3)), M),
    (lambda x: T.sum(L.repeat(x, 2) * np.arange(18.0)), M),
    (lambda x: T.sum(L.tile(x, (1, 2)) ** 2) + T.sum(L.roll(x, 1, axis=1) * np.arange(9.0).reshape(3, 3)), M),
], ids=["tensordot", "batched_dot_x", "batched_dot_y", "inverse", "det", "diag_trace", "repeat_axis",
        "repeat_flat", "tile_roll"])
def test_gradients_match_finite_differences(build, at):
    x = T.TensorType("float64", (False,) * at.ndim)("x")
    cost = build(x)
    g = function([x], grad(cost, x))(at)
    np.testing.assert_allclose(g, central_difference(function([x], cost), at), rtol=1e-6, atol=1e-6)


def test_batched_dot_refuses_other_ranks_and_mismatched_batches():
    with pytest.raises(TypeError, match="input 0 \\(0-indexed\\) must have ndim of 2 or 3, 4 given"):
        L.BatchedDot()(T.dtensor4(), T.dtensor3())
    a, b = T.dtensor3("a"), T.dtensor3("b")
    with pytest.raises(TypeError, match="must have the same size in axis 0"):
        function([a, b], L.batched_dot(a, b))(A, B[:1])


def test_tri_masks_stacks_and_one_hot():
    from rngscope.tensor.extra_ops import to_one_hot

    m, y = T.dmatrix("m"), T.lvector("y")
    mv = np.arange(1.0, 10.0).reshape(3, 3)
    outs = function([m, y], [L.tri(3, 4, 1), L.tril(m), L.triu(m, 1), L.horizontal_stack(m, m),
                             L.vertical_stack(m, m), L.stacklists([[m[0, 0], m[1, 1]], [m[2, 2], m[0, 1]]]),
                             to_one_hot(y, 4)])(mv, np.array([3, 0]))
    expected = [np.tri(3, 4, 1), np.tril(mv), np.triu(mv, 1), np.hstack([mv, mv]), np.vstack([mv, mv]),
                np.array([[1.0, 5.0], [9.0, 2.0]]), np.eye(4)[[3, 0]]]
    for got, want in zip(outs, expected):
        np.testing.assert_array_equal(got, want)


def test_set_subtensor_on_a_pair_of_index_vectors_and_its_gradient():
    m, r, c = T.dmatrix("m"), T.lvector("r"), T.lvector("c")
    from rngscope.tensor.grad_ops import set_subtensor

    out = set_subtensor(m[r, c], -1.0)
    mv = np.arange(6.0).reshape(2, 3)
    got, g = function([m, r, c], [out, grad(T.sum(out * 3.0), m)])(mv, np.array([0, 1]), np.array([2, 0]))
    want = mv.copy()
    want[[0, 1], [2, 0]] = -1.0
    np.testing.assert_array_equal(got, want)
    np.testing.assert_array_equal(g, np.where(want == -1.0, 0.0, 3.0))
    assert str(out.owner.op) == "AdvancedIncSubtensor{inplace=False,  set_instead_of_inc=True}"


def test_fill_diagonal_sets_the_main_diagonal_as_theano_walks_it():
    """A wide matrix's diagonal stops at its width; a tall one's as numpy's does."""
    m, val = T.dmatrix("m"), T.dscalar("val")
    f = function([m, val], D.fill_diagonal(m, val))
    assert f(np.zeros((2, 3)), 1.0).tolist() == [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]
    assert f(np.zeros((3, 2)), 1.0).tolist() == [[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]
    with pytest.raises(TypeError, match="second parameter must be a scalar"):
        D.fill_diagonal(m, T.dvector())


def test_fill_diagonals_gradient_zeroes_the_diagonal_and_sums_it_for_the_value():
    m, val = T.dmatrix("m"), T.dscalar("val")
    cost = T.sum(D.fill_diagonal(m, val) * T.constant(np.arange(4.0).reshape(2, 2)))
    gm, gval = function([m, val], grad(cost, [m, val]))(np.ones((2, 2)), 3.0)
    assert gm.tolist() == [[0.0, 1.0], [2.0, 0.0]] and float(gval) == 3.0


def test_diagonal_takes_an_offset():
    m = T.dmatrix("m")
    assert function([m], D.diagonal(m, 1))(np.arange(6.0).reshape(2, 3)).tolist() == [1.0, 5.0]


def test_tensordot_is_built_as_theano_builds_it():
    """Theano's _tensordot_as_dot: list axes transpose both operands (a DimShuffle even when
    the order is unchanged), then the reshapes multiply Python's 1 by each shape entry, and
    the result is reshaped to a Join of the kept lengths."""
    a, b = T.dtensor3("a"), T.dmatrix("b")
    out = L.tensordot(a, b, axes=[[2], [0]])
    reshape = out.owner  # (the broadcast pattern is already the output's: no Rebroadcast)
    assert type(reshape.op).__name__ == "Reshape"
    assert type(reshape.inputs[1].owner.op).__name__ == "Join"
    dot_node = reshape.inputs[0].owner
    shuffled = dot_node.inputs[0].owner.inputs[0]
    assert str(shuffled.owner.op) == "InplaceDimShuffle{0,1,2}"
    f = function([a, b], [out, L.tensordot(a, b, axes=1)])
    got = f(A[:, :, :3], M)
    assert np.allclose(got[0], np.tensordot(A[:, :, :3], M, axes=[[2], [0]]))
    assert np.allclose(got[1], np.tensordot(A[:, :, :3], M, axes=1))
    with pytest.raises(ValueError, match="^Axes elements must have the same length.$"):
        L.tensordot(a, b, axes=[[0, 1], [1]])
    with pytest.raises(ValueError, match=r"^axes can not be larger than the dimension of b \(b.ndim=2, axes=3\)$"):
        L.tensordot(a, b, axes=3)
