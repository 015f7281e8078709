# Covers: (u - mean)/std normalisation: full-array standardisation of a normal vector, row-wise with keepdims on a uniform matrix, and (n - mu) / sigma with scalar inputs; debugprint of each.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=102)
n = srng.normal((5,), avg=3.0, std=2.0)
z = (n - n.mean()) / n.std()
f = theano.function([], [n, z])
theano.printing.debugprint(f)
a, b = f()
show("n", a)
show("z", np.round(b, 12))
u = srng.uniform((2, 4))
zr = (u - u.mean(axis=1, keepdims=True)) / u.std(axis=1, keepdims=True)
g = theano.function([], zr)
theano.printing.debugprint(g)
show("zr", np.round(g(), 12))
mu = T.dscalar('mu')
sigma = T.dscalar('sigma')
h = theano.function([mu, sigma], (n - mu) / sigma)
theano.printing.debugprint(h)
show("h", h(3.0, 2.0))
