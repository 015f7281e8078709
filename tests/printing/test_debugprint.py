"""``debugprint``'s print_storage: the storage cells Theano's VM keeps between calls."""
from __future__ import annotations

import io
import textwrap

import numpy as np

from rngscope.compile.function import In, function
from rngscope.printing.debugprint import debugprint
from rngscope.shared import shared
from rngscope.tensor import basic as T


def _text(obj, **kw):
    out = io.StringIO()
    debugprint(obj, file=out, **kw)
    return out.getvalue()


def test_print_storage_shows_shared_values_constants_defaults_and_none_for_the_rest():
    # Theano 1.0.5's text for the same function after one call
    x, s = T.dvector("x"), T.dscalar("s")
    w = shared(np.array([1.0, 2.0]), name="w")
    f = function([x, In(s, value=2.0)], T.tanh(x * w).sum() * s, updates=[(w, w + 1)])
    f([1.0, 2.0])
    assert _text(f, print_storage=True) == textwrap.dedent("""\
        Elemwise{Mul}[(0, 0)] [id A] ''   3 [None]
         |Sum{acc_dtype=float64} [id B] ''   2 [None]
         | |Elemwise{Composite{tanh((i0 * i1))}}[(0, 1)] [id C] ''   1 [None]
         |   |x [id D] [None]
         |   |w [id E] [array([2., 3.])]
         |s [id F] [array(2.)]
        Elemwise{add,no_inplace} [id G] ''   0 [None]
         |TensorConstant{(1,) of 1.0} [id H] [array([1.])]
         |w [id E] [array([2., 3.])]
        """)


def test_print_storage_marks_only_the_compiled_function_in_a_list():
    x = T.dvector("x")
    f = function([x], x * 2)
    assert _text([f, x + 1], print_storage=True) == textwrap.dedent("""\
        Elemwise{mul,no_inplace} [id A] ''   0 [None]
         |TensorConstant{(1,) of 2.0} [id B] [array([2.])]
         |x [id C] [None]
        Elemwise{add,no_inplace} [id D] ''   
         |x [id E]
         |InplaceDimShuffle{x} [id F] ''   
           |TensorConstant{1} [id G]
        """)


def test_print_clients_names_the_readers_of_a_variable_read_twice_giving_them_ids():
    # Theano 1.0.5's text: the Sqr node gets its id C when listed as a reader
    x = T.dvector("x")
    w = shared(np.array([1.0, 2.0]), name="w")
    h = T.tanh(x * w)
    f = function([x], [h.sum(), (h ** 2).sum()])
    assert _text(f, print_clients=True) == textwrap.dedent("""\
        Sum{acc_dtype=float64} [id A] ''   1
         |Elemwise{Composite{tanh((i0 * i1))}} [id B] ''   0 clients:[('[id A]', 1), ('[id C]', 2)]
           |x [id D]
           |w [id E]
        Sum{acc_dtype=float64} [id F] ''   3
         |Elemwise{Sqr}[(0, 0)] [id C] ''   2
           |Elemwise{Composite{tanh((i0 * i1))}} [id B] ''   0 clients:[('[id A]', 1), ('[id C]', 2)]
        """)


def test_print_clients_lists_the_output_reader_last_and_skips_uncompiled_graphs():
    # Theano's FunctionGraph adds the outputs as readers after importing every node; the word
    # 'output' takes a place among the ids (x is D, not C)
    x = T.dvector("x")
    h = T.tanh(x)
    f = function([x], [h, h.sum()])
    assert _text(f, print_clients=True) == textwrap.dedent("""\
        Elemwise{tanh,no_inplace} [id A] ''   0 clients:[('[id B]', 1), ('output', '')]
         |x [id D]
        Sum{acc_dtype=float64} [id B] ''   1
         |Elemwise{tanh,no_inplace} [id A] ''   0 clients:[('[id B]', 1), ('output', '')]
        """)
    assert "clients" not in _text([h.sum(), h.mean()], print_clients=True)


