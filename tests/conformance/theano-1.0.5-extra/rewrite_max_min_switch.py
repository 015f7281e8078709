# Covers: T.maximum/T.minimum of a random draw with constants (clipping), T.switch(u > 0.5, u, 0), T.clip.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=33)
u = srng.uniform((5,))
n = srng.normal((5,))
f = theano.function([], [T.maximum(n, 0), T.minimum(u, 0.5), T.switch(u > 0.5, u, 0)])
theano.printing.debugprint(f)
for name, v in zip(["relu", "min", "switch"], f()):
    show(name, v)
g = theano.function([], [T.minimum(T.maximum(n, -0.5), 0.5), T.clip(n, -1.0, 1.0)])
theano.printing.debugprint(g)
a, b = g()
show("maxmin", a)
show("clip", b)
