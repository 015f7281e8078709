# Covers: a forward pass scan (an RNN over a sequence, its outputs returned) and a sampling scan of the same length drawing MRG normals from a non-sequence mean, in one function with a symbolic length from the sequence: merged when their step counts are one graph ('forward&sampler'); values and MRG state over two calls, debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.round(12).tolist())


srng = MRG_RandomStreams(seed=123)
X = T.dmatrix('X')
W = theano.shared(np.eye(2) * 0.5, name='W')
mu = T.dvector('mu')
hs, _ = theano.scan(lambda x, h: T.tanh(x + T.dot(h, W)), sequences=X,
                    outputs_info=T.zeros((2,)), name='forward')
samples, us = theano.scan(lambda m: m + srng.normal((2,), dtype='float64'), non_sequences=mu,
                          n_steps=X.shape[0], name='sampler')
f = theano.function([X, mu], [hs, samples], updates=us)
theano.printing.debugprint(f)
for call in range(2):
    a, b = f(np.arange(6.0).reshape(3, 2) / 10, np.array([1.0, -1.0]))
    show("hs", a)
    show("samples", b)
    print("mrg", srng.state_updates[0][0].get_value().ravel()[:6].tolist())
