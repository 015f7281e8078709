# Covers: no_default_updates as a list of two of three streams, an empty list (all streams advance) and True beside an explicit update of one stream; repeated calls show frozen streams.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=31)
a = srng.uniform((2,))
b = srng.normal((2,))
c = srng.binomial((2,), p=0.5)
f = theano.function([], [a, b, c], no_default_updates=[a.rng, c.rng])
r1 = f()
r2 = f()
for name, x, y in zip("abc", r1, r2):
    print(name, "frozen", bool(np.all(x == y)))
g = theano.function([], [a, b], no_default_updates=[])
x1, y1 = g()
x2, y2 = g()
print("empty list advances", bool(np.any(x1 != x2)), bool(np.any(y1 != y2)))
h = theano.function([], [a, b], no_default_updates=True, updates=[(b.rng, b.rng.default_update)])
p1, q1 = h()
p2, q2 = h()
print("True + explicit", bool(np.all(p1 == p2)), bool(np.all(q1 == q2)))
theano.printing.debugprint(h)
show("a_last", p2)
show("b_last", q2)
