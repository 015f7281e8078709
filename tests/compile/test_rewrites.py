"""Unit tests of rewrites: a small graph, one rule or one pass, the rewritten structure.

The conformance goldens prove the whole compiler matches Theano; these say which rewrite
does what, so a broken rule fails here by name.
"""
from __future__ import annotations

import numpy as np

from graphs import fgraph
from rngscope.compile import modes
from rngscope.compile.function import function
from rngscope.compile.rewriter import Context, equilibrium, merge
from rngscope.compile.rewrites import algebra, canonical, shape, specialize
from rngscope.compile.rewrites.sigmoid_products import sigm_times_exp
from rngscope.compile.rewrites.fusion import fusion
from rngscope.compile.vocabulary import is_random, scalar_cls, tracks
from rngscope.graph.basic import Constant
from rngscope.graph.types import random_state_type
from rngscope.random import mrg_kernels as K
from rngscope.random import streams as raw
from rngscope.random.mrg import MRGUniform
from rngscope.tensor import basic as T
from rngscope.tensor import scalar as scal
from rngscope.tensor.elemwise import DimShuffle, Elemwise, Reduce
from rngscope.tensor.maxima import MaxAndArgmax
from rngscope.tensor.scalar import Composite
from rngscope.tensor.shape_ops import Reshape, specify_shape
from rngscope.tensor.variable import TensorConstant, TensorType



def ops(fg):
    return [node.op for node in fg.toposort()]


x, y = T.dvector("x"), T.dvector("y")


def test_merge_makes_equal_subexpressions_one_node_read_twice():
    fg = fgraph([x], [(x * 2) + (x * 2)])
    merge(fg)
    (out,) = fg.outputs
    a, b = out.owner.inputs
    assert a is b  # one mul node, and the add still has two inputs (a * a)
    assert [scalar_cls(n) for n in fg.toposort()].count("Mul") == 1


def test_merge_keeps_two_draws_of_two_streams_apart():
    rng = Constant(random_state_type, np.random.RandomState(0))
    other = Constant(random_state_type, np.random.RandomState(0))
    _, u = raw.uniform(rng, (2,))
    _, v = raw.uniform(other, (2,))
    fg = fgraph([], [u + v])
    merge(fg)
    assert sum(1 for op in ops(fg) if is_random(op)) == 2


def test_constant_folding_folds_constant_arithmetic():
    fg = fgraph([], [T.constant(2.0) * 3 + 1])
    equilibrium(fg, (canonical.constant_folding,))
    (out,) = fg.outputs
    assert isinstance(out, TensorConstant) and float(out.data) == 7.0
    assert ops(fg) == []


def test_constant_folding_makes_a_constant_slice_a_slice_constant_as_theano_can():
    """MakeSlice(1, None, None) -> SliceConstant{1, None, None}, one for both uses; a
    step-only slice stays a MakeSlice (Theano's SliceConstant reads its stop as an int, so
    that folding fails and the node stays)."""
    W, v = T.dmatrix("W"), T.ivector("v")
    fg = fgraph([W, v], [W[v, 1:], W[1:, v], W[v, ::2]])
    merge(fg)
    equilibrium(fg, (canonical.constant_folding,))
    merge(fg)
    a, b, c = (out.owner.inputs for out in fg.outputs)
    assert str(a[2]) == "SliceConstant{1, None, None}" and a[2] is b[1]
    assert type(c[2].owner.op).__name__ == "MakeSlice"
    assert [str(i) for i in c[2].owner.inputs] == ["NoneConst", "NoneConst", "TensorConstant{2}"]


def test_constant_folding_never_folds_a_numpy_random_op():
    rng = Constant(random_state_type, np.random.RandomState(0))
    _, draw = raw.uniform(rng, (2,))
    fg = fgraph([], [draw])
    equilibrium(fg, (canonical.constant_folding,))  # folds the size vector, not the draw
    (node,) = fg.toposort()
    assert is_random(node.op)
    assert all(isinstance(i, Constant) for i in node.inputs)  # foldable, were it not random
    assert canonical.constant_folding(node, Context(fg)) is None


