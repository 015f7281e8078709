# Covers: permutation with a symbolic n (lscalar input), with size=(2,) and symbolic n, calls with different n; the stream advances per call; debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=44)
k = T.lscalar('k')
p = srng.permutation(n=k)
p2 = srng.permutation(size=(2,), n=k)
f = theano.function([k], [p, p2])
theano.printing.debugprint(f)
for kk in [4, 6, 4]:
    a, c = f(kk)
    show("p_%d" % kk, a)
    show("p2_%d" % kk, c)
