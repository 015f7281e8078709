"""Theano's scan rewrites on compiled loops: scan_save_mem for a constant n_steps, the loop
written in place of its buffers (forall_inplace), step outputs never computed in place,
and x[a:b][k] merged when x's length is known."""
from __future__ import annotations

import numpy as np

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.compile.scan import Scan, scan
from rngscope.streams import RandomStreams
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad
from rngscope.tensor.shape_ops import AllocEmpty, Subtensor


def _loop(fn):
    (node,) = [n for n in fn.fgraph.toposort() if isinstance(n.op, Scan)]
    return node


def _buffer_rows(node, k=0):
    buffer = node.inputs[1 + node.op.n_seqs + k]
    empty = buffer.owner.inputs[0]
    assert isinstance(empty.owner.op, AllocEmpty)
    return int(empty.owner.inputs[0].data)


def _walk(n_steps):
    x0 = T.dvector("x0")
    srng = RandomStreams(seed=5)
    walk, upd = scan(lambda x: x + srng.normal((2,)), outputs_info=x0, n_steps=n_steps,
                     name="walk")
    return x0, walk, upd


def test_a_walk_returned_whole_keeps_its_steps_without_the_initial_row():
    x0, walk, upd = _walk(3)
    f = function([x0], walk, updates=upd)
    node = _loop(f)
    assert _buffer_rows(node) == 3
    assert f.fgraph.outputs[0].owner is node  # out[1:] became the loop's output itself
    reference = function([x0], walk, updates=upd, mode=UNOPTIMIZED)
    (stream,) = list(upd)
    state = stream.get_value()
    got = f(np.zeros(2))
    stream.set_value(state)
    assert np.array_equal(got, reference(np.zeros(2)))


def test_the_last_step_keeps_two_rows_and_is_read_at_row_one():
    x0, walk, upd = _walk(3)
    f = function([x0], walk[-1], updates=upd)
    node = _loop(f)
    assert _buffer_rows(node) == 2
    reader = f.fgraph.outputs[0].owner
    assert isinstance(reader.op, Subtensor) and int(reader.inputs[1].data) == 1
    whole = function([x0], walk, updates=upd, mode=UNOPTIMIZED)
    (stream,) = list(upd)
    state = stream.get_value()
    last = f(np.ones(2))
    stream.set_value(state)
    assert np.array_equal(last, whole(np.ones(2))[-1])


def test_an_output_not_fed_back_read_at_minus_one_stores_one_step():
    srng = RandomStreams(seed=2)
    noise, upd = scan(lambda: srng.uniform((2,)), n_steps=4)
    f = function([], noise[-1], updates=upd)
    node = _loop(f)
    count = node.inputs[1 + node.op.n_seqs + node.op.n_fed + node.op.n_shared]
    assert int(count.data) == 1
    (stream,) = list(upd)
    state = stream.get_value()
    last = f()
    stream.set_value(state)
    assert np.array_equal(last, function([], noise, updates=upd)()[-1])


def test_a_symbolic_n_steps_keeps_every_row():
    n = T.lscalar("n")
    x0, walk, upd = _walk(n)
    f = function([x0, n], walk[-1], updates=upd)
    node = _loop(f)
    assert node.inputs[0] is n
    assert f(np.zeros(2), 4).shape == (2,)


def test_the_loop_writes_its_buffer_in_place_unless_another_node_reads_it():
    x0, walk, upd = _walk(3)
    f = function([x0], walk, updates=upd)
    assert str(_loop(f).op) == "forall_inplace,cpu,walk}"
    h0 = T.dvector("h0")
    out, _ = scan(lambda h: T.tanh(h) * 2.0, outputs_info=h0, n_steps=3, name="rec")
    g = function([h0], grad(out.sum(), h0))  # the gradient's loop reads the forward outputs
    names = sorted(str(n.op) for n in g.fgraph.toposort() if isinstance(n.op, Scan))
    # as Theano 1.0.5 compiles it: both loops write their own buffers in place
    assert names == ["forall_inplace,cpu,grad_of_rec}", "forall_inplace,cpu,rec}"]
    assert g(np.ones(2)).tolist() == [1.18921603022732, 1.18921603022732]  # recorded


def test_a_step_output_is_never_computed_in_place():
    x = T.dvector("x")
    h, _ = scan(lambda xt, hp: T.tanh(xt + hp), sequences=x,
                outputs_info=T.constant(np.float64(0.0)))
    f = function([x], h)
    inner = _loop(f).op.fgraph
    assert all(not getattr(o.owner.op, "destroy_map", None) for o in inner.outputs[:1])
    assert np.allclose(f(np.array([0.5, -1.0])), [np.tanh(0.5), np.tanh(np.tanh(0.5) - 1.0)])


