"""theano.tensor.nnet.h_softmax without a target: every output's probability, the class's
times the output's within its class; with a target (Theano's sparse_block_dot) rngscope's gap."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compat import theano_imports
from rngscope.compat.missing import NotImplementedByRngscope


def test_h_softmax_gives_every_outputs_probability_and_names_the_target_path_a_gap():
    with theano_imports():
        import theano
        import theano.tensor as T
        from theano.tensor.nnet import h_softmax

        rng = np.random.RandomState(0)
        w1, w2 = rng.normal(size=(4, 3)), rng.normal(size=(3, 4, 3))
        x = T.dmatrix("x")
        args = (theano.shared(w1), theano.shared(np.zeros(3)), theano.shared(w2),
                theano.shared(np.zeros((3, 3))))
        out = h_softmax(x, 2, 7, 3, 3, *args)
        xv = rng.normal(size=(2, 4))
        got = theano.function([x], out)(xv)

        def softmax(v):
            e = np.exp(v - v.max(axis=-1, keepdims=True))
            return e / e.sum(axis=-1, keepdims=True)

        expected = (softmax(xv @ w1)[:, :, None] * softmax(np.einsum("bf,cfo->bco", xv, w2)))
        assert got.shape == (2, 7) and np.allclose(got, expected.reshape(2, 9)[:, :7])
        with pytest.raises(NotImplementedByRngscope, match="h_softmax"):
            h_softmax(x, 2, 7, 3, 3, *args, target=T.ivector("t"))
