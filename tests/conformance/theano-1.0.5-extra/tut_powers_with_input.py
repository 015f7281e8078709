# Covers: powers and reciprocals mixing a draw and an input: x ** 2 + u ** 3, (u + x) ** 0.5, 1 / (u + 1), u ** -2, u ** 4 and x / u ** 2 on vectors.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=105)
u = srng.uniform((4,), low=0.5, high=1.5)
x = T.dvector('x')
outs = [x ** 2 + u ** 3, (u + x) ** 0.5, 1 / (u + 1), u ** -2, u ** 4, x / u ** 2]
f = theano.function([x], outs)
theano.printing.debugprint(f)
for name, v in zip(["a", "b", "c", "d", "e", "g"], f(np.array([0.0, 1.0, 2.0, 3.0]))):
    show(name, np.round(v, 12))
