# Covers: MRG_RandomStreams(seed=12345).uniform with size (7,), (3, 2) with low/high ints, size (1, 1); repeated calls; a second MRG with the same seed matches; debugprint of the (3, 2) function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


from theano.sandbox.rng_mrg import MRG_RandomStreams
srng = MRG_RandomStreams(seed=12345)
u = srng.uniform((7,))
v = srng.uniform((3, 2), low=-1, high=3)
w = srng.uniform((1, 1))
print(u.type, v.type, w.type)
f = theano.function([], [u, v, w])
for i in range(2):
    for name, val in zip(["u", "v", "w"], f()):
        show("%s_%d" % (name, i), val)
g = theano.function([], v)
theano.printing.debugprint(g)
show("g", g())
srng2 = MRG_RandomStreams(seed=12345)
f2 = theano.function([], srng2.uniform((7,)))
print("same seed", f2().tolist() == np.asarray(f()[0]).tolist())
