# Covers: binomial with a vector n constant broadcast over size (2, 3), a symbolic int64 n vector with p=0.9, and size=None with a symbolic p matrix and n=4.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=43)
b = srng.binomial((2, 3), n=[1, 5, 10], p=0.5)
nv = T.lvector('nv')
b2 = srng.binomial((3,), n=nv, p=0.9)
pm = T.dmatrix('pm')
b3 = srng.binomial(n=4, p=pm)
f = theano.function([nv, pm], [b, b2, b3])
theano.printing.debugprint(f, print_type=True)
for i in range(2):
    for name, v in zip(["b", "b2", "b3"], f([1, 10, 100], [[0.1, 0.5], [0.9, 1.0]])):
        show("%s_%d" % (name, i), v)
