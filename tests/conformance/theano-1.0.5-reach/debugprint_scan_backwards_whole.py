# Covers: compiled go_backwards scans whose whole output sequence is read (not only its last step): a reversed running sum over a vector, a backward tanh recurrence over the rows of a matrix with a shared weight and an initial state input, and a backward walk adding srng.normal noise at each step compiled with its updates; debugprint of each compiled function (the buffer size 1 + n_steps kept over the shared step count) and the values over two calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
back, _ = theano.scan(lambda xt, acc: acc + xt, sequences=x,
                      outputs_info=T.constant(np.float64(0.0)), go_backwards=True)
f = theano.function([x], back)
theano.printing.debugprint(f)
show('back', f(np.arange(4.0)))

m = T.dmatrix('m')
h0 = T.dvector('h0')
W = theano.shared(np.array([[0.5, -0.25], [0.125, 0.75]]), name='W')
hs, _ = theano.scan(lambda r, h: T.tanh(T.dot(h, W) + r), sequences=m, outputs_info=h0,
                    go_backwards=True)
g = theano.function([m, h0], hs)
theano.printing.debugprint(g)
show('hs', g(np.arange(6.0).reshape(3, 2) / 4, np.zeros(2)))

srng = RandomStreams(seed=17)
walk, upd = theano.scan(lambda xt, acc: acc + xt + srng.normal((), std=0.1), sequences=x,
                        outputs_info=T.constant(np.float64(0.0)), go_backwards=True)
w = theano.function([x], walk, updates=upd)
theano.printing.debugprint(w)
for call in range(2):
    show('walk', w(np.ones(3)))
