# Covers: RandomStreams.binomial with n=1 p=0.5 on (3, 3), n=20 with a constant p vector broadcast over (2, 3), a symbolic scalar p, dtype='int16'; row sums over calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=4096)
b1 = srng.binomial((3, 3), n=1, p=0.5)
b2 = srng.binomial((2, 3), n=20, p=[0.1, 0.5, 0.9])
p = T.dscalar('p')
b3 = srng.binomial((6,), n=4, p=p, dtype='int16')
print("b2", b2.type)
print("b3", b3.type)
f = theano.function([p], [b1, b2, b3])
for i, pv in enumerate([0.0, 0.5, 1.0]):
    x, y, z = f(pv)
    show("b1_%d" % i, x)
    show("b2_%d" % i, y)
    show("b3_%d" % i, z)
    print("b1 rows", x.sum(axis=1).tolist())
theano.printing.debugprint(b2)
