# Covers: updates= that copy one stream's state into another: updates=[(a.rng, b.rng)] (a takes b's pre-call state) and updates=[(c.rng, d.update[1])] (two rng variables updated from one new-state output); draws over calls and debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=49)
a = srng.uniform((3,))
b = srng.uniform((3,))
f = theano.function([], [a, b], updates=[(a.rng, b.rng)])
theano.printing.debugprint(f)
for i in range(3):
    x, y = f()
    show("a_%d" % i, x)
    show("b_%d" % i, y)
srng2 = RandomStreams(seed=50)
c = srng2.normal((2,))
d = srng2.normal((2,))
g = theano.function([], [c, d], updates=[(c.rng, d.update[1])])
theano.printing.debugprint(g)
for i in range(3):
    x, y = g()
    show("c_%d" % i, x)
    show("d_%d" % i, y)
print("aliased", c.rng.get_value(borrow=True) is d.rng.get_value(borrow=True))
