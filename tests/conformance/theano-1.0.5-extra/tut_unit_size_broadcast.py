# Covers: draws with sizes containing 1 broadcast together: (1, 1) + (1, 3) * (3, 1) giving (3, 3), its sum over axis=0, and a (3, 1) draw times a (1, 3) input row; types and compiled graph.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=115)
a = srng.uniform((1, 1))
b = srng.normal((1, 3))
c = srng.uniform((3, 1))
y = a + b * c
print("y type", y.type, y.broadcastable)
r = T.drow('r')
outs = [y, y.sum(axis=0), c * r]
f = theano.function([r], outs)
theano.printing.debugprint(f)
for name, v in zip(["y", "ysum", "cr"], f(np.array([[1.0, 2.0, 3.0]]))):
    show(name, np.round(v, 12))
