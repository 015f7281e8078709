# Covers: dot of an input matrix with a random matrix's transpose, mean over axis=1, sum of a uniform matrix over axis 0 and a dot of two random vectors.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=72)
W = srng.uniform((2, 3), low=-1.0, high=1.0)
x = T.dmatrix('x')
h = T.dot(x, W.T)
m = h.mean(axis=1)
s0 = W.sum(axis=0)
v1 = srng.normal((3,))
d = T.dot(v1, W.T)
f = theano.function([x], [h, m, s0, d])
theano.printing.debugprint(f)
xv = np.array([[1.0, 2.0, 3.0], [0.0, -1.0, 0.5]])
for name, v in zip(["h", "m", "s0", "d"], f(xv)):
    show(name, v)
