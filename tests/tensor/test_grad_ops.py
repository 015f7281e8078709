"""grad_clip and grad_scale: identities forward, their gradients clipped or scaled; every
gradient-only identity is gone from the compiled graph, as Theano removes its ViewOps."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.tensor import basic as T
from rngscope.tensor.grad_ops import grad_clip, grad_scale
from rngscope.tensor.gradient import disconnected_grad, grad, zero_grad


def test_clip_and_scale_change_only_the_gradient():
    v = T.dvector("v")
    vv = np.array([1.0, -2.0, 0.25])
    cost = T.sum(grad_clip(v, -1.0, 1.0) ** 2) + T.sum(grad_scale(v, 0.1) * 3.0)
    value, g = function([v], [cost, grad(cost, v)])(vv)
    assert float(value) == float(np.sum(vv ** 2) + np.sum(vv * 3.0))
    np.testing.assert_allclose(g, np.clip(2 * vv, -1.0, 1.0) + 0.3, rtol=1e-15)
    with pytest.raises(AssertionError):
        grad_clip(v, 1.0, -1.0)


@pytest.mark.parametrize("mode", ["FAST_RUN", "FAST_COMPILE"])
def test_gradient_only_identities_are_compiled_away(mode):
    v = T.dvector("v")
    out = zero_grad(v) * 2 + disconnected_grad(v) + grad_clip(v, -1, 1) + grad_scale(v, 3)
    f = function([v], out, mode=mode)
    names = " ".join(str(n.op) for n in f.maker.fgraph.toposort())
    assert not any(k in names for k in ("ZeroGrad", "DisconnectedGrad", "GradClip", "GradScale"))
    assert f(np.array([1.0, 2.0])).tolist() == [5.0, 10.0]
    kept = function([v], zero_grad(v) * 2, mode=UNOPTIMIZED)
    assert "ZeroGrad" in [str(n.op) for n in kept.maker.fgraph.toposort()]
