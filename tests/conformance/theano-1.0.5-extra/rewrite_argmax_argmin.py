# Covers: T.argmax/T.argmin of random draws (full, axis=0, axis=1, keepdims=True), int64 outputs, and argmax used alongside max of the same draw (shared MaxAndArgmax).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=404)
u = srng.uniform((3, 4))
f = theano.function([], [T.argmax(u), T.argmin(u, axis=0), u.argmax(axis=1, keepdims=True)], name='f')
theano.printing.debugprint(f)
for name, r in zip(["argmax", "argmin0", "argmax1k"], f()):
    show(name, r)
g = theano.function([], [T.max(u, axis=1), T.argmax(u, axis=1)], name='g')
theano.printing.debugprint(g)
a, b = g()
show("max1", a)
show("argmax1", b)
