# Covers: MRG_RandomStreams.binomial with p=0.5 and p=0.9, odd 1-D size, 2-D size, dtype='float64', plus uniform from the same stream object.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=99)
b1 = srng.binomial((7,), p=0.5)
b2 = srng.binomial((3, 2), p=0.9)
b3 = srng.binomial((4,), p=0.3, dtype='float64')
u = srng.uniform((3,))
print("types", b1.type, b3.type)
f = theano.function([], [b1, b2, b3, u])
for i in range(2):
    for name, v in zip(["b1", "b2", "b3", "u"], f()):
        show("%s_%d" % (name, i), v)
theano.printing.debugprint(theano.function([], b3))
