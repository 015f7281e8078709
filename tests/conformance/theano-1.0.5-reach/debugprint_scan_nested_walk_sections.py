# Covers: debugprint of a compiled scan whose step runs its own scan (a random walk of three srng.normal steps started from each row of x plus the previous state, its updates returned by the outer step): Theano's "Inner graphs of the scan ops" lists the inner loop's outputs met in the outer step's section and prints their sections too (three here: .0, .1, .1), the inner loop's inputs naming the outer step's variables they come from; values over two calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=13)


def inner_step(h):
    return h + srng.normal(size=(2,), std=0.1)


def outer_step(x_t, h_tm1):
    hs, upd = theano.scan(inner_step, outputs_info=h_tm1 + x_t, n_steps=3)
    return hs[-1], upd


x = T.dmatrix('x')
h, updates = theano.scan(outer_step, sequences=x, outputs_info=T.zeros(2))
f = theano.function([x], h, updates=updates)
show("h", f(np.ones((3, 2))))
show("h", f(np.ones((3, 2))))
theano.printing.debugprint(f)
