"""The route Theano 1.0.5's BlasOpt takes, rule by rule: every dot a Dot22 first (a
matrix-vector one dimshuffled), gemm absorbing that Dot22 through its dimshuffle, Gemm on
rows and columns made a Gemv, and only a Dot22 nothing absorbed made a Gemv on fresh
memory; gemm sweeps the whole graph before it visits the nodes it made.

The conformance case `debugprint_tutorial_rbm_pcd_train` shows why the route matters: a
Gemv on an AllocEmpty made for a dot that gemm then absorbs read the shape table and
brought back, for a moment, a loop the memory pass had replaced.
"""
from __future__ import annotations

import numpy as np

from graphs import fgraph
from rngscope.compile import modes
from rngscope.compile.function import function
from rngscope.compile.rewriter import Context, equilibrium, in_to_out, sweeps
from rngscope.compile.rewrites import blas as blas_rules
from rngscope.tensor import basic as T
from rngscope.tensor.blas import Dot22, Gemm, Gemv
from rngscope.tensor.alloc import AllocEmpty

A, X = T.dmatrix("A"), T.dmatrix("X")
b, v = T.dvector("b"), T.dvector("v")


def _ops(fg):
    return [str(n.op) for n in fg.toposort()]


def test_a_matrix_vector_dot_is_a_dimshuffled_dot22_first():
    fg = fgraph([A, v], [T.dot(A, v)])
    (node,) = fg.toposort()
    (out,) = blas_rules.dot_to_dot22(node, Context(fg))
    assert str(out.owner.op) == "InplaceDimShuffle{0}"
    inner = out.owner.inputs[0].owner
    assert isinstance(inner.op, Dot22) and str(inner.inputs[1].owner.op) == "InplaceDimShuffle{0,x}"


def test_gemm_absorbs_a_dot22_through_the_dimshuffle_that_makes_it_a_vector():
    """b + -0.1 * dot(A, v): Gemm on b as a column, the column made a vector again."""
    fg = fgraph([A, v, b], [b + T.constant(-0.1) * T.dot(A, v)])
    modes.blas(fg)
    assert _ops(fg) == ["Gemv{no_inplace}"]
    z, alpha, a, x, beta = fg.toposort()[0].inputs
    assert (z.name, a.name, x.name) == ("b", "A", "v")
    assert (float(alpha.data), float(beta.data)) == (-0.1, 1.0)


def test_the_blas_pass_allocates_nothing_for_a_dot_gemm_absorbs():
    fg = fgraph([A, v, b], [b - 0.1 * T.dot(A, v)])
    imported = []
    fg.listeners.append(lambda node: imported.append(type(node.op)))
    modes.blas(fg)
    assert Gemm in imported and Gemv in imported and AllocEmpty not in imported


def test_a_dot_nothing_absorbs_becomes_a_gemv_on_fresh_memory():
    """Theano sizes the memory by A.shape[0], a graph specialize reads as Shape_i{0}(A)."""
    fg = fgraph([A, v], [T.exp(T.dot(A, v))])
    modes.blas(fg)
    assert _ops(fg) == ["Shape", "Subtensor{int64}", "AllocEmpty{dtype='float64'}",
                        "Gemv{no_inplace}", "Elemwise{exp,no_inplace}"]
    modes.specialize_pass(fg)
    assert _ops(fg) == ["Shape_i{0}", "AllocEmpty{dtype='float64'}", "Gemv{no_inplace}",
                        "Elemwise{exp,no_inplace}"]


def test_an_outer_product_is_a_ger_on_zeros_sized_by_shape_graphs():
    """dot22(column, row) -> ScipyGer(zeros(x.shape[0], y.shape[1]), ...): the sizes are
    graphs folded in specialize, so two outer products of the same length get a constant
    of their own each, which the merge then keeps apart as Theano's does (the conformance
    case theano-1.0.5-extra/rewrite_outer)."""
    fg = fgraph([b, v], [T.exp(T.outer(b, v))])
    modes.blas(fg)
    alloc = next(n for n in fg.toposort() if str(n.op) == "Alloc")
    assert [str(i.owner.op) for i in alloc.inputs[1:]] == ["Subtensor{int64}", "Subtensor{int64}"]
    assert [str(i.owner.inputs[0].owner.op) for i in alloc.inputs[1:]] == ["Shape", "Shape"]