def test_constant_folding_never_folds_an_mrg_draw():
    state = T.constant(K.get_substream_rstates(K.seed_rstate(12345), 2))
    _, draw = MRGUniform(TensorType("float64", (False,)))(state, T.constant([4], dtype="int64"))
    fg = fgraph([], [draw])
    assert canonical.constant_folding(fg.outputs[0].owner, Context(fg)) is None
    modes.canonicalize(fg)
    assert [type(op) for op in ops(fg)] == [MRGUniform]


def test_fusion_makes_one_composite_of_an_elementwise_chain():
    fg = fgraph([x, y], [T.exp(x) + T.log(y) * 2.0])
    modes.canonicalize(fg)
    fusion(fg)
    (node,) = fg.toposort()
    assert isinstance(node.op, Elemwise) and isinstance(node.op.scalar_op, Composite)
    assert str(node.op.scalar_op) == "Composite{(exp(i0) + (i1 * log(i2)))}"
    assert node.inputs[0].name == "x" and node.inputs[2].name == "y"


def test_neg_becomes_mul_by_minus_one_in_canonicalize():
    fg = fgraph([x], [-x])
    equilibrium(fg, (canonical.neg_to_mul,))
    (out,) = fg.outputs
    assert scalar_cls(out.owner) == "Mul"
    minus_one, operand = out.owner.inputs
    assert isinstance(minus_one.owner.op, DimShuffle)  # the -1 padded to x's rank
    assert float(minus_one.owner.inputs[0].data) == -1.0 and operand.name == "x"


def test_mul_specialize_turns_a_lone_minus_one_back_into_neg():
    fg = fgraph([x], [x * 1 * -1])
    modes.canonicalize(fg)
    assert scalar_cls(fg.outputs[0].owner) == "Mul"
    modes.specialize_pass(fg)
    (out,) = fg.outputs
    assert scalar_cls(out.owner) == "Neg" and out.owner.inputs[0].name == "x"


def test_min_is_built_as_minus_max_of_minus_x():
    out = T.min(x)
    assert out.owner.op == Elemwise(scal.neg, name=out.owner.op.name)
    top = out.owner.inputs[0].owner
    assert isinstance(top.op, MaxAndArgmax) and out.owner.inputs[0] is top.outputs[0]
    assert scalar_cls(top.inputs[0].owner) == "Neg"


def test_uncanonicalize_brings_min_back():
    fg = fgraph([x], [T.min(x)])
    modes.uncanonicalize(fg)
    (node,) = fg.toposort()
    assert isinstance(node.op, Reduce) and node.op.scalar_op == scal.minimum
    assert node.inputs[0].name == "x"


def test_max_to_min_leaves_a_plain_max_alone():
    fg = fgraph([x], [-T.max(x)])
    modes.uncanonicalize(fg)
    assert [type(op).__name__ for op in ops(fg)] == ["Reduce", "Elemwise"]
    assert specialize.max_to_min(fg.outputs[0].owner, Context(fg)) is None


def test_reshape_to_a_shape_with_ones_becomes_a_dimshuffle_of_a_smaller_reshape():
    fg = fgraph([x], [T.reshape(x, (1, 3))])
    equilibrium(fg, (shape.reshape_to_dimshuffle,))
    (out,) = fg.outputs
    assert isinstance(out.owner.op, DimShuffle) and out.owner.op.new_order == ("x", 0)
    inner = out.owner.inputs[0].owner
    assert isinstance(inner.op, Reshape) and inner.op.ndim == 1
    assert list(inner.inputs[1].data) == [3]


def test_a_reshape_that_learns_its_ones_later_is_converted_back_to_its_type():
    """The shape became [1, 3] after the Reshape was built (its type knows no axis of length
    1): the DimShuffle is made the old type again, as Theano's fgraph.replace does."""
    s = TensorType("int64", (False,))("s")
    fg = fgraph([x, s], [T.reshape(x, s, ndim=2)])
    fg.replace_all([(fg.inputs[1], T.constant(np.array([1, 3])))])
    equilibrium(fg, (shape.reshape_to_dimshuffle,))
    (out,) = fg.outputs
    assert str(out.owner.op) == "Rebroadcast{0}" and out.broadcastable == (False, False)
    assert out.owner.inputs[0].owner.op.new_order == ("x", 0)


