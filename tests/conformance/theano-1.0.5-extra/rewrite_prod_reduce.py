# Covers: T.prod of a random vector and matrix (full, axis=1, .prod(axis=0, keepdims=True)) and prod of (1 + v); Prod nodes, the elementwise input kept as a separate inplace Add.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=402)
u = srng.uniform((2, 3))
v = srng.uniform((4,), low=0.5, high=1.5)
f = theano.function([], [T.prod(v), T.prod(u, axis=1), u.prod(axis=0, keepdims=True), T.prod(1 + v)], name='f')
theano.printing.debugprint(f)
for name, r in zip(["prod", "prod1", "prod0k", "prod1p"], f()):
    show(name, r)
