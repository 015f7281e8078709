# Covers: debugprint of compiled scans with an output nothing reads: a Gibbs step returning [pv, v] (a sigmoid and its binomial sample) compiled to return only the samples with the stream's updates (Theano's scan_save_mem drops the unread pv output and its count, keeps 2 rows of the walk for out[1:], and the step's value and stream update read one draw); a recurrence with an unread map output; values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=0)
W = theano.shared(np.array([[0.3, -0.2], [0.1, 0.4]]), name='W')
h0 = T.dmatrix('h0')


def step(h):
    pv = T.nnet.sigmoid(T.dot(h, W.T))
    v = srng.binomial(size=pv.shape, n=1, p=pv, dtype='float64')
    return [pv, v]


(pvs, vs), upd = theano.scan(step, outputs_info=[None, h0], n_steps=2)
f = theano.function([h0], vs, updates=upd)
theano.printing.debugprint(f)
print(f(np.full((1, 2), 0.5)).tolist())
print(f(np.full((1, 2), 0.5)).tolist())


def step2(h):
    return T.tanh(T.dot(h, W.T)), T.nnet.sigmoid(h)


(a, b), _ = theano.scan(step2, outputs_info=[h0, None], n_steps=2)
g = theano.function([h0], a)
theano.printing.debugprint(g)
print(g(np.full((1, 2), 0.5)).tolist())