def test_fill_of_a_template_with_an_unknown_length_one_axis_unbroadcasts_its_alloc():
    """fill(m, 1.0) where m's size 1 is only known from its shape: Alloc(1.0, 1, n) then
    unbroadcast (Theano's broadcast_like), instead of being left a fill."""
    m = TensorType("float64", (False, False))("m")
    fg = fgraph([m], [T.fill(specify_shape(m, (1, 2)), T.constant(1.0))])
    fills = [n for n in fg.toposort() if scalar_cls(n) == "Second"]
    ctx = Context(fg)
    (alloc,) = canonical.fill_to_alloc(fills[0], ctx)
    assert str(alloc.owner.op) == "Rebroadcast{0}" and alloc.type == fills[0].outputs[0].type


def test_one_over_one_plus_exp_becomes_a_sigmoid_of_minus_x():
    fg = fgraph([x], [1 / (1 + T.exp(x))])
    modes.canonicalize(fg)
    modes.stabilize(fg)
    families = [scalar_cls(n) for n in fg.toposort()]
    assert "ScalarSigmoid" in families and "Exp" not in families and "TrueDiv" not in families


def test_inv_of_one_plus_exp_becomes_a_sigmoid():
    from rngscope.compile.rewrites.nnet import inv_1_plus_exp
    fg = fgraph([x], [T.inv(1 + T.exp(x))])
    equilibrium(fg, (inv_1_plus_exp, canonical.useless_fill))
    assert [scalar_cls(n) for n in fg.toposort()] == ["Neg", "ScalarSigmoid"]


def test_log_of_one_minus_x_becomes_log1p_of_minus_x():
    # the 1 as constant folding leaves it: local_log1p reads constants only
    fg = fgraph([x], [T.log(T.constant(np.ones(1, dtype="int8")) - x)])
    equilibrium(fg, (specialize.log1p_rewrite,))
    assert [scalar_cls(n) for n in fg.toposort()] == ["Neg", "Log1p"]


def test_log1p_waits_for_a_dimshuffled_one_to_be_folded():
    # recorded with Theano 1.0.5: local_log1p leaves log(DimShuffle{x}(1) - x) alone
    fg = fgraph([x], [T.log(1 - x)])
    assert not equilibrium(fg, (specialize.log1p_rewrite,))


def test_func_inv_cancels_a_double_negation():
    fg = fgraph([x], [T.exp(-(-x))])
    equilibrium(fg, (specialize.func_inv,))
    assert [scalar_cls(n) for n in fg.toposort()] == ["Exp"]


def test_greedy_distributor_multiplies_a_factor_into_a_sum_when_it_saves_divisions():
    # ((x / y) + 1) * y -> x + y: one division and one multiplication saved
    fg = fgraph([x, y], [(x / y + 1) * y])
    equilibrium(fg, (algebra.greedy_distributor,))
    families = [scalar_cls(n) for n in fg.toposort()]
    assert "TrueDiv" not in families and "Mul" not in families
    f_in = [np.array([1.0, 2.0]), np.array([3.0, 4.0])]
    from rngscope.compile.linker import link
    program = link(fg)
    program.bind_shared([], 2, [], 1)
    assert np.allclose(program.call(f_in)[0], f_in[0] + f_in[1])


def test_greedy_distributor_leaves_a_plain_product_of_a_sum_alone():
    # (x + y) * 2 would cost more multiplications distributed
    fg = fgraph([x, y], [(x + y) * y])
    assert not equilibrium(fg, (algebra.greedy_distributor,))


def test_pow_canonicalize_drops_an_exponent_of_one():
    fg = fgraph([x], [T.exp(x ** T.constant(np.ones(1, dtype="int8")))])
    equilibrium(fg, (algebra.pow_canonicalize,))
    assert [scalar_cls(n) for n in fg.toposort()] == ["Exp"]


