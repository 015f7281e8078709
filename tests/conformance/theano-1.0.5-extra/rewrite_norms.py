# Covers: vector norms of draws: T.sqrt(T.sum(u ** 2)), normalising u by that norm (shared node), abs-sum L1 norm, and a row-wise L2 norm of a random matrix with T.sqrt(T.sqr(m).sum(axis=1)).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=430)
u = srng.uniform((3,))
m = srng.normal((2, 3))
l2 = T.sqrt(T.sum(u ** 2))
f = theano.function([], [l2, u / l2, T.abs_(u).sum(), T.sqrt(T.sqr(m).sum(axis=1))], name='f')
theano.printing.debugprint(f)
for name, r in zip(["l2", "unit", "l1", "row_l2"], f()):
    show(name, r)