def test_a_slice_then_an_index_of_a_known_length_merge_into_one_index():
    v = T.constant(np.arange(6.0))
    f = function([], v[1:][-2])
    readers = [n for n in f.fgraph.toposort() if isinstance(n.op, Subtensor)]
    assert f() == 4.0 and len(readers) <= 1


def test_an_output_nothing_reads_leaves_the_loop_and_the_rest_shrinks():
    """Theano's save_mem drops a step output no one reads (its count input too), then
    keeps only the rows of the walk the function returns (out[1:] of 2 steps: 2 rows)."""
    h0 = T.dmatrix("h0")
    W = T.dmatrix("W")
    (a, _b), _ = scan(lambda h: (T.tanh(T.dot(h, W)), T.sigmoid(h)), outputs_info=[h0, None],
                      n_steps=2)
    f = function([h0, W], a)
    node = _loop(f)
    assert len(node.op.out_taps) == 1 and len(node.outputs) == 1
    assert f.fgraph.outputs[0].owner is not None
    args = (np.full((1, 2), 0.5), np.array([[0.1, -0.3], [0.2, 0.4]]))
    assert np.array_equal(f(*args), function([h0, W], a, mode=UNOPTIMIZED)(*args))


def test_an_unread_output_whose_past_a_kept_output_reads_stays():
    """An output nothing outside reads but whose previous value the step reads for an
    output kept is required (Theano's scan_can_remove_outs)."""
    x0 = T.dvector("x0")
    (_x, y), _ = scan(lambda x, y: (x * 0.5, y + x), outputs_info=[x0, x0], n_steps=3)
    f = function([x0], y)
    assert len(_loop(f).op.out_taps) == 2
    assert f(np.array([1.0, 2.0])).tolist() == [[2.0, 4.0], [2.5, 5.0], [2.75, 5.5]]


def test_an_unread_state_of_a_loop_over_a_sequence_keeps_its_initial_row_alone():
    """A fed-back output nothing outside reads, required by the step (Theano's save_mem gives
    it 1 stored step: the buffer is the initial row alone, written without a Rebroadcast
    since a buffer of one row broadcasts), while the output read at [-1] shrinks."""
    x = T.dmatrix("x")
    h0 = T.dvector("h0")
    W = T.dmatrix("W")
    (_hs, ys), _ = scan(lambda x_t, h: (T.tanh(T.dot(h, W) + x_t), h * 2.0), sequences=x,
                        outputs_info=[h0, None])
    f = function([x, h0, W], ys[-1])
    node = _loop(f)
    buffer = node.inputs[1 + node.op.n_seqs]
    empty, initial = buffer.owner.inputs[:2]
    assert isinstance(empty.owner.op, AllocEmpty) and empty.type.broadcastable == (True, False)
    assert int(empty.owner.inputs[0].data) == 1
    assert str(initial.owner.op) == "InplaceDimShuffle{x,0}"
    args = (np.arange(6.0).reshape(3, 2) / 10, np.array([0.1, -0.2]),
            np.array([[0.5, 0.1], [-0.3, 0.2]]))
    assert np.array_equal(f(*args), function([x, h0, W], ys[-1], mode=UNOPTIMIZED)(*args))


def test_initial_rows_of_unknown_count_make_the_sizes_graphs_even_for_constant_steps():
    """Two taps over x[:2] of a vector of unknown length: the buffer's length is a graph over
    len(x), so Theano's save_mem builds its sizes as graphs (they do not fold), as for a
    symbolic n_steps; the fifth Fibonacci number is unchanged."""
    x = T.dvector("x")
    fib, _ = scan(lambda a, b: a + b, outputs_info=dict(initial=x, taps=[-2, -1]), n_steps=5)
    f = function([x], fib[-1])
    node = _loop(f)
    buffer = node.inputs[1 + node.op.n_seqs]
    assert isinstance(buffer.owner.inputs[0].owner.op, AllocEmpty)
    size = buffer.owner.inputs[0].owner.inputs[0]  # Theano's max(...) of the rows kept, not 5 + 2
    assert "Switch(LT(maximum(i0, i1), i2)" in str(size.owner.op)
    assert f(np.array([1.0, 1.0])) == 13.0
