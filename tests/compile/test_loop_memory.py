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
from rngscope.tensor.alloc import AllocEmpty
from rngscope.tensor.shape_ops import Subtensor


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


def _elman_bias_grads(with_weights):
    """An Elman step with a softmax output per step; the gradient of the biases (and the
    weights) through it: a gradient loop whose outputs the compiled function partly reads."""
    from rngscope.shared import shared
    from rngscope.tensor import nnet
    rng = np.random.RandomState(1)
    wx = shared(0.2 * rng.uniform(-1.0, 1.0, (2, 3)), name="wx")
    wh = shared(0.2 * rng.uniform(-1.0, 1.0, (3, 3)), name="wh")
    w = shared(0.2 * rng.uniform(-1.0, 1.0, (3, 2)), name="w")
    bh, b = shared(np.zeros(3), name="bh"), shared(np.zeros(2), name="b")
    x = T.dmatrix("x")
    if not with_weights:  # reach case debugprint_scan_elman_bias_grad_sizes
        rng = np.random.RandomState(1)
        wh = shared(0.2 * rng.uniform(-1.0, 1.0, (2, 2)), name="wh")
        bh, b = shared(np.zeros(2), name="bh"), shared(np.zeros(2), name="b")

    def step(x_t, h_tm1):
        if not with_weights:
            h_t = T.sigmoid(x_t + T.dot(h_tm1, wh) + bh)
            return [h_t, nnet.softmax(h_t + b)]
        h_t = T.sigmoid(T.dot(x_t, wx) + T.dot(h_tm1, wh) + bh)
        return [h_t, nnet.softmax(T.dot(h_t, w) + b)]

    h0 = T.zeros(3 if with_weights else 2)
    (_h, s), _ = scan(step, sequences=x, outputs_info=[h0, None], n_steps=x.shape[0])
    cost = -T.log(s[:, 0, 0]).mean()
    params = [wx, wh, w, bh, b] if with_weights else [bh, b]
    gs = grad(cost, params)
    if with_weights:
        return function([x], cost, updates=[(p, p - 0.1 * g) for p, g in zip(params, gs)])
    return function([x], gs)


def test_gradient_sums_past_the_first_build_their_length_afresh_by_their_old_position():
    # Theano sizes the gradient loop before it drops the sums nothing reads (that of wx, wh,
    # w here); its rule "position > number of gradient buffers: the length is n_steps + 1
    # built afresh, else the shape table's" reads the positions before the drop. Both bias
    # sums sit past the first position, so both lengths are add(n, 1) built afresh and
    # their kept rows are one graph; read from the shape table, the first would have been
    # the forward loop's add(1, n), giving a second -1 + add(1, n) (the reach case
    # debugprint_scan_elman_bias_grad_sizes has Theano's one, read twice)
    from rngscope.graph.basic import Constant
    f = _elman_bias_grads(with_weights=False)
    nested = [n for n in f.fgraph.toposort() if str(n.op) == "Elemwise{add,no_inplace}"
              and isinstance(n.inputs[0], Constant) and int(n.inputs[0].data) == -1
              and n.inputs[1].owner is not None and str(n.inputs[1].owner.op) == str(n.op)]
    assert len(nested) == 1
    np.testing.assert_allclose(f(np.ones((3, 2)))[0], [-0.10281545348212229, 0.10105476331910304],
                               rtol=0, atol=1e-15)


def test_loops_are_made_in_place_last_first():
    # Theano's scanOp_make_inplace walks the loops in reversed toposort: the gradient loop
    # is replaced (and so becomes the newest reader of the weights) before the forward one,
    # and each weight's in-place update waits for [its shapes..., gradient loop, forward loop]
    f = _elman_bias_grads(with_weights=True)
    fg = f.fgraph
    order = fg.orderings()
    names = []
    for node in fg.toposort():
        if node in order and str(node.op) == "Elemwise{Composite{(i0 - (i1 * i2))}}[(0, 0)]":
            names.append([str(n.op).split("}")[0] for n in order[node] if "scan" in str(n.op)])
    assert names.count(["forall_inplace,cpu,grad_of_scan_fn", "forall_inplace,cpu,scan_fn"]) == 4
    assert names.count(["forall_inplace,cpu,scan_fn"]) == 1
    first = [str(n.op) + "(" + n.inputs[0].name + ")" for n in fg.toposort()[:3]]
    assert first == ["Shape_i{0}(b)", "InplaceDimShuffle{1,0}(w)", "Shape_i{1}(w)"]


