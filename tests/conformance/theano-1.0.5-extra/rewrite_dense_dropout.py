# Covers: a dense layer with dropout: binomial mask of size x.shape (symbolic) and dtype float64, tanh(dot(x * mask, W) + b) with shared W and b, mean over axis 0; compiled graph and values over two calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=70)
W = theano.shared(np.linspace(-1.0, 1.0, 6).reshape(3, 2), name='W')
b = theano.shared(np.array([0.5, -0.5]), name='b')
x = T.dmatrix('x')
mask = srng.binomial(x.shape, p=0.8, dtype='float64')
h = T.tanh(T.dot(x * mask, W) + b)
f = theano.function([x], [h.mean(axis=0), mask])
theano.printing.debugprint(f)
xv = np.arange(12.0).reshape(4, 3) / 10.0
for i in range(2):
    m, k = f(xv)
    show("mean_%d" % i, m)
    show("mask_%d" % i, k)
