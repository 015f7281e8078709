"""Theano's scan push-out of loop-invariant work (scanOp_pushout_nonseqs_ops) and the
constant non-sequences read back inside (scanOp_remove_constants_and_unused_inputs)."""
from __future__ import annotations

import numpy as np

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.compile.scan import Scan, scan
from rngscope.graph.basic import Constant
from rngscope.shared import shared
from rngscope.streams import MRG_RandomStreams, RandomStreams
from rngscope.tensor import basic as T


def _loops(fn):
    return [n for n in fn.fgraph.toposort() if isinstance(n.op, Scan)]


def test_work_on_non_sequences_only_is_done_once_before_the_loop():
    x = T.dvector("x")
    c = T.dscalar("c")
    h0 = T.dscalar("h0")
    out, _ = scan(lambda v, h, c_: h * T.exp(c_ * 2.0) + v, sequences=x, outputs_info=h0,
                  non_sequences=c)
    f = function([x, h0, c], out)
    (node,) = _loops(f)
    inner_ops = [str(n.op) for n in node.op.fgraph.toposort()]
    assert not any("exp" in op.lower() for op in inner_ops)  # exp(2c) is an outer input now
    reference = function([x, h0, c], out, mode=UNOPTIMIZED)
    args = (np.array([1.0, 2.0, 3.0]), 1.0, 0.25)
    assert np.array_equal(f(*args), reference(*args))


def test_a_step_made_only_of_loop_invariant_work_is_no_loop_at_all():
    v = T.dvector("v")
    sq, _ = scan(lambda: v ** 2, n_steps=4)
    f = function([v], sq)
    assert not _loops(f)
    assert f(np.array([1.0, 2.0])).tolist() == [[1.0, 4.0]] * 4


def test_a_draw_is_never_moved_out_of_the_loop():
    srng = RandomStreams(seed=1)
    noise, upd = scan(lambda: srng.uniform((2,)) * 2.0, n_steps=3)
    f = function([], noise, updates=upd)
    (node,) = _loops(f)
    assert any(n.op.__class__.__name__ == "RandomFunction" for n in node.op.fgraph.toposort())
    rows = f()
    assert rows.shape == (3, 2) and len({tuple(r) for r in rows}) == 3


def test_a_size_folded_outside_is_read_back_as_a_constant_inside():
    srng = RandomStreams(seed=1)
    x0 = T.dvector("x0")
    walk, upd = scan(lambda x: x + srng.normal((2,)), outputs_info=x0, n_steps=3)
    f = function([x0], walk, updates=upd)
    (node,) = _loops(f)
    assert node.op.n_nonseq == 0  # the size is a constant of the step, not an input
    draw = [n for n in node.op.fgraph.toposort() if n.op.__class__.__name__ == "RandomFunction"]
    assert isinstance(draw[0].inputs[1], Constant)


# Theano's scanOp_pushout_seqs_ops (PushOutSeqScan): elementwise work on sequences


def test_an_elementwise_map_is_no_loop_but_one_elemwise_over_the_sequence():
    x = T.dvector("x")
    doubled, _ = scan(lambda v: v * 2, sequences=x)
    f = function([x], doubled)
    assert not _loops(f)
    (out,) = f.fgraph.outputs
    assert str(out.owner.op) == "Elemwise{mul,no_inplace}"
    two, seq = out.owner.inputs
    assert isinstance(two, Constant) and two.data.tolist() == [2.0]
    assert "Subtensor" in str(seq.owner.op)
    assert f(np.array([1.0, 2.0, 3.0])).tolist() == [2.0, 4.0, 6.0]


