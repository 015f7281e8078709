# Covers: shared_randomstreams.RandomStreams methods a user reaches for: random_integers, choice with and without replacement and with p, permutation of n with a size, multinomial with n and pvals, shuffle_row_elements, normal with avg/std tensors, a size from a symbolic shape (x.shape, (x.shape[0], 2)), dtype arguments; what the draws return on two calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=2024)
x = T.dmatrix('x')
ri = srng.random_integers(size=(2, 3), low=-2, high=5)
ch = srng.choice(size=(4,), a=10, replace=False)
chp = srng.choice(size=(5,), a=3, p=[0.1, 0.2, 0.7])
pm = srng.permutation(size=(2,), n=5)
mn = srng.multinomial(size=(2,), n=10, pvals=[0.2, 0.3, 0.5])
sh = srng.shuffle_row_elements(x)
mu = T.dvector('mu')
sd = T.dvector('sd')
nm = srng.normal(size=(3,), avg=mu, std=sd)
like = srng.uniform(size=x.shape, low=0, high=1)
rows = srng.normal(size=(x.shape[0], 2))
i32 = srng.random_integers(size=(3,), low=0, high=1, dtype='int32')
print(ri.dtype, ch.dtype, chp.dtype, pm.dtype, pm.ndim, mn.dtype, sh.ndim, nm.ndim, i32.dtype)
f = theano.function([x, mu, sd], [ri, ch, chp, pm, mn, sh, nm, like, rows, i32])
xv = np.arange(6.0).reshape(3, 2)
for call in range(2):
    for v in f(xv, np.array([0.0, 10.0, 100.0]), np.array([1.0, 0.1, 0.01])):
        show('call%d' % call, v)
g = theano.function([], srng.permutation(n=6))
show('perm', g())
show('perm', g())
