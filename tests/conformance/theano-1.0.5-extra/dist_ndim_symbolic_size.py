# Covers: ndim= with a symbolic size for uniform, normal, binomial and random_integers: an lvector size with ndim=1 and ndim=3, x.shape of an input matrix with ndim=2; calls with different sizes.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=606)
sz = T.lvector('sz')
x = T.dmatrix('x')
u1 = srng.uniform(size=sz, ndim=1)
n3 = srng.normal(size=sz, ndim=3, avg=1.0)
b2 = srng.binomial(size=x.shape, ndim=2, n=2, p=0.5)
r1 = srng.random_integers(size=sz, ndim=1, low=0, high=9)
for v in (u1, n3, b2, r1):
    print(v.type, v.broadcastable)
f1 = function([sz], [u1, r1])
f3 = function([sz], n3)
fb = function([x], b2 + x)
a, c = f1(np.array([3]))
show("u1", a)
show("r1", c)
a, c = f1(np.array([1]))
show("u1b", a)
show("r1b", c)
show("n3", f3(np.array([1, 2, 2])))
show("fb", fb(np.zeros((2, 3))))
show("fb2", fb(np.ones((1, 2))))
