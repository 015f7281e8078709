# Covers: RandomStreams.permutation with size (3,) and n=5, size (1,) n=1, size=None n=6, int32 dtype, two calls and the output types.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=2525)
p1 = srng.permutation((3,), n=5)
p2 = srng.permutation((1,), n=1)
p3 = srng.permutation(n=6)
p4 = srng.permutation((2,), n=3, dtype='int32')
for name, v in zip(["p1", "p2", "p3", "p4"], [p1, p2, p3, p4]):
    print(name, v.type)
f = theano.function([], [p1, p2, p3, p4])
for i in range(2):
    for name, v in zip(["p1", "p2", "p3", "p4"], f()):
        show("%s_%d" % (name, i), v)
