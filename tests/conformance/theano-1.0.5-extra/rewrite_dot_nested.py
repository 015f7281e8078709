# Covers: T.dot(u, T.dot(x, n)) with a random vector u, input matrix x and random vector n (Gemv then dot), and T.dot(T.dot(u2, x), n2) with random matrices (Dot22 chain).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=66)
x = T.dmatrix('x')
u = srng.uniform((2,))
n = srng.normal((3,))
f = theano.function([x], T.dot(u, T.dot(x, n)))
theano.printing.debugprint(f)
print("f0", float(f(np.arange(6.0).reshape(2, 3))))
u2 = srng.uniform((2, 2))
n2 = srng.normal((3, 2))
g = theano.function([x], T.dot(T.dot(u2, x), n2))
theano.printing.debugprint(g)
show("g0", g(np.ones((2, 3))))