def test_pow_canonicalize_reads_the_exponent_as_the_canonizer_does():
    # local_mul_canonizer.get_constant: a DimShuffle of a constant is not one yet
    # (recorded with Theano 1.0.5: local_pow_canonicalize leaves x ** DimShuffle{x}(1))
    fg = fgraph([x], [T.exp(x ** T.constant(np.int8(1)))])
    assert not equilibrium(fg, (algebra.pow_canonicalize,))


def test_driver_offers_rules_for_every_op_then_the_op_class_then_the_particular_op():
    # Theano's EquilibriumOptimizer: rules tracking nothing, then the op's class, then the op
    met = []

    def for_all(node, ctx):
        met.append("all")

    @tracks(Elemwise)
    def for_class(node, ctx):
        met.append("class")

    @tracks(Elemwise, families=("Neg",))
    def for_neg(node, ctx):
        met.append("neg")

    @tracks(Elemwise, families=("Neg",), every_elemwise=True)
    def for_class_narrowed(node, ctx):
        met.append("class, narrowed")

    fg = fgraph([x], [-x])
    equilibrium(fg, (for_neg, for_class_narrowed, for_class, for_all))
    assert met == ["all", "class, narrowed", "class", "neg"]


def test_dimshuffle_lift_moves_a_shuffle_below_a_whole_single_reader_chain_at_once():
    # DimShuffle{0,x}(neg(exp(x) * y)) -> neg(exp(x{0,x}) * y{0,x}) in one rewrite
    fg = fgraph([x, y], [(-(T.exp(x) * y)).dimshuffle(0, "x")])
    (new,) = canonical.dimshuffle_lift(fg.outputs[0].owner, Context(fg))
    assert scalar_cls(new.owner) == "Neg"
    (prod,) = new.owner.inputs
    a, b = prod.owner.inputs
    assert scalar_cls(a.owner) == "Exp" and a.owner.inputs[0].owner.op.new_order == (0, "x")
    assert b.owner.op.new_order == (0, "x") and b.owner.inputs[0].name == "y"


def test_dimshuffle_lift_stops_at_a_node_read_elsewhere_too():
    e = T.exp(x)
    fg = fgraph([x], [(-e).dimshuffle(0, "x"), e])
    (new,) = canonical.dimshuffle_lift(fg.outputs[0].owner, Context(fg))
    (shuffled,) = new.owner.inputs
    assert isinstance(shuffled.owner.op, DimShuffle)  # exp(x) is an output: not lifted
    assert scalar_cls(shuffled.owner.inputs[0].owner) == "Exp"


def test_dimshuffle_lift_through_a_deep_chain_is_iterative():
    v = x
    for _ in range(5000):
        v = T.exp(v)
    fg = fgraph([x], [v.dimshuffle("x", 0)])
    (new,) = canonical.dimshuffle_lift(fg.outputs[0].owner, Context(fg))
    depth = 0
    while new.owner is not None and scalar_cls(new.owner) == "Exp":
        new, depth = new.owner.inputs[0], depth + 1
    assert depth == 5000 and new.owner.op.new_order == ("x", 0)


def test_useless_pass_drops_a_fill_of_a_value_that_has_the_output_type_already():
    # the mean's gradient seed fill(mean, 1.0) is the constant itself before canonicalize
    s = T.dscalar("s")
    one = T.constant(1.0, dtype="float64")
    fg = fgraph([s], [T.exp(T.fill(s, one))])
    modes.useless(fg)
    (out,) = fg.outputs
    assert scalar_cls(out.owner) == "Exp" and out.owner.inputs[0].owner is None


def _factor_names(v):
    """The factors of a product as short names (sigmoid(x), sigmoid(-x), y...)."""
    factors = v.owner.inputs if scalar_cls(v.owner) == "Mul" else [v]
    names = []
    for f in factors:
        if scalar_cls(f.owner) == "ScalarSigmoid":
            arg = f.owner.inputs[0]
            names.append("sigmoid(-x)" if scalar_cls(arg.owner) == "Neg" else "sigmoid(x)")
        else:
            names.append(f.name or str(f.owner.op))
    return names


