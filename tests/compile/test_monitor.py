"""MonitorMode: pre_func / post_func called around each node with its index in the order
the function runs, the Apply and its storage cells; an in-place node's destroyed input shows
what the node wrote into it, as Theano's does."""
from __future__ import annotations

import numpy as np

from rngscope.compile.function import function
from rngscope.compile.monitor import MonitorMode
from rngscope.tensor import basic as T


def test_the_monitor_functions_see_each_node_before_and_after_it_runs():
    x = T.dscalar("x")
    seen = []

    def pre(i, node, fn):
        seen.append(("pre", i, str(node.op), [c[0].tolist() for c in fn.inputs]))

    def post(i, node, fn):
        seen.append(("post", i, str(node.op), [c[0].tolist() for c in fn.outputs]))

    f = function([x], x ** 2 + 1, mode=MonitorMode(pre, post, optimizer="fast_compile"))
    assert f(2.0) == 5.0
    assert seen == [("pre", 0, "Elemwise{pow,no_inplace}", [2.0, 2]),
                    ("post", 0, "Elemwise{pow,no_inplace}", [4.0]),
                    ("pre", 1, "Elemwise{add,no_inplace}", [4.0, 1]),
                    ("post", 1, "Elemwise{add,no_inplace}", [5.0])]


def test_an_in_place_nodes_destroyed_input_shows_what_it_wrote():
    """Unfused, exp(sqrt(y)) * 2 runs its elementwise ops in place: after each, the input
    it destroyed holds the node's result (the Theano doc's detect_nan prints it so)."""
    y = T.dvector("y")
    after = []

    def post(i, node, fn):
        if getattr(node.op, "destroy_map", None):
            (o, (k,)), = node.op.destroy_map.items()
            after.append((fn.inputs[k][0], fn.outputs[o][0]))

    f = function([y], T.exp(T.sqrt(y)) * 2, mode=MonitorMode(post_func=post).excluding("fusion"))
    f(np.array([1.0, 4.0]))
    assert after and all(np.array_equal(i, o) for i, o in after)
