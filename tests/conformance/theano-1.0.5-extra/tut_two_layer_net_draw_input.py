# Covers: two-layer net on a random input: h = tanh(dot(n, W1) + b1), out = sigmoid(dot(h, W2) + b2) with shared params, out.mean() and h returned too; Dot22/Gemm forms in debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=117)
n = srng.normal((3, 2))
W1 = theano.shared(np.array([[0.2, -0.1, 0.3], [0.4, 0.5, -0.6]]), name='W1')
b1 = theano.shared(np.array([0.0, 0.1, -0.1]), name='b1')
W2 = theano.shared(np.array([[1.0], [-1.0], [0.5]]), name='W2')
b2 = theano.shared(np.array([0.2]), name='b2')
h = T.tanh(T.dot(n, W1) + b1)
out = T.nnet.sigmoid(T.dot(h, W2) + b2)
f = theano.function([], [h, out, out.mean()])
theano.printing.debugprint(f)
for name, v in zip(["h", "out", "mean"], f()):
    show(name, np.round(v, 12))
