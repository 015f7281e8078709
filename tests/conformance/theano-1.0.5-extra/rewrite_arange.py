# Covers: T.arange(3) * u, T.arange(1, 7, 2) + n, T.arange(u.shape[0]) with a symbolic length, u[T.arange(2)]; int64 dtypes of the ranges and constant folding of each ARange.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=409)
u = srng.uniform((3,))
n = srng.normal((3,))
r = T.arange(u.shape[0])
print("arange_types", T.arange(3).dtype, T.arange(1, 7, 2).dtype, r.dtype)
f = theano.function([], [T.arange(3) * u, T.arange(1, 7, 2) + n, r, u[T.arange(2)]], name='f')
theano.printing.debugprint(f)
for name, v in zip(["ar_times_u", "ar_plus_n", "ar_shape", "u_idx"], f()):
    show(name, v)
