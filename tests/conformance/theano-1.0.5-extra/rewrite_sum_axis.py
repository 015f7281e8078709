# Covers: sum over axis=0, axis=1, axis=None and keepdims, mean over an axis, of random matrices (2x3 uniform, 3x2 normal).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=35)
u = srng.uniform((2, 3))
n = srng.normal((3, 2))
f = theano.function([], [u.sum(axis=0), u.sum(axis=1), n.sum(), u.sum(axis=1, keepdims=True)])
theano.printing.debugprint(f)
for name, v in zip(["sum0", "sum1", "sumall", "keep"], f()):
    show(name, v)
g = theano.function([], [n.mean(axis=1), n.mean()])
theano.printing.debugprint(g)
a, b = g()
show("mean1", a)
print("mean", float(b))
