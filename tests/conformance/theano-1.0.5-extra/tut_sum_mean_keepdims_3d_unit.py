# Covers: sums and means with keepdims over a (2, 1, 3) uniform draw: sum(axis=1, keepdims=True), mean(axis=(0, 2), keepdims=True), sum(axis=2) and mean(keepdims=True) over all axes.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=106)
u = srng.uniform((2, 1, 3))
outs = [u.sum(axis=1, keepdims=True), u.mean(axis=(0, 2), keepdims=True), u.sum(axis=2), u.mean(keepdims=True)]
f = theano.function([], outs)
theano.printing.debugprint(f)
for name, v in zip(["s1", "m02", "s2", "mall"], f()):
    show(name, np.round(v, 12))
