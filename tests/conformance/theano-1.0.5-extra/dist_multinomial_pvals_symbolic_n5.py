# Covers: RandomStreams.multinomial with a symbolic pvals dvector, n=5, size (3,), and a constant 4-way pvals with size (2, 2) and n=1; row sums.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=321)
pv = T.dvector('pv')
m1 = srng.multinomial(size=(3,), n=5, pvals=pv)
m2 = srng.multinomial(size=(2, 2), n=1, pvals=[0.25, 0.25, 0.25, 0.25])
print("m1", m1.type)
print("m2", m2.type)
f = theano.function([pv], [m1, m2])
for i in range(2):
    a, b = f(np.array([0.1, 0.6, 0.3]))
    show("m1_%d" % i, a)
    show("m2_%d" % i, b)
    print("sums", a.sum(axis=-1).tolist(), b.sum(axis=-1).tolist())
