# Covers: T.abs_(n), T.sgn(n), n * T.sgn(n) and abs() builtin on normal draws and on random_integers; sign of zero, dtypes of sgn on ints.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=416)
n = srng.normal((4,))
k = srng.random_integers((5,), low=-2, high=2)
f = theano.function([], [T.abs_(n), T.sgn(n), n * T.sgn(n), abs(k), T.sgn(k)], name='f')
theano.printing.debugprint(f)
for name, r in zip(["abs", "sgn", "n_sgn", "abs_k", "sgn_k"], f()):
    show(name, r)
