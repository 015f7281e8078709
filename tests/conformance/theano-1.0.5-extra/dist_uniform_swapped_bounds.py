# Covers: RandomStreams.uniform with low > high, low == high, integer bounds (-3, 3), dtype='float32' on size (5,), seed 1.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=1)
u1 = srng.uniform((3,), low=1.0, high=-1.0)
u2 = srng.uniform((2,), low=3.0, high=3.0)
u3 = srng.uniform((2, 2), low=-3, high=3)
u4 = srng.uniform((5,), dtype='float32')
for name, v in zip(["u1", "u2", "u3", "u4"], [u1, u2, u3, u4]):
    print(name, v.type)
f = theano.function([], [u1, u2, u3, u4])
for i in range(2):
    for name, v in zip(["u1", "u2", "u3", "u4"], f()):
        show("%s_%d" % (name, i), v)