def test_sequence_work_feeding_a_recurrence_becomes_a_new_first_sequence():
    x = T.dvector("x")
    h0 = T.dscalar("h0")
    acc, _ = scan(lambda v, h: h * 0.5 + v * 2, sequences=x, outputs_info=h0)
    f = function([x, h0], acc)
    (node,) = _loops(f)
    assert node.op.n_seqs == 1  # x[t] is no longer read: only (2 * x)[t]
    assert str(node.inputs[1].owner.op) == "Elemwise{mul,no_inplace}"
    assert [str(n.op) for n in node.op.fgraph.toposort()] == [
        "Elemwise{Composite{((i0 * i1) + i2)}}"]
    args = (np.array([1.0, 2.0, 3.0]), 1.0)
    assert f(*args).tolist() == [2.5, 5.25, 8.625]  # Theano 1.0.5's values
    assert np.array_equal(f(*args), function([x, h0], acc, mode=UNOPTIMIZED)(*args))


def test_a_dimshuffle_of_a_sequence_keeps_the_time_axis_in_front():
    X = T.dmatrix("X")
    W = T.dmatrix("W")
    prod, _ = scan(lambda r, w: r * w, sequences=X, non_sequences=W)
    f = function([X, W], prod)
    assert not _loops(f)
    out = f.fgraph.outputs[0].owner
    assert [str(i.owner.op) for i in out.inputs] == [
        "InplaceDimShuffle{0,x,1}", "InplaceDimShuffle{x,0,1}"]
    got = f(np.ones((3, 2)), np.arange(4.0).reshape(2, 2))
    assert got.tolist() == [[[0.0, 1.0], [2.0, 3.0]]] * 3


def test_sequence_work_beside_a_draw_moves_out_and_the_draw_stays():
    x = T.dvector("x")
    results = []
    for mode in (None, UNOPTIMIZED):
        srng = RandomStreams(seed=3)
        noisy, upd = scan(lambda v: v * 2 + srng.normal(()), sequences=x)
        f = function([x], noisy, updates=upd, mode=mode)
        results.append(f(np.array([1.0, 2.0, 3.0])))
        if mode is None:
            (node,) = _loops(f)
            assert str(node.inputs[1].owner.op) == "Elemwise{mul,no_inplace}"
            inner = [n.op.__class__.__name__ for n in node.op.fgraph.toposort()]
            assert inner.count("RandomFunction") == 1
    assert np.array_equal(results[0], results[1])
    assert len(set(results[0].tolist())) == 3


def test_a_step_ignoring_its_state_is_no_loop_and_keeps_the_initial_row_out():
    x = T.dvector("x")
    h0 = T.dscalar("h0")
    out, _ = scan(lambda v, h: v * 2, sequences=x, outputs_info=h0)
    f = function([x, h0], out)
    assert not _loops(f)
    # set_subtensor(buffer[1:], 2 * x)[1:] -> 2 * x (Theano's local_subtensor_inc_subtensor)
    assert str(f.fgraph.outputs[0].owner.op) == "Elemwise{mul,no_inplace}"
    assert f(np.array([1.0, 2.0, 3.0]), 5.0).tolist() == [2.0, 4.0, 6.0]


def test_an_output_nothing_in_the_step_reads_stays_inside_with_its_loop():
    x = T.dvector("x")
    h0 = T.dscalar("h0")
    (y, h), _ = scan(lambda v, h_: [v * 3, h_ + v], sequences=x, outputs_info=[None, h0])
    f = function([x, h0], [y, h])
    (node,) = _loops(f)
    assert node.op.n_seqs == 1
    assert [str(n.op) for n in node.op.fgraph.toposort()] == [
        "Elemwise{add,no_inplace}", "Elemwise{mul,no_inplace}"]  # as Theano keeps them
    got = f(np.array([1.0, 2.0]), 0.5)
    assert [g.tolist() for g in got] == [[3.0, 6.0], [1.5, 3.5]]


