# Covers: draws of each kind with explicit dtypes and symbolic sizes from RandomStreams (uniform float32 of (n, 2), normal float32, binomial int32 and n=5 int64, a scalar uniform of size (), choice without replacement from an array) and MRG_RandomStreams (uniform float32, normal with avg/std, binomial int32, multinomial int64 from constant pvals), called with n=3 and n=2; the MRG state, each draw's type, ndim and dtype.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())

srng = RandomStreams(seed=2024)
mrg = MRG_RandomStreams(seed=2024)
n = T.lscalar('n')
outs = [srng.uniform((n, 2), dtype='float32'), srng.normal((2,), dtype='float32'),
        srng.binomial((n,), p=0.3, dtype='int32'), srng.binomial((2, 2), n=5, p=0.5, dtype='int64'),
        srng.uniform(size=(), low=2, high=3), srng.choice((3,), a=np.array([10, 20, 30]), replace=False)]
f = theano.function([n], outs)
for r in f(3):
    show("s", r)
mo = [mrg.uniform((n, 2), dtype='float32'), mrg.normal((4,), avg=5, std=0.5), mrg.binomial((n,), p=0.3, dtype='int32'),
      mrg.multinomial(pvals=np.array([[0.2, 0.8], [0.5, 0.5]]), dtype='int64')]
g = theano.function([n], mo)
for r in g(3):
    show("m", r)
for r in g(2):
    show("m", r)
show("rstate", mrg.rstate)
for o in outs + mo:
    print(o.type, o.ndim, o.dtype)
