# Covers: dot of an input vector with a random matrix (Gemv/dot), sum over axis=1, mean of a random matrix, dot of two random matrices (Dot22), max of a dot; debugprint and values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=141)
W = srng.uniform((3, 4))
V = srng.normal((4, 2))
x = T.dvector('x')
h = T.dot(x, W)
s1 = W.sum(axis=1)
m = W.mean()
P = T.dot(W, V)
f = theano.function([x], [h, s1, m, P, P.max()])
theano.printing.debugprint(f)
a, b, c, d, e = f(np.array([1.0, -1.0, 2.0]))
show("h", a)
show("s1", b)
print("mean", float(c))
show("P", d)
print("max", float(e))
