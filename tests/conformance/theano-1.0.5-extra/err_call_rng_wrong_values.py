# Covers: run-time errors with rng shared variables: set_value of an MRG-style int32 matrix on a RandomStreams rng (TypeError), srng[rng] = non-RandomState, calling a compiled function with a list for a scalar input, and a 2-D size where a vector is expected.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=65)
u = srng.uniform((2,))
s = T.dscalar('s')
f = theano.function([s], u * s, name='f')
try:
    u.rng.set_value(np.zeros((2, 6), dtype='int32'))
    print("int32 matrix no error")
except Exception as e:
    print("int32 matrix", type(e).__name__)
try:
    srng[u.rng] = 12345
    print("int via setitem no error")
except Exception as e:
    print("int via setitem", type(e).__name__)
try:
    f([1.0, 2.0])
    print("list for scalar no error")
except Exception as e:
    print("list for scalar", type(e).__name__)
try:
    srng.uniform(T.lmatrix('m'))
    print("matrix size no error")
except Exception as e:
    print("matrix size", type(e).__name__)
show("still works", f(2.0))
