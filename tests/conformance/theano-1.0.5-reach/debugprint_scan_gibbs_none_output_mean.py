# Covers: a two-step Gibbs chain in theano.scan with outputs_info=[None, v0] (the step returns the visible means, not fed back, and a binomial sample fed back, its hidden draw of size (v.shape[0], 2) with a sigmoid probability), drawn once with MRG_RandomStreams and once with RandomStreams imported under the name MRG_RandomStreams (as scripts switch between them): a cost reading the chain's end vs[-1] and T.mean(ms[-1]) compiled with the scan's updates; debugprint of each compiled function, then the cost and mean of one call.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


for streams in [MRG_RandomStreams, RandomStreams]:
    mrg = streams(seed=3)
    v0 = T.matrix('v0')
    W = theano.shared(np.ones((3, 2)) * 0.1, name='W')

    def step(v):
        h = mrg.binomial(size=(v.shape[0], 2), p=T.nnet.sigmoid(T.dot(v, W)), dtype='float64')
        m = T.nnet.sigmoid(T.dot(h, W.T))
        return m, mrg.binomial(size=m.shape, p=m, dtype='float64')

    (ms, vs), upd = theano.scan(step, outputs_info=[None, v0], n_steps=2)
    end = vs[-1]
    cost = T.mean(T.dot(v0, W)) - T.mean(T.dot(end, W))
    f = theano.function([v0], [cost, T.mean(ms[-1])], updates=upd)
    theano.printing.debugprint(f)
    c, m = f(np.ones((2, 3)))
    show('cost', c)
    show('mean', m)
