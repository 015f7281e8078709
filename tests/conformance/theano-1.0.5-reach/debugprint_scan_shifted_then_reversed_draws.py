# Covers: a dropout RNN over x[1:] (a binomial mask of the state's symbolic size drawn in each step, the initial state T.zeros((x.shape[1],))) and a second scan over its outputs reversed, hs[::-1], adding Gaussian noise of symbolic size in each step; both loops' updates passed to function(): debugprint of the compiled functions reading [hs, rev], rev[-1], hs[-1] + rev[-1] and rev[1:] - hs[:-1] (the loops' buffer sizes and the slices' index arithmetic), then the values of each call.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


srng = RandomStreams(seed=11)
x = T.dmatrix('x')
W = theano.shared(np.arange(9.0).reshape(3, 3) / 10 - 0.4, name='W')
h0 = T.zeros((x.shape[1],))


def step(x_t, h_prev):
    mask = srng.binomial(size=h_prev.shape, p=0.75, dtype='float64')
    return T.tanh(x_t + T.dot(h_prev * mask / 0.75, W))


hs, upd = theano.scan(step, sequences=x[1:], outputs_info=h0, name='fwd')


def back(h_t, acc):
    noise = srng.normal(size=acc.shape, std=0.05)
    return 0.5 * acc + h_t + noise


rev, upd2 = theano.scan(back, sequences=hs[::-1], outputs_info=T.zeros_like(x[0]), name='bwd')
u = list(upd.items()) + list(upd2.items())
data = np.arange(12.0).reshape(4, 3) / 10
for name, out in [('both', [hs, rev]), ('last', rev[-1]), ('sum', hs[-1] + rev[-1]), ('slice', rev[1:] - hs[:-1])]:
    f = theano.function([x], out, updates=u, name=name)
    theano.printing.debugprint(f)
    r = f(data)
    for k, v in enumerate(r if isinstance(r, list) else [r]):
        show(name + str(k), v)