def test_sigm_times_exp_pairs_an_exp_with_the_sigmoid_of_its_negation():
    # exp(x) * y * sigmoid(-x) -> sigmoid(x) * y: the earlier leaf becomes the sigmoid
    fg = fgraph([x, y], [T.mul(T.exp(x), y, T.sigmoid(-x))])
    (out,) = sigm_times_exp(fg.outputs[0].owner, Context(fg))
    assert _factor_names(out) == ["sigmoid(x)", "y"]


def test_sigm_times_exp_pairs_a_sigmoid_with_the_exp_of_its_negation():
    # sigmoid(x) * exp(-x) -> sigmoid(-x), the -1 factor of a product counted as a negation
    fg = fgraph([x], [T.sigmoid(x) * T.exp(T.constant(-1.0) * x)])
    (out,) = sigm_times_exp(fg.outputs[0].owner, Context(fg))
    assert _factor_names(out) == ["sigmoid(-x)"]


def test_sigm_times_exp_leaves_unpaired_factors_alone():
    fg = fgraph([x, y], [T.exp(x) * T.sigmoid(x) * y])
    assert sigm_times_exp(fg.outputs[0].owner, Context(fg)) is None


def test_sigm_times_exp_in_a_deep_product_is_iterative():
    v = T.exp(x)
    for _ in range(3000):
        v = v * y
    fg = fgraph([x, y], [v * T.sigmoid(-x)])
    (out,) = sigm_times_exp(fg.outputs[0].owner, Context(fg))
    while scalar_cls(out.owner) == "Mul":
        out = out.owner.inputs[0]
    assert scalar_cls(out.owner) == "ScalarSigmoid" and out.owner.inputs[0].name == "x"


def test_a_dot_of_a_column_and_a_row_becomes_a_destructive_ger_on_fresh_zeros():
    # Theano: dot22(x{0,x}, y{x,0}) -> ScipyGer(zeros, 1, x, y), the zeros an Alloc that is
    # not folded into a constant (the Ger overwrites it)
    u = T.constant(np.array([1.0, 2.0, 3.0]))
    f = function([x], [T.dot(x.dimshuffle(0, "x"), u.dimshuffle("x", 0))])
    names = [str(n.op) for n in f.maker.fgraph.toposort()]
    assert "ScipyGer{destructive}" in names and "Alloc" in names and "Dot22" not in names
    xv = np.array([0.5, -2.0])
    np.testing.assert_array_equal(f(xv)[0], np.outer(xv, [1.0, 2.0, 3.0]))
    np.testing.assert_array_equal(f(xv)[0], np.outer(xv, [1.0, 2.0, 3.0]))  # fresh zeros


def test_an_increment_alloc_that_only_broadcasts_is_dropped():
    from rngscope.tensor.grad_ops import AdvancedIncSubtensor1
    from rngscope.tensor.alloc import Alloc
    m, idx = T.dmatrix("m"), T.lvector("idx")
    ones = T.alloc(T.constant(np.ones((1, 1))), T.shape(idx)[0], T.shape(m)[1])
    fg = fgraph([m, idx], [AdvancedIncSubtensor1()(T.zeros_like(m), ones, idx)])
    equilibrium(fg, (shape.shape_to_shape_i, shape.subtensor_of_vector,
                     shape.inc_subtensor_of_alloc))
    (out,) = fg.outputs
    assert isinstance(out.owner.inputs[1], TensorConstant)  # the (1, 1) constant itself
    assert not any(isinstance(n.owner.op, Alloc) for n in [out.owner.inputs[1]] if n.owner)


def test_an_increment_alloc_to_an_unproven_shape_becomes_an_assert_of_its_size():
    from rngscope.tensor.grad_ops import AdvancedIncSubtensor1
    m, idx, n = T.dmatrix("m"), T.lvector("idx"), T.lscalar("n")
    widened = T.alloc(T.constant(np.ones((1, 1))), n, T.shape(m)[1])
    fg = fgraph([m, idx, n], [AdvancedIncSubtensor1()(T.zeros_like(m), widened, idx)])
    equilibrium(fg, (shape.shape_to_shape_i, shape.subtensor_of_vector,
                     shape.inc_subtensor_of_alloc))
    (out,) = fg.outputs
    guarded = out.owner.inputs[1]  # n may differ from len(idx): Theano checks it is 1 or that
    assert str(guarded.owner.op) == "Assert{msg='`x[i]` and `y` do not have the same shape.'}"
    assert isinstance(guarded.owner.inputs[0], TensorConstant) and len(guarded.owner.inputs) == 2


