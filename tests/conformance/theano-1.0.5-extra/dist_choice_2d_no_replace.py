# Covers: RandomStreams.choice with size (2, 2) and replace=False over a=6, a float list with p and replace=True, dtype='int32', three calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=4040)
c1 = srng.choice((2, 2), a=6, replace=False)
c2 = srng.choice((5,), a=[0.5, 1.5, 2.5], p=[0.2, 0.3, 0.5])
c3 = srng.choice((3,), a=7, dtype='int32')
print("c1", c1.type)
print("c2", c2.type)
print("c3", c3.type)
f = theano.function([], [c1, c2, c3])
for i in range(3):
    for name, v in zip(["c1", "c2", "c3"], f()):
        show("%s_%d" % (name, i), v)
