# Covers: mean over axes with keepdims: u.mean(axis=0, keepdims=True), T.mean(u, axis=[0, 1]), centring u - u.mean(axis=1, keepdims=True), and mean over axis=-1 of a 3-D draw.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=423)
u = srng.uniform((2, 3))
c = srng.normal((2, 2, 2))
f = theano.function([], [u.mean(axis=0, keepdims=True), T.mean(u, axis=[0, 1]), u - u.mean(axis=1, keepdims=True), c.mean(axis=-1)], name='f')
theano.printing.debugprint(f)
for name, r in zip(["mean0k", "mean01", "centred", "mean_last"], f()):
    show(name, r)
