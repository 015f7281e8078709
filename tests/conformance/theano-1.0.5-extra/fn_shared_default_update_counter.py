# Covers: a plain shared counter with its own default_update (counter + 1) beside a random draw: advanced by every function, frozen by no_default_updates=[counter] and by True; debugprint order of updates.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=54)
counter = theano.shared(np.int64(0), name='counter')
counter.default_update = counter + 1
u = srng.uniform(())
f = theano.function([], [counter, u * counter])
theano.printing.debugprint(f)
for i in range(3):
    c, v = f()
    print("f", i, int(c), float(v))
g = theano.function([], u + counter, no_default_updates=[counter])
for i in range(2):
    print("g", i, float(g()), int(counter.get_value()))
h = theano.function([], counter * 2, no_default_updates=True)
print("h", int(h()), int(h()), int(counter.get_value()))
k = theano.function([], u, updates=[(counter, counter + 10)])
print("k", float(k()), int(counter.get_value()))
