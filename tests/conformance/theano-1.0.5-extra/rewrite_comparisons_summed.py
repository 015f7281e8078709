# Covers: comparisons of random draws summed or averaged: (u > 0.5).sum(), T.sum(u < n), T.mean(T.ge(u, x)), counts dtypes (int64 from bool sum) and compiled graphs.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=69)
x = T.dvector('x')
u = srng.uniform((10,))
n = srng.normal((10,))
c1 = (u > 0.5).sum()
c2 = T.sum(u < n)
c3 = T.mean(T.ge(u, x))
print("types", c1.type, c2.type, c3.type)
f = theano.function([x], [c1, c2, c3])
theano.printing.debugprint(f)
for i in range(2):
    a, b, c = f(np.linspace(0.0, 1.0, 10))
    print("call", i, int(a), int(b), float(c))