def test_twin_pushed_out_non_sequences_become_one_and_the_step_draws_once():
    """The step's value and its stream update are built as two copies (as Theano's scan
    builds them), each reading W.T: pushed out, the two W.T are one non-sequence, so the
    compiled step has one draw (Theano's scanOp_remove_constants_and_unused_inputs)."""
    W = shared(np.array([[0.3, -0.2], [0.1, 0.4]]), name="W")
    h0 = T.dmatrix("h0")
    results = []
    for mode in (None, UNOPTIMIZED):
        srng = RandomStreams(seed=0)

        def step(h):
            pv = T.sigmoid(T.dot(h, W.T))
            return [pv, srng.binomial(size=pv.shape, n=1, p=pv, dtype="float64")]
        (_, vs), upd = scan(step, outputs_info=[None, h0], n_steps=3)
        f = function([h0], vs, updates=upd, mode=mode)
        results.append(f(np.full((2, 2), 0.5)))
        if mode is None:
            (node,) = _loops(f)
            draws = [n for n in node.op.fgraph.toposort() if "RandomFunction" in str(n.op)]
            assert len(draws) == 1
            nonseq = node.inputs[len(node.inputs) - node.op.n_nonseq:]
            assert len(nonseq) == len({id(v) for v in nonseq})
    assert np.array_equal(results[0], results[1])


def test_a_shape_read_of_a_pushed_out_loop_reads_the_new_loop():
    # The MRG draw has no shape inference, so the cost's mean reads the shape of the loop's
    # output; the push-out replaces the loop (W.T moves out), and shapes attached after it
    # read the new loop: one loop runs, as in Theano (the RBM tutorial's PCD training).
    srng = MRG_RandomStreams(seed=4)
    W = shared(np.full((3, 2), 0.1), name="W")
    h0 = T.dmatrix("h0")

    def step(h):
        mean = T.sigmoid(T.dot(h, W.T))
        v = srng.binomial(size=mean.shape, n=1, p=mean, dtype="float64")
        return v, T.dot(v, W)

    (vs, _hs), upd = scan(step, outputs_info=[None, h0], n_steps=2)
    f = function([h0], T.mean(vs[-1].sum(axis=1)), updates=upd)
    assert len(_loops(f)) == 1


def test_a_loop_the_step_rebuilds_from_non_sequences_is_moved_out_whole():
    """The scalar its length is read through (ScalarFromTensor) moves out too, so a loop
    over a non-sequence that a step reads (an RNN-RBM's biases in its Gibbs chain) is run
    once before the outer loop, as Theano's scanOp_pushout_nonseqs_ops moves any node."""
    srng = RandomStreams(seed=909)
    v = T.dmatrix("v")
    bias, _ = scan(lambda row: T.tanh(row[:2]), sequences=v)
    w = shared(np.arange(6.0).reshape(3, 2) / 10, name="W")

    def gibbs(x):
        h = srng.binomial(size=(x.shape[0], 2), n=1,
                          p=T.sigmoid(T.dot(x, w) + bias), dtype="float64")
        return srng.binomial(size=x.shape, n=1, p=T.sigmoid(T.dot(h, w.T)),
                             dtype="float64")

    chain, upd = scan(gibbs, outputs_info=[v], n_steps=2)
    f = function([v], chain[-1], updates=upd)
    loops = _loops(f)
    assert len(loops) == 2  # the bias loop, then the chain reading its result
    assert not any(isinstance(n.op, Scan) for n in loops[1].op.fgraph.toposort())
    sample = f(np.eye(3))
    assert sample.shape == (3, 3) and set(sample.ravel()) <= {0.0, 1.0}


def test_an_index_read_from_a_non_sequence_is_read_as_a_scalar_non_sequence():
    """h[:k] with k a non-sequence: the ScalarFromTensor of k moves out and the step reads an
    <int64> input, as in Theano's graph (the slice arithmetic reads it through TensorFromScalar)."""
    x = T.dvector("x")
    k = T.lscalar("k")
    out, _ = scan(lambda h, k_: h[:k_].sum() + h, outputs_info=x, non_sequences=k, n_steps=3)
    f = function([x, k], out)
    (node,) = _loops(f)
    assert [str(v) for v in node.op.inner_inputs[-1:]] == ["<int64>"]
    assert node.inputs[-1].owner.op.__class__.__name__ == "ScalarFromTensor"
    assert f(np.arange(3.0), 2).tolist() == [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [13.0, 14.0, 15.0]]
