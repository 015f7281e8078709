"""Nothing recursive over graph size: a 100,000-node-deep chain compiles, runs and prints."""
from __future__ import annotations

import numpy as np

from rngscope.compile.function import function
from rngscope.graph.basic import ancestors, io_toposort
from rngscope.printing.debugprint import debugprint
from rngscope.streams import RandomStreams
from rngscope.tensor import basic as T

DEPTH = 100_000


def chain(x, depth):
    """x -> x * 1.0001 + 0.5 -> exp(. * 1e-9) -> ... : ``depth`` elementwise nodes in a line."""
    y = x
    for i in range(depth // 2):
        y = y * 1.0001 + 0.5 if i % 2 == 0 else T.exp(y * 1e-9)
    return y


def reference(xv, depth):
    y = xv.copy()
    for i in range(depth // 2):
        y = y * 1.0001 + 0.5 if i % 2 == 0 else np.exp(y * 1e-9)
    return y


def test_walks_of_a_deep_graph_do_not_recurse():
    x = T.dvector("x")
    y = chain(x, DEPTH)
    nodes = io_toposort([x], [y])
    assert len(nodes) >= DEPTH
    assert ancestors([y])[-1] is not None


def test_deep_chain_compiles_runs_and_prints():
    srng = RandomStreams(3)
    u = srng.uniform((3,))
    x = T.dvector("x")
    f = function([x], chain(x + u, DEPTH))
    xv = np.array([0.0, 1.0, 2.0])
    out = f(xv)
    draw = np.random.RandomState(u.rng.tag["seed"]).uniform(0.0, 1.0, (3,))
    np.testing.assert_allclose(out, reference(xv + draw, DEPTH), rtol=1e-9)
    text = debugprint(f, file="str")
    assert text.startswith("Elemwise{Composite{")
    assert "RandomFunction{uniform}.0" in text.splitlines()[-1]
