# Covers: RandomStreams.poisson with lam=0.5 size (8,), lam=30.0 size (2, 2), dtype='int16', and a symbolic lam scalar; three calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=8080)
lam = T.dscalar('lam')
q1 = srng.poisson((8,), lam=0.5)
q2 = srng.poisson((2, 2), lam=30.0, dtype='int16')
q3 = srng.poisson((3,), lam=lam)
print("q1", q1.type, "q2", q2.type, "q3", q3.type)
f = theano.function([lam], [q1, q2, q3])
for i, l in enumerate([1.0, 2.5, 100.0]):
    for name, v in zip(["q1", "q2", "q3"], f(l)):
        show("%s_%d" % (name, i), v)
