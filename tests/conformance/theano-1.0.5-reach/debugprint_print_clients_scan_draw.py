# Covers: theano.printing.debugprint(f, print_clients=True) of a compiled scan drawing in its step (an RBM's Gibbs chain with updates): the draw in the step is tried in place on its state and refused (every input of a step is protected), which reverses the readers of the sample (the node reading it, then 'output'), and the step's draw copies the state each step while the stream advances once per step.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


srng = RandomStreams(seed=7)
W = theano.shared(np.array([[0.5, -1.0, 0.25], [1.5, 0.5, -0.5], [0.0, 1.0, 2.0]]), name='W')
hb = theano.shared(np.zeros(3), name='hbias')
v = T.dvector('v')


def step(v_tm1):
    m = T.nnet.sigmoid(T.dot(v_tm1, W))
    s = srng.binomial(size=m.shape, n=1, p=m, dtype='float64')
    return s, T.dot(s, W) + hb


(vs, hs), upd = theano.scan(step, outputs_info=[v, None], n_steps=3)
f = theano.function([v], [vs, hs], updates=upd)
theano.printing.debugprint(f, print_clients=True)
out = f(np.ones(3))
show('vs', out[0])
show('hs', out[1])
rng = list(upd.keys())[0]
print('pos', rng.get_value().get_state()[2])
