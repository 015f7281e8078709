# Covers: updates that read each other's shared variables see pre-call values: a counter c, a total t updated with t + c * mean(u), a last-draw shared set to the draw; order of the updates list does not matter; values over calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=131)
c = theano.shared(np.int64(1), name='c')
t = theano.shared(0.0, name='t')
last = theano.shared(np.zeros(2), name='last')
u = srng.uniform((2,))
f = theano.function([], t, updates=[(t, t + c * u.mean()), (c, c + 1), (last, u)], name='f')
g = theano.function([], t, updates=[(last, u), (c, c + 1), (t, t + c * u.mean())], name='g')
for i in range(3):
    r = f()
    print("f_%d" % i, float(r), int(c.get_value()), float(t.get_value()))
    show("last_%d" % i, last.get_value())
for i in range(2):
    r = g()
    print("g_%d" % i, float(r), int(c.get_value()), float(t.get_value()))
theano.printing.debugprint(f)
