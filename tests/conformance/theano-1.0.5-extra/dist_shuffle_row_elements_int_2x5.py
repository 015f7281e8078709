# Covers: RandomStreams.shuffle_row_elements on an int32 2x5 matrix and a float 4x2 matrix in one function; permutations advance per call.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=606)
x = T.imatrix('x')
z = T.dmatrix('z')
y1 = srng.shuffle_row_elements(x)
y2 = srng.shuffle_row_elements(z)
print(y1.type, y2.type, y1.permutation.type)
f = theano.function([x, z], [y1, y2])
xv = np.arange(10, dtype='int32').reshape(2, 5)
zv = np.arange(8, dtype='float64').reshape(4, 2) * 0.5
for i in range(3):
    a, b = f(xv, zv)
    show("y1_%d" % i, a)
    show("y2_%d" % i, b)
