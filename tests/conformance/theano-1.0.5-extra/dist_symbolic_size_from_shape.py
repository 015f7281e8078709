# Covers: size taken from an input's shape (x.shape) for uniform and normal, size from an lvector input, and the output added to the input; two shapes.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=123)
x = T.dmatrix('x')
u = srng.uniform(x.shape)
n = srng.normal(x.shape, avg=0.0, std=0.1)
sz = T.lvector('sz')
b = srng.binomial(sz, p=0.5, ndim=1)
f = theano.function([x, sz], [x + u, n, b])
for i, (shape, s) in enumerate([((2, 2), [3]), ((1, 3), [2])]):
    outs = f(np.ones(shape), np.array(s))
    for name, v in zip(["xu", "n", "b"], outs):
        show("%s_%d" % (name, i), v)
