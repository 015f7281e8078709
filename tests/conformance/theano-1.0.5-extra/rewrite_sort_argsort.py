# Covers: T.sort of a random vector and of a matrix along axis 0, T.argsort of a draw, and sorting a normal draw then taking the middle element (median-like).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=428)
u = srng.uniform((5,))
m = srng.normal((3, 2))
f = theano.function([], [u, T.sort(u), T.argsort(u), T.sort(m, axis=0), T.sort(u)[2]], name='f')
theano.printing.debugprint(f)
for name, r in zip(["u", "sorted", "argsort", "sort0", "middle"], f()):
    show(name, r)
