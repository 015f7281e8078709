# Covers: T.concatenate of random vectors with an input vector (axis 0), of two random matrices along axis=1, and a concatenation fed to sum; Join nodes in the compiled graph.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=406)
u = srng.uniform((2,))
n = srng.normal((3,))
x = T.dvector('x')
a = srng.uniform((2, 2))
b = srng.normal((2, 1))
f = theano.function([x], [T.concatenate([u, x, n]), T.concatenate([a, b], axis=1), T.concatenate([u, n]).sum()], name='f')
theano.printing.debugprint(f)
for name, r in zip(["cat0", "cat1", "catsum"], f(np.array([7.0]))):
    show(name, r)
