# Covers: max/min reductions combined with inputs: T.max(u * x, axis=1), x - u.max() (max of a draw broadcast), T.min(u + n, axis=0) and the softmax-style u - u.max(axis=1, keepdims=True).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=431)
u = srng.uniform((2, 3))
n = srng.normal((2, 3))
x = T.dmatrix('x')
f = theano.function([x], [T.max(u * x, axis=1), x - u.max(), T.min(u + n, axis=0), u - u.max(axis=1, keepdims=True)], name='f')
theano.printing.debugprint(f)
xv = np.array([[1.0, -1.0, 2.0], [0.5, 0.5, 0.5]])
for name, r in zip(["max_ux", "x_minus_max", "min_un", "shifted"], f(xv)):
    show(name, r)
