# Covers: a loop a step rebuilds from non-sequences: a theano.scan over the rows of v (bias_t = T.tanh(v_t[:2])) read by the step of a second theano.scan, a 2-step Gibbs chain starting from v that draws rng.binomial from RandomStreams with p = T.nnet.sigmoid(T.dot(v, W) + bias_t); Theano's scan push-out moves the whole bias loop (and the ScalarFromTensor of its length) out of the chain's step, so the compiled function runs it once before the chain; the compiled debugprint and the chain's last sample.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = RandomStreams(seed=909)
W = theano.shared(np.random.RandomState(0).normal(0, 0.5, (3, 2)), name='W')
v = T.matrix('v')
bias_t, _ = theano.scan(lambda v_t: T.tanh(v_t[:2]), sequences=v)


def gibbs(v):
    h = rng.binomial(size=(v.shape[0], 2), n=1, p=T.nnet.sigmoid(T.dot(v, W) + bias_t),
                     dtype='float64')
    return rng.binomial(size=v.shape, n=1, p=T.nnet.sigmoid(T.dot(h, W.T)), dtype='float64')


chain, updates = theano.scan(gibbs, outputs_info=[v], n_steps=2)
f = theano.function([v], chain[-1], updates=updates)
theano.printing.debugprint(f)
show("sample", f(np.array([[1, 0, 1], [0, 1, 1], [1, 1, 0]], 'float64')))
