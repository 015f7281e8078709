# Covers: debugprint of uncompiled gradient graphs as T.grad builds them (before rewrites): grad of sum(x ** 2), of sum(tanh(dot(x, W))) w.r.t. shared W, and of mean(x * y) w.r.t. y; the fill/second, Elemwise and DimShuffle nodes of the raw gradient.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
y = T.dvector('y')
W = theano.shared(np.ones((2, 2)), name='W')
theano.printing.debugprint(T.grad(T.sum(x ** 2), x))
print("---")
theano.printing.debugprint(T.grad(T.sum(T.tanh(T.dot(x, W))), W))
print("---")
theano.printing.debugprint(T.grad(T.mean(x * y), y), print_type=True)
