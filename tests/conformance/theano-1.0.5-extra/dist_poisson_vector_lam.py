# Covers: RandomStreams.poisson with small lam=0.5 size (5,), constant lam vector [1, 10, 100] broadcast over (2, 3), dtype='int16', symbolic scalar lam; debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=606)
p1 = srng.poisson((5,), lam=0.5)
p2 = srng.poisson((2, 3), lam=[1.0, 10.0, 100.0])
lam = T.dscalar('lam')
p3 = srng.poisson((4,), lam=lam, dtype='int16')
print(p1.type, p2.type, p3.type)
f = theano.function([lam], [p1, p2, p3])
for i, lv in enumerate([2.0, 0.0]):
    a, b, c = f(lv)
    show("p1_%d" % i, a)
    show("p2_%d" % i, b)
    show("p3_%d" % i, c)
theano.printing.debugprint(f)
