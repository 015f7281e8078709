# Covers: RandomStreams.shuffle_row_elements on a 3x4 input matrix called twice, an int matrix input, and the permutation stream advancing per call.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=222)
x = T.dmatrix('x')
y = srng.shuffle_row_elements(x)
print("type", y.type, y.permutation.type)
f = theano.function([x], [y, y.permutation])
data = np.arange(12.0).reshape(3, 4)
for i in range(2):
    a, p = f(data)
    show("y%d" % i, a)
    show("perm%d" % i, p)
z = T.lmatrix('z')
w = srng.shuffle_row_elements(z)
g = theano.function([z], w)
show("w", g(np.array([[1, 2, 3], [4, 5, 6]], dtype='int64')))
print("rows kept", bool(np.all(np.sort(g(np.arange(6).reshape(2, 3)), axis=1) == np.arange(6).reshape(2, 3))))
