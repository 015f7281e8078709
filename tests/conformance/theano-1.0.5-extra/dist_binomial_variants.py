# Covers: RandomStreams.binomial with p=0 and p=1, n=0, 2-D symbolic p matrix, dtype='float64' and 'int8'.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=44)
b0 = srng.binomial((4,), p=0.0)
b1 = srng.binomial((4,), n=3, p=1.0)
bn = srng.binomial((4,), n=0, p=0.5)
P = T.dmatrix('P')
bm = srng.binomial((2, 2), n=4, p=P, dtype='float64')
b8 = srng.binomial((5,), n=2, p=0.5, dtype='int8')
print("types", bm.type, b8.type)
f = theano.function([P], [b0, b1, bn, bm, b8])
for i in range(2):
    outs = f(np.array([[0.1, 0.9], [0.5, 0.0]]))
    for name, v in zip(["b0", "b1", "bn", "bm", "b8"], outs):
        show("%s_%d" % (name, i), v)
theano.printing.debugprint(bm)