def test_gemm_on_a_column_z_and_a_column_y_is_a_gemv_made_a_column():
    zc, yc = T.dimshuffle(b, (0, "x")), T.dimshuffle(v, (0, "x"))
    fg = fgraph([b, A, v], [Gemm()(zc, T.constant(2.0), A, yc, T.constant(1.0))])
    gemm = next(n for n in fg.toposort() if isinstance(n.op, Gemm))
    (out,) = blas_rules.gemm_to_gemv(gemm, Context(fg))
    assert out.owner.op.new_order == (0, "x") and isinstance(out.owner.inputs[0].owner.op, Gemv)
    z, _a, x, y, _b = out.owner.inputs[0].owner.inputs
    assert [str(z.owner.op), x.name, str(y.owner.op)] == ["InplaceDimShuffle{0}", "A", "InplaceDimShuffle{0}"]


def test_gemm_on_a_row_z_and_a_row_x_is_a_gemv_on_y_transposed_made_a_row():
    zr, xr = T.dimshuffle(b, ("x", 0)), T.dimshuffle(v, ("x", 0))
    fg = fgraph([b, v, A], [Gemm()(zr, T.constant(2.0), xr, A, T.constant(1.0))])
    gemm = next(n for n in fg.toposort() if isinstance(n.op, Gemm))
    (out,) = blas_rules.gemm_to_gemv(gemm, Context(fg))
    assert out.owner.op.new_order == ("x", 0)
    _z, _a, y_t, x, _b = out.owner.inputs[0].owner.inputs
    assert str(y_t.owner.op) == "InplaceDimShuffle{1,0}" and str(x.owner.op) == "InplaceDimShuffle{1}"


def test_a_vector_dot_vector_is_a_gemv_on_one_row():
    """dot(u, v) -> dot22(row, column) -> Gemv(AllocEmpty(1), 1, column.T, row[0], 0)."""
    u = T.dvector("u")
    fg = fgraph([u, v], [T.dot(u, v)])
    modes.blas(fg)
    assert _ops(fg) == ["InplaceDimShuffle{x,0}", "AllocEmpty{dtype='float64'}", "Gemv{no_inplace}",
                        "InplaceDimShuffle{}"]
    size = fg.toposort()[1].inputs[0]
    assert (size.dtype, int(size.data)) == ("int8", 1)  # Theano's AllocEmpty(1)


def test_gemm_sweeps_the_graph_before_it_visits_the_nodes_it_made():
    """Theano's GemmOptimizer: both subtractions first, then the adds they made."""
    W = T.dmatrix("W")
    out1 = X - 0.1 * (T.dot(A, W) + T.dot(X, W))
    out2 = A - 0.1 * (T.dot(X, A) + T.dot(A, A))
    fg = fgraph([A, X, W], [out1, out2])
    assert in_to_out(fg, (blas_rules.dot_to_dot22,))
    seen = []

    def logged(node, ctx):
        result = blas_rules.gemm_rewrite(node, ctx)
        if result is not None:
            seen.append((node.op.family, type(result[0].owner.op).__name__))
        return result

    for attr in ("ops", "families", "needs", "tier"):
        setattr(logged, attr, getattr(blas_rules.gemm_rewrite, attr))
    sweeps(fg, (logged,))
    assert seen == [("Sub", "Elemwise"), ("Sub", "Elemwise"), ("Add", "Gemm"), ("Add", "Gemm")]


def test_specialize_takes_shape_x_k_in_two_passes_so_a_sum_over_it_folds_a_pass_later():
    """Shape(r)[0] + 2: Shape(r) becomes a MakeVector in the first pass (the Subtensor reading
    it was visited before), its item is taken in the second, and the sum folds after it (so
    two such sums fold, and their constants meet the merge, as in Theano)."""
    r = T.dimshuffle(v, ("x", 0))
    total = T.constant(np.int64(2)) + T.shape(r)[0]
    fg = fgraph([v], [total])
    equilibrium(fg, modes._SPECIALIZE_SHARED, max_passes=1, new_trees=False)
    assert "MakeVector{dtype='int64'}" in _ops(fg) and fg.outputs[0].owner is not None
    equilibrium(fg, modes._SPECIALIZE_SHARED, new_trees=False)
    assert fg.outputs[0].owner is None and int(fg.outputs[0].data) == 3


def test_compiled_gemv_values():
    f = function([A, v, b], b - 0.1 * T.dot(A, v))
    a, x, z = np.arange(6.0).reshape(2, 3), np.array([1.0, -2.0, 0.5]), np.array([3.0, 4.0])
    np.testing.assert_allclose(f(a, x, z), z - 0.1 * a.dot(x))
    assert [str(n.op) for n in f.maker.fgraph.toposort()] == ["Gemv{no_inplace}"]