def test_join_of_make_vectors_becomes_one_make_vector():
    a, b, c = T.lscalar("a"), T.lscalar("b"), T.lscalar("c")
    joined = T.Join()(T.constant(0), T.stack([a, b]), T.stack([c]))
    fg = fgraph([a, b, c], [joined])
    equilibrium(fg, (shape.join_make_vector, shape.join_one))
    (out,) = fg.outputs
    assert str(out.owner.op) == "MakeVector{dtype='int64'}" and out.owner.inputs == [a, b, c]
    np.testing.assert_array_equal(function([a, b, c], joined)(1, 2, 3), [1, 2, 3])


def test_indexing_by_an_integer_matrix_is_a_reshaped_take_and_agrees_with_numpy():
    m, im = T.dmatrix("m"), T.imatrix("im")
    mv = np.arange(12.0).reshape(4, 3)
    iv = np.array([[0, 2], [1, 1]], dtype="int32")
    got = function([m, im], [m[im], m[:, im[0]], T.take(m, im[0], axis=1), T.take(m, im)])(mv, iv)
    np.testing.assert_array_equal(got[0], mv[iv])
    np.testing.assert_array_equal(got[1], mv[:, iv[0]])
    np.testing.assert_array_equal(got[2], np.take(mv, iv[0], axis=1))
    np.testing.assert_array_equal(got[3], np.take(mv, iv))
    assert str(m[im].owner.op) == "Reshape{3}"


def test_shapes_are_kept_for_the_graphs_life_and_follow_a_replaced_entry():
    """As Theano's ShapeFeature: a variable's shape graph is one object for every pass (so
    the slice arithmetic a rewrite builds shares it with the graph), and when a rewrite
    replaces that entry, the shapes holding it read the replacement."""
    v = T.dvector("v")
    fg = fgraph([v], [v[1:] * 2.0])
    y = fg.outputs[0].owner.inputs[0]  # the graph's own v[1:]
    (length,) = Context(fg).shape_of(y)
    assert Context(fg).shape_of(y)[0] is length  # a later pass sees the same variable
    assert Context(fg).shape_of(fg.outputs[0])[0] is length
    m = T.lscalar("m")
    fg.replace(length, m)
    assert Context(fg).shape_of(y) == (m,) and Context(fg).shape_of(fg.outputs[0]) == (m,)


def test_a_dimshuffle_adding_axes_on_the_left_of_an_alloc_becomes_a_longer_alloc():
    """DimShuffle{x,0,1}(Alloc(0, n, 3)) -> Alloc(0, 1, n, 3) (Theano's uncanonicalize
    local_dimshuffle_alloc): a batch RNN's zero initial state written into its scan buffer."""
    from rngscope.compile.scan import Scan, scan
    X = T.tensor3("X")
    h0 = T.zeros((X.shape[0], 3))
    hs, _ = scan(lambda x_t, h: T.tanh(x_t.sum() + h), sequences=X.dimshuffle(1, 0, 2),
                 outputs_info=h0)
    f = function([X], hs[-1])
    (loop,) = [node for node in f.maker.fgraph.toposort() if isinstance(node.op, Scan)]
    initial = loop.inputs[2].owner.inputs[1]  # the row the buffer starts with
    assert str(initial.owner.op) == "Rebroadcast{0}"
    alloc = initial.owner.inputs[0].owner
    assert str(alloc.op) == "Alloc" and len(alloc.inputs) == 4
    x = np.ones((2, 4, 1))
    assert f(x).shape == (2, 3)


