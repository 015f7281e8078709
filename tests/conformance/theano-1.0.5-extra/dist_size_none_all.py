# Covers: size=None for distributions whose parameters fix the shape: uniform (symbolic low/high vector), normal (symbolic avg matrix), binomial (p list), random_integers (bound lists).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=333)
lo = T.dvector('lo')
mu = T.dmatrix('mu')
u = srng.uniform(low=lo, high=lo + 1)
n = srng.normal(avg=mu)
b = srng.binomial(n=3, p=[0.5, 0.5, 0.5, 0.5])
r = srng.random_integers(low=[1, 2], high=[3, 4])
for name, rv in [("u", u), ("n", n), ("b", b), ("r", r)]:
    print(name, rv.type, rv.ndim)
f = theano.function([lo, mu], [u, n, b, r])
res = f(np.array([0.0, 10.0, 20.0]), np.array([[1.0], [2.0]]))
for name, val in zip("unbr", res):
    show(name, val)
res = f(np.array([5.0]), np.zeros((2, 2)))
show("u_b", res[0])
show("n_b", res[1])
