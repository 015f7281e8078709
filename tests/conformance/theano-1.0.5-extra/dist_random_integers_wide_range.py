# Covers: RandomStreams.random_integers with a wide range (-1000, 1000), low=0 high=1 on a (2, 4) size, symbolic low and high scalars; seed 99.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=99)
lo = T.lscalar('lo')
hi = T.lscalar('hi')
r1 = srng.random_integers((5,), low=-1000, high=1000)
r2 = srng.random_integers((2, 4), low=0, high=1)
r3 = srng.random_integers((6,), low=lo, high=hi)
f = theano.function([lo, hi], [r1, r2, r3])
for i, (a, b) in enumerate([(1, 6), (-3, -1)]):
    for name, v in zip(["r1", "r2", "r3"], f(a, b)):
        show("%s_%d" % (name, i), v)
theano.printing.debugprint(f)
