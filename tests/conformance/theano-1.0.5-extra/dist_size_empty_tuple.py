# Covers: size=() for uniform, normal, binomial, random_integers and poisson: 0-d outputs (scalar types), broadcast against an input vector, summed together, and values over two calls.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=14)
x = T.dvector('x')
u = srng.uniform(size=())
n = srng.normal(size=(), avg=10.0)
b = srng.binomial(size=(), n=5, p=0.5)
r = srng.random_integers(size=(), low=1, high=3)
p = srng.poisson(size=(), lam=1.5)
for v in (u, n, b, r, p):
    print(v.type, v.ndim)
f = function([], [u, n, b, r, p])
g = function([x], [x * u + n, b + r + p, x - b])
for i in range(2):
    for name, v in zip("unbrp", f()):
        show(name + str(i), v)
a, c, d = g(np.array([1.0, 2.0]))
show("xu_n", a)
show("brp", c)
show("x_b", d)
print("--- g")
theano.printing.debugprint(g)
