# Covers: T.and_/T.or_/T.xor of comparisons of random draws (bool results), T.invert of a comparison, and the sum of a combined mask; & and | operators.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=412)
u = srng.uniform((6,))
n = srng.normal((6,))
inside = T.and_(u > 0.25, u < 0.75)
either = T.or_(n > 1, n < -1)
f = theano.function([], [inside, either, T.xor(u > 0.5, n > 0), T.invert(u > 0.5)], name='f')
theano.printing.debugprint(f)
for name, r in zip(["and", "or", "xor", "invert"], f()):
    show(name, r)
g = theano.function([], [((u > 0.5) & (n > 0)).sum(), (u < 0.1) | (n > 0)], name='g')
a, b = g()
print("count", int(a))
show("orop", b)
