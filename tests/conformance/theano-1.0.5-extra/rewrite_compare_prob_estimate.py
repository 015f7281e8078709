# Covers: comparisons cast to float: T.mean(T.cast(u < p, 'float64')) with a symbolic probability p, (n > 0) cast to float32 and summed, T.lt/T.gt chained, float counts of binomial == 1; estimates over calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=64)
p = T.dscalar('p')
u = srng.uniform((40,))
n = srng.normal((40,))
b = srng.binomial((40,), n=2, p=0.5)
est = T.mean(T.cast(u < p, 'float64'))
pos32 = T.sum(T.cast(n > 0, 'float32'))
band = T.cast(T.gt(n, -1) * T.lt(n, 1), 'float64').mean()
ones = T.cast(T.eq(b, 1), 'float64').sum()
f = theano.function([p], [est, pos32, band, ones], name='est')
for pv in [0.25, 0.5, 0.9]:
    e, q, r, o = f(pv)
    print("p=%s" % pv, float(e), np.asarray(q).dtype, float(q), float(r), float(o))
theano.printing.debugprint(f)
