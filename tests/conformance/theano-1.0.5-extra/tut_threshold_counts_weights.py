# Covers: thresholds via comparison casts: T.cast(u > x, floatX) * n weighted draw, (u > 0.5).sum(axis=0) int counts, T.switch(T.and_(u > 0.2, u < 0.8), n, 0) and mean of a float cast.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=113)
u = srng.uniform((3, 4))
n = srng.normal((3, 4))
x = T.dmatrix('x')
outs = [T.cast(u > x, theano.config.floatX) * n, (u > 0.5).sum(axis=0), T.switch(T.and_(u > 0.2, u < 0.8), n, 0), T.mean(T.cast(u > 0.5, 'float64'))]
f = theano.function([x], outs)
theano.printing.debugprint(f)
for name, v in zip(["wt", "cnt", "band", "frac"], f(np.full((3, 4), 0.4))):
    show(name, np.round(v, 12))
