# Covers: a dense layer on random inputs: sigmoid(T.dot(n, W) + b) with a (4, 3) normal draw, shared W (3, 2) and b (2,), and T.tanh(T.dot(u, W) + b) with a (3,) uniform vector; debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=108)
W = theano.shared(np.array([[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6]]), name='W')
b = theano.shared(np.array([0.01, -0.02]), name='b')
n = srng.normal((4, 3))
u = srng.uniform((3,))
f = theano.function([], T.nnet.sigmoid(T.dot(n, W) + b))
theano.printing.debugprint(f)
show("f", np.round(f(), 12))
g = theano.function([], T.tanh(T.dot(u, W) + b))
theano.printing.debugprint(g)
show("g", np.round(g(), 12))