def test_a_state_whose_initial_rows_are_set_from_a_scalar_leaves_the_loops_whole():
    # zeros(2) as the initial rows of taps [-2, -1] becomes a broadcast 0.0 set into the
    # buffer; Theano's expand_empty then reads that scalar's shape[0] and raises, and its
    # optimizer leaves this loop (and the later ones) as they are: out[2:] reads the whole
    # buffer of n + 2 rows
    seq = T.dvector("seq")
    out, _ = scan(lambda s, a, b: 0.5 * b + 0.25 * a + s, sequences=seq,
                  outputs_info=dict(initial=T.zeros(2), taps=[-2, -1]))
    f = function([seq], out)
    np.testing.assert_array_equal(f(np.arange(5.0)), [0.0, 1.0, 2.5, 4.5, 6.875])
    node = _loop(f)
    assert node.inputs[0].owner.op.__class__.__name__ == "Shape_i"
    reader = [n for n in f.fgraph.toposort() if isinstance(n.op, Subtensor)][-1]
    assert int(reader.inputs[1].data) == 2


def test_an_alloc_a_loop_reads_twice_is_made_afresh_for_each_in_place_buffer():
    # two equal zero buffers of a gradient loop (the states h and c read only through a
    # third output) merge into one Alloc; Theano's attempt_scan_inplace gives the in-place
    # loop a new Alloc for each input an Alloc makes for more than one reader
    from rngscope.shared import shared
    from rngscope.tensor.alloc import Alloc
    rng = np.random.RandomState(6)
    U = shared(rng.normal(0, 0.3, (3, 3)), name="U")

    def step(x_t, h_tm1, c_tm1):
        c = T.tanh(x_t + T.dot(h_tm1, U)) * c_tm1 + 0.5
        h = T.tanh(c)
        return [h, c, (h * c).sum()]

    x = T.dmatrix("x")
    (_h, _c, ys), _ = scan(step, sequences=x, outputs_info=[T.zeros((3,)), T.zeros((3,)), None])
    gU = grad((ys ** 2).sum(), U)
    f = function([x], gU)
    allocs = [n for n in f.fgraph.toposort() if isinstance(n.op, Alloc)]
    assert len(allocs) == 2
    (loop,) = [n for n in f.fgraph.toposort() if isinstance(n.op, Scan) and n.op.destroyed
               and any(a.outputs[0] is i for a in allocs for i in n.inputs)]
    read = [i for i in loop.inputs if any(a.outputs[0] is i for a in allocs)]
    assert len(read) == 2 and read[0] is not read[1]


def _buffer_sizes(f):
    """The size input of each loop's AllocEmpty buffers, loop after loop."""
    sizes = []
    for node in f.fgraph.toposort():
        if isinstance(node.op, Scan):
            for k in range(node.op.n_fed):
                buffer = node.inputs[1 + node.op.n_seqs + k]
                if buffer.owner is not None and buffer.owner.inputs[0].owner is not None \
                        and isinstance(buffer.owner.inputs[0].owner.op, AllocEmpty):
                    sizes.append(buffer.owner.inputs[0].owner.inputs[0])
    return sizes


def _three_walks(second_reads_first):
    x0 = T.dscalar("x0")
    srng = RandomStreams(seed=5)
    xs, ux = scan(lambda x: x + srng.normal(), outputs_info=x0, n_steps=3, name="first")
    outs, upd = [xs], dict(ux)
    if second_reads_first:
        ys, uy = scan(lambda x_t, y: y + x_t * srng.uniform(), sequences=xs, outputs_info=x0,
                      n_steps=3, name="second")
        outs.append(ys)
        upd.update(uy)
    zs, uz = scan(lambda z: z * 0.5 + srng.uniform(), outputs_info=x0, n_steps=3, name="third")
    upd.update(uz)
    return function([x0], outs + [zs], updates=upd)


def test_loops_of_the_same_constant_length_get_buffer_sizes_of_their_own_once_folded():
    """save_mem builds the sizes as graphs for a constant n_steps too; specialize folds them
    one after another, and the merge leaves the buffers' 3s apart (the kept 3 they were
    scheduled to become left the graph first), as recorded with Theano 1.0.5
    (theano-1.0.5-reach/debugprint_scan_merge_dependent): no buffer is shared."""
    sizes = _buffer_sizes(_three_walks(second_reads_first=True))
    assert [int(s.data) for s in sizes] == [3, 3, 3]
    assert len({id(s) for s in sizes}) == 3