def test_a_reshape_drops_a_dimshuffle_that_keeps_the_order_of_its_axes():
    """Reshape(DimShuffle{0,x,1}(x), x's shape) -> x (Theano's canonicalize
    local_useless_dimshuffle_in_reshape, then the useless Reshape); a transpose stays."""
    x = T.dmatrix("x")
    same = function([x], x.dimshuffle(0, "x", 1).reshape((x.shape[0], x.shape[1])))
    assert [str(n.op) for n in same.maker.fgraph.toposort()] == ["DeepCopyOp"]
    swapped = function([x], x.dimshuffle(1, "x", 0).reshape((x.shape[1], x.shape[0])))
    assert any("DimShuffle{1,x,0}" in str(n.op) for n in swapped.maker.fgraph.toposort())
    value = np.arange(6.0).reshape(2, 3)
    assert np.array_equal(same(value), value) and np.array_equal(swapped(value), value.T)


def test_the_useless_pass_drops_a_sum_over_no_axis_and_its_name_passes_on():
    # a 0-d mean is a Sum over no axis named 'mean' (Theano's local_useless_reduce drops it
    # in the 'useless' pass, before the gradient's fill of the cost is gone)
    x = T.vector("x")
    mean = T.mean(T.sum(x ** 2) // 2)
    assert mean.name == "mean" and mean.owner.inputs[0].type == mean.type
    fg = fgraph([x], [mean * 3])
    modes.useless(fg)
    ops = [type(n.op).__name__ for n in fg.toposort()]
    assert ops.count("Sum") == 1  # the sum of squares; the mean's Sum is gone
    (int_div,) = [n for n in fg.toposort() if "int_div" in str(n.op).lower()]
    assert int_div.outputs[0].name == "mean"


def test_a_slice_to_a_constant_at_least_a_known_length_is_useless_in_specialize_only():
    """x[0:3] -> x when x's length is the constant 3 (Theano's local_useless_subtensor with
    an int stop): specialize's rule; canonicalize's compares only a stop that is the
    length itself, as Theano's shape table holds graphs there (x[1:][:3] stays a slice)."""
    x = T.dscalar("x")
    v = T.alloc(x, 3)
    fg = fgraph([x], [v[0:3], v[0:2]])
    whole, part = (o.owner for o in fg.outputs)
    ctx = Context(fg)
    assert shape.useless_subtensor(whole, ctx) is None
    assert shape.useless_subtensor_to_length(whole, ctx) == [whole.inputs[0]]
    assert shape.useless_subtensor_to_length(part, ctx) is None


def test_an_item_of_an_int32_make_vector_stays_as_theano_compares_with_its_int64_make_vector():
    from rngscope.tensor.shape_ops import MakeVector
    a, b = T.iscalar("a"), T.lscalar("b")
    narrow = MakeVector("int32")(a, T.constant(2, dtype="int32"))
    wide = MakeVector("int64")(b, T.constant(2))
    fg = fgraph([a, b], [narrow[0], wide[0], narrow[0:1], wide[0:1]])
    equilibrium(fg, (shape.subtensor_of_vector, shape.subtensor_slice_of_vector))
    first, second, third, fourth = fg.outputs
    assert str(first.owner.op) == "Subtensor{int64}" and first.owner.inputs[0].owner.op == narrow.owner.op
    assert second is b
    assert str(third.owner.op) == "Subtensor{int64:int64:}"
    assert str(fourth.owner.op) == "MakeVector{dtype='int64'}" and fourth.owner.inputs == [b]


def test_reshape_to_dimshuffle_keeps_a_constant_beside_a_symbolic_size_as_a_join():
    # Theano's extract_constant gives the constant item of a MakeVector as a 0-d array
    x = T.dmatrix("x")
    r = T.reshape(x.sum(axis=1) * 2, (x.shape[0], 1, 2), ndim=3)
    fg = fgraph([x], [r])
    equilibrium(fg, (shape.reshape_to_dimshuffle,))
    (out,) = fg.outputs
    assert str(out.owner.op) == "InplaceDimShuffle{0,x,1}"
    inner = out.owner.inputs[0].owner
    assert str(inner.op) == "Reshape{2}" and str(inner.inputs[1].owner.op) == "Join"