def test_a_scan_output_depth_leaves_unprinted_gets_its_section_and_new_ids_after_arrows():
    # Theano 1.0.5's text: Subtensor [id 1] reads the loop's output .0 below the depth, so
    # the loop gets a second section (head with its readers); with depth=1 the step input
    # x0[t-1] is fed from a buffer never printed, which gets its id after the arrow
    from rngscope.compile.scan import scan
    from rngscope.streams import RandomStreams

    srng = RandomStreams(seed=362)
    x0 = T.dvector("x0")
    xs, upd = scan(lambda x_tm1: x_tm1 + srng.normal(size=x_tm1.shape, std=0.1),
                   outputs_info=x0, n_steps=4)
    f = function([x0], [xs, xs[-1].sum()], updates=upd)
    assert _text(f, print_clients=True, ids="int", depth=2) == textwrap.dedent("""\
        forall_inplace,cpu,scan_fn}.0 [id 0] ''   5 clients:[('[id 1]', 6), ('output', '')]
         |TensorConstant{4} [id 3]
         |IncSubtensor{InplaceSet;:int64:} [id 4] ''   4
         |<RandomStateType> [id 5]
        Sum{acc_dtype=float64} [id 6] ''   7
         |Subtensor{int64} [id 1] ''   6
        forall_inplace,cpu,scan_fn}.1 [id 0] ''   5

        Inner graphs of the scan ops:

        forall_inplace,cpu,scan_fn}.0 [id 0] ''    clients:[('[id 1]', ''), ('output', '')]
         >Elemwise{add,no_inplace} [id 7] ''   
         > |x0[t-1] [id 8] -> [id 4]
         > |RandomFunction{normal}.1 [id 9] ''   
         >RandomFunction{normal}.0 [id 9] ''   

        forall_inplace,cpu,scan_fn}.0 [id 0] ''    clients:[('[id 1]', ''), ('output', '')]
         >Elemwise{add,no_inplace} [id 7] ''   
         >RandomFunction{normal}.0 [id 9] ''   

        forall_inplace,cpu,scan_fn}.1 [id 0] ''   
         >Elemwise{add,no_inplace} [id 7] ''   
         >RandomFunction{normal}.0 [id 9] ''   
        """)
    text = _text(f, depth=1)
    assert text.count("Inner graphs of the scan ops") == 1
    assert " > |x0[t-1] [id" not in text  # depth 1: the step's outputs only


def test_done_keeps_what_a_call_printed_as_theano_dict_of_ids():
    # Theano 1.0.5: done maps each printed node or leaf to its id text; a second call with
    # it prints those as already printed, with ids of its own
    x = T.dmatrix("x")
    h = T.tanh(x)
    z = h * h + 1
    done = {}
    first = _text(z, done=done)
    assert [v for v in done.values()] == ["[id %s]" % c for c in "ABCDEF"]
    assert z.owner in done and x in done
    assert _text([z, h], done=done) == textwrap.dedent("""\
        Elemwise{add,no_inplace} [id A] ''   
        Elemwise{tanh,no_inplace} [id B] ''   
        """)
    assert first.startswith("Elemwise{add,no_inplace} [id A] ''   \n |Elemwise{mul,no_inplace}")


def test_a_compiled_variable_printed_by_itself_lists_its_readers_without_indices():
    # Theano 1.0.5: the variable keeps its FunctionGraph's clients; no toposort index
    x = T.dvector("x")
    h = T.tanh(x)
    f = function([x], [h * h + h.sum(), h])
    assert _text(f.fgraph.outputs[1], print_clients=True) == textwrap.dedent("""\
        Elemwise{tanh,no_inplace} [id A] ''    clients:[('[id B]', ''), ('output', ''), ('[id D]', '')]
         |x [id E]
        """)


def test_print_storage_shows_a_slice_bound_constant_as_a_plain_array():
    # Theano 1.0.5 prints [array(-1)]: the bounds slice arithmetic builds are int64 arrays
    from rngscope.compile.scan import scan
    from rngscope.tensor.gradient import grad

    x = T.dmatrix("x")
    W = shared(np.array([[0.1, -0.2], [0.3, 0.4]]), name="W")
    h, _ = scan(lambda x_t, h_tm1: T.tanh(x_t + T.dot(h_tm1, W)), sequences=x,
                outputs_info=T.zeros((2,), "float64"))
    f = function([x], grad(h.sum(), W))
    text = _text(f, print_storage=True)
    assert "[array(-1)]" in text and "Legacy" not in text
