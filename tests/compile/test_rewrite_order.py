"""Where Theano 1.0.5's optimizer order decides the compiled graph: the mul canonizer's lone 1,
the merge that follows constant folding, and the shape a draw of size ``y.shape`` has.

Each test names the fact; the conformance cases `debugprint_grad_mean_matrix`,
`debugprint_rbm_cd1_train` and `debugprint_dae_corrupted_mse` show them in whole programs.
"""
from __future__ import annotations

import numpy as np

from graphs import fgraph
from rngscope.compile.function import function
from rngscope.compile.rewriter import Context, equilibrium
from rngscope.compile.rewrites import algebra, canonical
from rngscope.compile.shapes import infer_shape
from rngscope.compile.vocabulary import scalar_cls
from rngscope.random.streams import RandomFunction
from rngscope.streams import RandomStreams
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad
from rngscope.tensor.elemwise import Elemwise
from rngscope.tensor.shape_ops import Shape_i

x, y = T.dmatrix("x"), T.dscalar("y")


def test_mul_canonizer_keeps_one_over_x_when_one_is_all_the_numerator_holds():
    ones = T.constant(np.ones(1))  # a folded (1,) of 1.0 over a scalar lifted to a vector
    fg = fgraph([y], [T.true_div(ones, y.dimshuffle("x"))])
    node = fg.toposort()[-1]
    assert algebra.mul_canonizer(node, Context(fg)) is None


def test_mul_canonizer_still_drops_a_one_beside_other_factors():
    fg = fgraph([x, y], [T.true_div(T.constant(1.0) * x, y)])
    node = fg.toposort()[-1]
    (new,) = algebra.mul_canonizer(node, Context(fg))
    assert scalar_cls(new.owner) == "TrueDiv" and new.owner.inputs[0].name == "x"


def test_canonicalize_ends_on_one_over_a_row_count():
    """1 / cast(rows) read by a fill once cycled: canonizer, fill sink, lift, fold, canonizer..."""
    d = T.true_div(T.constant(1.0), T.cast(x.shape[0], "float64"))
    fg = fgraph([x], [T.fill(x, d.dimshuffle("x", "x"))])
    assert equilibrium(fg, (canonical.constant_folding,) + canonical.CANONICALIZE, max_passes=5,
                       cleanup=True)
    assert not equilibrium(fg, canonical.CANONICALIZE, cleanup=True)


def test_gradient_of_a_mean_over_a_matrix_divides_inv_rows_by_cols():
    W = T.dmatrix("W")
    f = function([x, W], grad(T.mean(T.dot(x, W)), W))
    composites = [str(n.op) for n in f.maker.fgraph.toposort() if "Composite" in str(n.op)]
    assert composites == ["Elemwise{Composite{(inv(i0) / i1)}}"]
    data = np.arange(12.0).reshape(4, 3)
    np.testing.assert_allclose(f(data, np.ones((3, 2))), np.repeat(data.sum(0)[:, None] / 8, 2, 1))


def test_a_draw_of_size_y_shape_has_y_sizes():
    srng = RandomStreams(seed=1)
    draw = srng.binomial(size=x.shape, n=1, p=0.5, dtype="float64")
    node = draw.owner
    assert isinstance(node.op, RandomFunction)
    known = {id(x): (Shape_i(0)(x), Shape_i(1)(x))}
    assert infer_shape(draw, known) == known[id(x)]


def test_of_two_nodes_folding_makes_equal_the_first_folded_is_kept():
    """Theano's merge feature queues readers as folding makes constants: true_div(-1, v)
    (named, its -1 folded first) survives the unnamed true_div(-1 * 1, v) folded later."""
    v = T.dvector("v")
    minus = T.constant(np.float64(-1.0)).dimshuffle("x")  # folded first
    named = T.true_div(minus, v)
    unnamed = Elemwise(named.owner.op.scalar_op)(
        T.mul(minus, T.constant(np.float64(1.0)).dimshuffle("x")), v)  # before named in order
    fg = fgraph([v], [unnamed * 2, named * 3])
    equilibrium(fg, (canonical.constant_folding,), cleanup=True)
    divs = [n for n in fg.toposort() if scalar_cls(n) == "TrueDiv"]
    assert [str(n.op) for n in divs] == ["Elemwise{true_div,no_inplace}"]


