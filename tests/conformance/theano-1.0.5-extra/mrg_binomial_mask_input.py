# Covers: MRG_RandomStreams.binomial as a dropout mask on an input (x * mask with p=0.7, size (2, 4)), a float64 mask dtype, and the mask summed; debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=3333)
x = T.dmatrix('x')
mask = srng.binomial(size=(2, 4), p=0.7)
print("mask type", mask.type)
f = theano.function([x], [x * mask, mask.sum()])
theano.printing.debugprint(f)
for i in range(2):
    a, b = f(np.arange(8.0).reshape(2, 4))
    show("y%d" % i, a)
    print("kept%d" % i, int(b))
m2 = srng.binomial(size=(3,), p=0.5, dtype='float64')
g = theano.function([], m2)
show("m2", g())
