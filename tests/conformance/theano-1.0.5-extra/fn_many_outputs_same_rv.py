# Covers: one random variable returned several times and in derived outputs (u*1, u+0) from one call: all see the same draw; DeepCopyOp outputs; an input returned as output.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=64)
u = srng.uniform((3,))
f = theano.function([], [u, u, u * 1, u + 0])
theano.printing.debugprint(f)
a, b, c, d = f()
show("a", a)
print("all equal", bool(np.all(a == b)), bool(np.all(a == c)), bool(np.all(a == d)))
print("distinct objects", a is b)
x = T.dscalar('x')
g = theano.function([x], [x, u, x * u])
theano.printing.debugprint(g)
for name, v in zip(["x", "u", "xu"], g(2.0)):
    show(name, v)
