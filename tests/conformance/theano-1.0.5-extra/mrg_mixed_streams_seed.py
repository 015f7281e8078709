# Covers: two MRG_RandomStreams with the same seed give the same uniform draws; a second variable on one stream differs; MRG uniform combined with a RandomStreams normal in one function.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


from theano.tensor.shared_randomstreams import RandomStreams
m1 = MRG_RandomStreams(seed=77)
m2 = MRG_RandomStreams(seed=77)
a = m1.uniform((3,))
b = m2.uniform((3,))
c = m1.uniform((3,))
f = theano.function([], [a, b, c])
x, y, z = f()
show("a", x)
print("a == b", bool(np.all(x == y)), "a == c", bool(np.all(x == z)))
show("c", z)
srng = RandomStreams(seed=77)
n = srng.normal((3,))
g = theano.function([], a + n)
theano.printing.debugprint(g)
show("g0", g())
