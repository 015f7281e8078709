# Covers: RandomStreams.multinomial with 4 pvals and n=20 on size (3,), n=0 (all zeros), size (2,) with pvals [1.0, 0.0]; counts sum to n over calls; debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=4321)
m1 = srng.multinomial(size=(3,), n=20, pvals=[0.1, 0.2, 0.3, 0.4])
m2 = srng.multinomial(size=(2,), n=0, pvals=[0.5, 0.5])
m3 = srng.multinomial(size=(2,), n=7, pvals=[1.0, 0.0])
for name, v in [("m1", m1), ("m2", m2), ("m3", m3)]:
    print(name, v.type, v.ndim)
f = theano.function([], [m1, m2, m3])
for i in range(2):
    a, b, c = f()
    show("m1_%d" % i, a)
    show("m2_%d" % i, b)
    show("m3_%d" % i, c)
    print("sums", a.sum(axis=-1).tolist(), b.sum(axis=-1).tolist())
theano.printing.debugprint(m1)
