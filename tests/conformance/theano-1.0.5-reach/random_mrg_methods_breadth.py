# Covers: MRG_RandomStreams methods as 1.0.5 has them: uniform with low/high and float32 dtype, normal with tensor avg/std, truncated_normal, binomial with a tensor p, multinomial with pvals rows, choice without replacement, a size from a symbolic shape, ndim; srng.seed() re-seeding and the number of updates.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=1234)
x = T.dmatrix('x')
u = srng.uniform(size=(2, 3), low=-1.0, high=2.0)
u32 = srng.uniform(size=(4,), dtype='float32')
mu = T.dvector('mu')
n1 = srng.normal(size=(2, 2), avg=mu, std=T.dscalar('unused_std') * 0 + 0.5)
tn = srng.truncated_normal(size=(6,), avg=1.0, std=2.0)
p = T.dvector('p')
b = srng.binomial(size=p.shape, p=p)
pv = T.dmatrix('pv')
m = srng.multinomial(pvals=pv)
c = srng.choice(size=2, a=None, replace=False, p=pv)
us = srng.uniform(size=x.shape)
print(u.ndim, u32.dtype, n1.ndim, tn.dtype, b.dtype, m.dtype, c.dtype, us.ndim)
f = theano.function([x, mu, p, pv], [u, u32, tn, b, m, c, us + x], on_unused_input='ignore')
args = (np.ones((2, 2)), np.array([0.0, 100.0]), np.array([0.1, 0.5, 0.9]),
        np.array([[0.2, 0.3, 0.5], [0.7, 0.2, 0.1]]))
for step in range(2):
    for v in f(*args):
        show('f%d' % step, v)
print(len(srng.updates()), len(srng.state_updates))
srng.seed(99)
for v in f(*args)[:3]:
    show('reseeded', v)
g = theano.function([mu], srng.normal(size=(3,), avg=mu.sum(), std=2.0, ndim=1))
show('g', g(np.array([1.0, 2.0])))
show('g', g(np.array([1.0, 2.0])))
try:
    srng.uniform(size=(2,), ndim=3)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
try:
    srng.choice(size=2, a=3, replace=False, p=pv)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
