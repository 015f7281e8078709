# Covers: T.zeros((2, 3)) + u, T.ones(u.shape) * 2 with a symbolic shape of a draw, T.zeros_like(u, dtype='int32') and T.ones_like(n) - n; Alloc and folded constants.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=408)
u = srng.uniform((2, 3))
n = srng.normal((3,))
f = theano.function([], [T.zeros((2, 3)) + u, T.ones(u.shape) * 2, T.zeros_like(u, dtype='int32'), T.ones_like(n) - n], name='f')
theano.printing.debugprint(f)
for name, r in zip(["zeros_plus_u", "ones_shape", "zl_int32", "ol_minus_n"], f()):
    show(name, r)
