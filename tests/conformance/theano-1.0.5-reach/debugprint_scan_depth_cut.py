# Covers: theano.printing.debugprint(f, depth=N) of compiled and uncompiled scans: a scan output a node reads is listed for "Inner graphs of the scan ops" even when depth leaves it unprinted (Theano lists a node's scan inputs before the depth check), its section head printed then with its readers (print_clients), and a step input fed from an outer variable depth left unprinted gets a new id after the arrow (-> [id N]).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


srng = RandomStreams(seed=362)
x0 = T.dvector('x0')


def step(x_tm1):
    return x_tm1 + srng.normal(size=x_tm1.shape, std=0.1)


xs, upd = theano.scan(step, outputs_info=x0, n_steps=4)
f = theano.function([x0], [xs, xs[-1].sum()], updates=upd)
theano.printing.debugprint(f, print_clients=True, ids='int', depth=2)
theano.printing.debugprint(f, depth=1)
theano.printing.debugprint(f, depth=3, ids='')
theano.printing.debugprint([xs[-1].sum(), xs.mean()], depth=2)
W = theano.shared(np.array([[0.5, -1.0], [0.25, 1.5]]), name='W')
v = T.dmatrix('v')


def gibbs(v_tm1):
    m = T.nnet.sigmoid(T.dot(v_tm1, W))
    return m, srng.binomial(size=m.shape, n=1, p=m, dtype='float64')


(ms, ss), upd2 = theano.scan(gibbs, outputs_info=[None, v], n_steps=2)
cost = T.sqr(v - ms[-1]).mean()
train = theano.function([v], cost, updates=upd2)
theano.printing.debugprint(train, print_clients=True, ids='int', depth=4)
theano.printing.debugprint(train, depth=3)
last = theano.function([x0], xs[-1].sum(), updates=upd)
theano.printing.debugprint(last, depth=3)
show('xs', f(np.zeros(2))[0])
show('cost', train(np.array([[1.0, 0.0], [0.0, 1.0]])))
