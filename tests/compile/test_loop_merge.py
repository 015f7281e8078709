"""Theano's scanOp_merge: loops of one function with the same number of steps, neither
reading the other, run as one loop ``a&b`` (rewrites/loop_merge.py)."""
from __future__ import annotations

import numpy as np

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.compile.scan import Scan, scan
from rngscope.printing.debugprint import debugprint
from rngscope.streams import RandomStreams
from rngscope.tensor import basic as T


def _loops(fn):
    return [n for n in fn.fgraph.toposort() if isinstance(n.op, Scan)]


def _walks(n_a=3, n_b=3):
    srng = RandomStreams(seed=11)
    x0 = T.dscalar("x0")
    w = T.dscalar("w")
    xs, ux = scan(lambda x, w_: x * w_ + srng.uniform(), outputs_info=x0, non_sequences=w,
                  n_steps=n_a, name="walk_a")
    ys, uy = scan(lambda y: y - srng.normal(), outputs_info=x0, n_steps=n_b, name="walk_b")
    updates = dict(ux)
    updates.update(uy)
    return srng, x0, w, xs, ys, updates


def test_two_independent_loops_of_one_length_are_one_loop_named_a_and_b():
    _srng, x0, w, xs, ys, updates = _walks()
    f = function([x0, w], [xs, ys], updates=updates)
    (node,) = _loops(f)
    assert node.op.name == "walk_a&walk_b"
    assert node.op.parts == ("walk_a", "walk_b")
    text = debugprint(f, file="str")
    # the loops' inner inputs carry the index of their loop, the outer w too (w0); the
    # script's variable keeps its name
    assert " > |x0[t-1]0 [id " in text and " > |x0[t-1]1 [id " in text
    assert " |w0 [id " in text and " > |w_copy0 [id " in text
    assert w.name == "w"


def test_the_merged_loop_draws_and_advances_the_streams_as_the_two_loops_do():
    srng, x0, w, xs, ys, updates = _walks()
    f = function([x0, w], [xs, ys], updates=updates)
    states = [s.get_value(borrow=False).get_state() for s, _u in srng.state_updates]
    merged = [np.asarray(v) for v in f(0.5, 2.0)]
    after = [s.get_value().get_state()[2] for s, _u in srng.state_updates]
    for (s, _u), st in zip(srng.state_updates, states):
        r = np.random.RandomState()
        r.set_state(st)
        s.set_value(r)
    g = function([x0, w], [xs, ys], updates=updates, mode=UNOPTIMIZED)
    assert len(_loops(g)) == 2
    plain = [np.asarray(v) for v in g(0.5, 2.0)]
    for a, b in zip(merged, plain):
        np.testing.assert_array_equal(a, b)
    assert [s.get_value().get_state()[2] for s, _u in srng.state_updates] == after


def test_loops_of_different_lengths_stay_apart():
    _srng, x0, w, xs, ys, updates = _walks(3, 4)
    f = function([x0, w], [xs, ys], updates=updates)
    assert sorted(n.op.name for n in _loops(f)) == ["walk_a", "walk_b"]


def test_a_loop_reading_another_loops_output_stays_apart():
    srng = RandomStreams(seed=2)
    x0 = T.dscalar("x0")
    xs, ux = scan(lambda x: x + srng.uniform(), outputs_info=x0, n_steps=3, name="first")
    ys, _ = scan(lambda x_t, y: y + x_t, sequences=xs, outputs_info=x0, n_steps=3,
                 name="second")
    f = function([x0], [xs, ys], updates=ux)
    assert [n.op.name for n in _loops(f)] == ["first", "second"]


def test_a_symbolic_count_merges_when_it_is_the_same_variable():
    srng = RandomStreams(seed=2)
    n, m = T.iscalar("n"), T.iscalar("m")
    a0 = T.dscalar("a0")
    a, ua = scan(lambda v: v + srng.uniform(), outputs_info=a0, n_steps=n, name="a")
    b, _ = scan(lambda v: v * 2, outputs_info=a0, n_steps=n, name="b")
    c, _ = scan(lambda v: v * 3, outputs_info=a0, n_steps=m, name="c")
    f = function([a0, n, m], [a, b, c], updates=ua)
    assert sorted(nd.op.name for nd in _loops(f)) == ["a&b", "c"]
    out = f(1.0, 2, 3)
    np.testing.assert_array_equal(out[1], [2.0, 4.0])
    np.testing.assert_array_equal(out[2], [3.0, 9.0, 27.0])


