# Covers: dots of random draws with shared parameters feeding shared biases: T.dot(n, W) + b (matrix draw, row bias), T.dot(u, W) + b (vector draw), scaled by a shared scalar, and a dot of two draws plus a bias; compiled graph.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=101)
W = theano.shared(np.array([[1.0, -1.0], [0.5, 2.0], [0.0, 1.0]]), name='W')
b = theano.shared(np.array([0.25, -0.25]), name='b')
k = theano.shared(3.0, name='k')
n = srng.normal((2, 3))
u = srng.uniform((3,))
m = srng.uniform((2, 2))
o1 = T.dot(n, W) + b
o2 = k * (T.dot(u, W) + b)
o3 = T.dot(m, T.dot(n, W)) + b
f = theano.function([], [o1, o2, o3], name='dots')
for i in range(2):
    for nm, v in zip(["o1", "o2", "o3"], f()):
        show("%s_%d" % (nm, i), np.round(v, 12))
theano.printing.debugprint(f)
