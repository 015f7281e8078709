# Covers: MRG_RandomStreams.normal and uniform with symbolic sizes (x.shape, a tuple mixing ints and a scalar input), binomial n=2 error.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=42)
x = T.dmatrix('x')
n = T.lscalar('n')
a = srng.normal(size=x.shape)
b = srng.normal(size=(n, 3), avg=1.0, std=2.0)
c = srng.uniform(size=(n, 2))
f = theano.function([x, n], [a, b, c])
r = f(np.zeros((2, 3)), 3)
show("a", r[0])
show("b", r[1])
show("c", r[2])
r = f(np.zeros((1, 5)), 1)
show("a2", r[0])
show("b2", r[1])
show("c2", r[2])
g = theano.function([n], srng.normal(size=(n,), dtype='float32'))
show("g", g(3))
try:
    srng.binomial(size=(2,), n=2)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
h = theano.function([x], [srng.normal(size=x.shape, avg=-1.0), srng.uniform(size=x.shape, low=2.0, high=3.0)])
theano.printing.debugprint(h)
r = h(np.zeros((2, 2)))
show("h0", r[0])
show("h1", r[1])
k = theano.function([n], srng.normal(size=n, std=0.5))
show("k", k(4))
