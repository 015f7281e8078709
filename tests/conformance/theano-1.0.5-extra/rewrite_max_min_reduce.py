# Covers: T.max/T.min of a random matrix (full and along an axis), .max(axis=0) and .min() methods; compiled to Reduce{maximum}/Reduce{minimum} nodes (max ones named 'max').
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=401)
u = srng.uniform((3, 4))
f = theano.function([], [T.max(u), T.min(u, axis=1), u.max(axis=0), u.min()], name='f')
theano.printing.debugprint(f)
for name, v in zip(["max", "min1", "max0", "min"], f()):
    show(name, v)
