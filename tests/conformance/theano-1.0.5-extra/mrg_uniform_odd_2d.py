# Covers: MRG_RandomStreams.uniform with odd 1-D sizes, a 2-D (3, 5) size, low/high, size (1,), and debugprint of the low/high graph.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=12345)
u1 = srng.uniform((5,))
u2 = srng.uniform((3, 5), low=-1.0, high=3.0)
u3 = srng.uniform((1,))
f = theano.function([], [u1, u2, u3])
for i in range(2):
    for name, v in zip(["u1", "u2", "u3"], f()):
        show("%s_%d" % (name, i), v)
g = theano.function([], u2)
theano.printing.debugprint(g)
