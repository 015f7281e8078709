# Covers: reductions of a 3-D uniform draw (2, 3, 4): sum over axis=(0, 2), max over axis=1, min over axis=-1, prod over axis=2 and mean over axis=(1, 2); compiled graph node names.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=77)
u = srng.uniform((2, 3, 4))
outs = [u.sum(axis=(0, 2)), T.max(u, axis=1), T.min(u, axis=-1), T.prod(u, axis=2), u.mean(axis=(1, 2))]
f = theano.function([], outs, name='red')
names = ["sum02", "max1", "min_last", "prod2", "mean12"]
for nm, v in zip(names, f()):
    show(nm, np.round(v, 12))
theano.printing.debugprint(f)