def test_two_merged_walks_alone_share_their_buffer_size_and_their_buffer():
    """Without the loop reading the first walk, Theano's folds meet the kept 3 still read:
    one size, one buffer (the second a DeepCopyOp of it), as recorded with Theano 1.0.5."""
    f = _three_walks(second_reads_first=False)
    sizes = _buffer_sizes(f)
    assert [int(s.data) for s in sizes] == [3]
    assert "DeepCopyOp" in [str(n.op) for n in f.fgraph.toposort()]


def test_a_read_to_a_constant_row_keeps_the_steps():
    """Theano shortens a loop only by a bound that is a graph or a Python int: a constant
    bound is extract_constant's numpy value, which its ``type(stop) in integer_types``
    refuses, so the gradient's reversed read of a 3-step recurrence keeps 3 steps and 4
    rows (theano-1.0.5-reach/debugprint_scan_grad_recurrence)."""
    h0 = T.dvector("h0")
    out, _ = scan(lambda s: T.tanh(s) * 2.0, outputs_info=h0, n_steps=3, name="rec")
    f = function([h0], grad(out.sum(), h0))
    forward = next(n for n in f.fgraph.toposort() if isinstance(n.op, Scan) and n.op.name == "rec")
    assert int(forward.inputs[0].data) == 3
    assert _buffer_rows(forward) == 4


def _tapped_rnn(seq_taps, out_taps, srng=None):
    x, W = T.dmatrix("x"), T.dmatrix("W")
    h0 = T.dvector("h0") if out_taps == [-1] else T.dmatrix("h0")

    def step(*args):
        xs, hs = args[:len(seq_taps)], args[len(seq_taps):-1]
        h = T.tanh(T.dot(sum(xs[1:], xs[0]), W) + sum(hs[1:], hs[0]))
        return h if srng is None else h + srng.normal((2,), std=0.1)

    h, upd = scan(step, sequences=dict(input=x, taps=seq_taps),
                outputs_info=dict(initial=h0, taps=out_taps), non_sequences=W)
    return x, h0, W, h, upd


def _grad_loop(fn):
    (node,) = [n for n in fn.fgraph.toposort()
               if isinstance(n.op, Scan) and "grad_of" in n.op.name]
    return node


def test_two_step_outputs_of_one_inner_variable_are_dropped_by_position():
    """With a draw in the step, the gradient loop's inner outputs hold one variable twice
    (x's gradient at both taps, read in one sum); the function reads one of the two
    outputs: the other, and the unread accumulator of W, leave by their positions, and
    the variable stays for the output read."""
    x, h0, W, h, upd = _tapped_rnn([-2, -1], [-1], RandomStreams(seed=7))
    gx = grad(h[-2].sum(), x)
    f = function([x, h0, W], gx, updates=upd)
    loop = _grad_loop(f)
    assert [o for o in loop.outputs if not f.fgraph.clients(o)] == loop.outputs[:1]  # h0's
    assert len(loop.op.out_taps) == 2  # h's gradient buffer, x's
    (stream,) = list(upd)
    state = stream.get_value()
    args = (np.linspace(-1, 1, 12).reshape(6, 2), np.array([0.2, -0.4]),
            np.array([[0.5, -0.2], [0.3, 0.8]]))
    got = f(*args)
    stream.set_value(state)
    assert np.allclose(got, function([x, h0, W], gx, updates=upd, mode=UNOPTIMIZED)(*args))


def test_an_unread_accumulator_stays_when_a_gradient_buffer_writes_two_rows():
    """Theano's scanOp_save_mem reads the outer positions of the unread outputs as inner
    positions: past a gradient buffer writing two rows (h's, for taps [-2, -1]) W's unread
    accumulator is taken for the inner output before it and stays while x's gradient
    after it is read; without x's gradient both leave."""
    x, h0, W, h, _ = _tapped_rnn([0], [-2, -1])
    cost = h[-1].sum()
    with_x = function([x, h0, W], grad(cost, [W, x]))
    loop = _grad_loop(with_x)
    unread = [k for k, o in enumerate(loop.outputs) if not with_x.fgraph.clients(o)]
    assert unread == [0, 1]  # h0's gradient buffer, W's accumulator
    without_x = function([x, h0, W], grad(cost, W))
    loop = _grad_loop(without_x)
    assert [o for o in loop.outputs if not without_x.fgraph.clients(o)] == loop.outputs[:1]
    args = (np.linspace(-1, 1, 10).reshape(5, 2), np.array([[0.2, -0.4], [0.1, 0.3]]),
            np.array([[0.5, -0.2], [0.3, 0.8]]))
    reference = function([x, h0, W], grad(cost, [W, x]), mode=UNOPTIMIZED)(*args)
    for got, want in zip(with_x(*args), reference):
        assert np.allclose(got, want)
    assert np.allclose(without_x(*args), reference[0])