def test_the_merged_loop_names_the_loop_each_inner_input_came_from():
    _srng, x0, w, xs, ys, updates = _walks()
    f = function([x0, w], [xs, ys], updates=updates)
    (node,) = _loops(f)
    op = node.op
    first = len(op.inner_inputs) - op.n_nonseq - op.n_shared
    assert [op.part_of(v) for v in op.inner_inputs[first:first + op.n_shared]] == [
        "walk_a (1st of walk_a&walk_b)", "walk_b (2nd of walk_a&walk_b)"]


def test_the_scripts_loop_is_renamed_only_where_theano_renames_it():
    """Theano's merge renames the inner inputs of the loops it merges, in place; a loop
    whose non-sequence work was pushed out before is a copy (PushOutNonSeqScan rebuilds the
    step), the script's loop keeps its names."""
    srng = RandomStreams(seed=3)
    x = T.dscalar("x")
    xs, ux = scan(lambda p: p + srng.uniform(), outputs_info=x, n_steps=2)  # size: shape(0 + 1)
    ys, _ = scan(lambda p: p * 2, outputs_info=x, n_steps=2)
    function([x], [xs, ys], updates=ux)
    drawing, plain = xs.owner.inputs[0].owner.op, ys.owner.inputs[0].owner.op
    assert [v.name for v in drawing.inner_inputs] == ["x[t-1]", None]
    assert [v.name for v in plain.inner_inputs] == ["x[t-1]1"]


def test_a_buffer_two_merged_loops_start_from_is_copied_for_the_second():
    x = T.dscalar("x")
    xs, _ = scan(lambda p: p + 1, outputs_info=x, n_steps=2)
    ys, _ = scan(lambda p: p * 2, outputs_info=x, n_steps=2)
    f = function([x], [xs, ys])
    (node,) = _loops(f)
    assert str(node.op) == "forall_inplace,cpu,scan_fn&scan_fn}"
    first, second = node.inputs[1:3]
    assert str(second.owner.op) == "DeepCopyOp" and second.owner.inputs[0] is first
    assert [np.asarray(v).tolist() for v in f(1.0)] == [[2.0, 3.0], [2.0, 4.0]]


def test_of_two_loops_starting_from_one_buffer_the_later_one_writes_into_it():
    """Theano's scan in-place pass visits the loops last first (its toposort reversed)."""
    x, lim = T.dscalar("x"), T.dscalar("lim")
    from rngscope.compile.scan import until
    a, _ = scan(lambda v, l_: (v + 1, until(v > l_)), outputs_info=x, non_sequences=lim,
                n_steps=5, name="wa")
    b, _ = scan(lambda v, l_: (v * 2, until(v * 2 > l_)), outputs_info=x, non_sequences=lim,
                n_steps=5, name="wb")
    f = function([x, lim], [a, b])
    assert [str(n.op) for n in _loops(f)] == ["do_while{cpu,wa}", "do_whileall_inplace,cpu,wb}"]


def test_loops_compiled_with_another_scan_mode_stay_apart():
    """Theano's belongs_to_set compares the mode scan() was given (the gradient and
    R-operator loops keep their loop's)."""
    x = T.dscalar("x")
    a, _ = scan(lambda p: p + 1, outputs_info=x, n_steps=2, name="a")
    b, _ = scan(lambda p: p * 2, outputs_info=x, n_steps=2, name="b", mode="FAST_RUN")
    c, _ = scan(lambda p: p * 3, outputs_info=x, n_steps=2, name="c", mode="FAST_RUN")
    f = function([x], [a, b, c])
    # as Theano 1.0.5 compiles it (the later loop writes into the buffer the three share)
    assert sorted(str(n.op) for n in _loops(f)) == ["forall_inplace,cpu,b&c}", "for{cpu,a}"]
    assert [np.asarray(v).tolist() for v in f(1.0)] == [[2.0, 3.0], [2.0, 4.0], [3.0, 9.0]]
