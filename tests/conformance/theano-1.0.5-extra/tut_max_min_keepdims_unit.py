# Covers: max/min reductions with keepdims on draws with unit dims: (1, 4) uniform max(axis=1, keepdims=True), (3, 1) normal min(axis=0, keepdims=True), max - min range, and n - n.max(axis=0, keepdims=True).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=107)
u = srng.uniform((1, 4))
n = srng.normal((3, 1))
outs = [u.max(axis=1, keepdims=True), n.min(axis=0, keepdims=True), u.max() - u.min(), n - n.max(axis=0, keepdims=True)]
f = theano.function([], outs)
theano.printing.debugprint(f)
for name, v in zip(["umax", "nmin", "range", "nshift"], f()):
    show(name, np.round(v, 12))