def test_a_pick_after_a_log_stays_there_when_the_gradient_reads_the_log():
    # Theano's local_subtensor_lift runs in canonicalize only, where the gradient's
    # zeros_like(log(p)) (a fill not yet an Alloc: local_fill_to_alloc is specialize's)
    # still reads the log: -log(p)[y] keeps its Subtensor after the Log (the rnnslu
    # tutorial's last-word cost); compiled alone the pick is lifted and merged
    from rngscope.shared import shared
    from rngscope.tensor import nnet
    from rngscope.tensor.shape_ops import Subtensor
    W = shared(np.arange(6.0).reshape(2, 3) / 10, name="W")
    v, y = T.dvector("v"), T.iscalar("y")
    nll = -T.log(nnet.softmax(T.dot(v, W))[0])[y]
    alone = function([v, y], nll)
    trained = function([v, y], nll, updates=[(W, W - 0.1 * grad(nll, W))])
    picks = [str(n.inputs[0].owner.op) for n in alone.fgraph.toposort() if isinstance(n.op, Subtensor)]
    assert picks == ["Softmax"]
    picks = [str(n.inputs[0].owner.op) for n in trained.fgraph.toposort()
             if isinstance(n.op, Subtensor) and n.outputs[0] is not None
             and n.inputs[0].owner is not None and "Log" in str(n.inputs[0].owner.op)]
    assert picks == ["Elemwise{Log}[(0, 0)]"]
    first = float(alone(np.array([1.0, 2.0]), 1))
    assert first == float(trained(np.array([1.0, 2.0]), 1)) == 1.1283901699061243  # Theano's


def _run_fast_run_through(fg, last):
    from rngscope.compile import modes
    for p in modes.FAST_RUN.passes:
        p(fg)
        if p is last:
            return
    raise AssertionError("%s is not a FAST_RUN pass" % last)


def _dimshuffles_of_constants(fg):
    from rngscope.graph.basic import Constant
    return [nd for nd in fg.toposort()
            if type(nd.op).__name__ == "DimShuffle" and isinstance(nd.inputs[0], Constant)]


def test_fast_run_folds_the_dimshuffled_constants_elemwise_alloc_leaves_before_the_loop_passes():
    """Theano's scan_eqopt2 (1.6) opens with constant_folding_for_scan2 on every FAST_RUN
    graph: x + alloc(0.0, ...) becomes x + DimShuffle{x,x}(0.0) at 1.52, and that dimshuffle
    is a constant before the loops' rewrites and BLAS run (recorded: the bias gradient of
    debugprint_scan_bias_grad_zero_constant_merge), not in specialize."""
    from rngscope.compile import modes
    m = T.dmatrix("m")
    fg = fgraph([m], [m + T.alloc(T.constant(0.0), m.shape[0], m.shape[1])])
    _run_fast_run_through(fg, modes.elemwise_alloc)
    assert len(_dimshuffles_of_constants(fg)) == 1
    modes.scan_constant_folding(fg)
    assert _dimshuffles_of_constants(fg) == []
    index = modes.FAST_RUN.passes.index
    assert index(modes.elemwise_alloc) < index(modes.scan_eqopt2) < index(modes.loop_save_mem)


def test_scan_eqopt2_goes_round_again_while_a_pass_changes_the_graph():
    """An equilibrium, as Theano's: a second round when the first changed anything (here the
    fold), none after a round that changed nothing."""
    from rngscope.compile import modes
    m = T.dmatrix("m")
    fg = fgraph([m], [m + T.constant(np.zeros((1, 1))).dimshuffle(0, 1) + T.constant(0.0).dimshuffle("x", "x")])
    rounds = []
    original = modes.scan_constant_folding
    modes.scan_constant_folding = lambda g: (rounds.append(g.version), original(g))
    try:
        modes.scan_eqopt2(fg)
        assert len(rounds) == 2 and rounds[0] != rounds[1]
        del rounds[:]
        modes.scan_eqopt2(fg)
        assert len(rounds) == 1
    finally:
        modes.scan_constant_folding = original
