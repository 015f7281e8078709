# Covers: T.cast of draws: uniform to int64 and int8 after scaling, binomial counts to float64 then divided, normal to float32, bool comparison to int32; dtypes and Elemwise{Cast} names.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=422)
u = srng.uniform((4,))
b = srng.binomial((4,), n=5, p=0.5)
n = srng.normal((3,))
f = theano.function([], [T.cast(u * 10, 'int64'), T.cast(u * 300, 'int8'), T.cast(b, 'float64') / 5, T.cast(n, 'float32'), T.cast(u > 0.5, 'int32')], name='f')
theano.printing.debugprint(f)
for name, r in zip(["u_i64", "u_i8", "b_frac", "n_f32", "mask_i32"], f()):
    show(name, r)
