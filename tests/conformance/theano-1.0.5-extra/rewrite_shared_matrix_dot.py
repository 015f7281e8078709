# Covers: dots between random draws and shared parameters: T.dot(W, u) + c (Gemv with shared W and c), T.dot(u2, W) with a random matrix (Dot22), and W * u2 elementwise; shared values unchanged after calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=73)
W = theano.shared(np.arange(6.0).reshape(2, 3), name='W')
c = theano.shared(np.array([1.0, -1.0]), name='c')
u = srng.uniform((3,))
u2 = srng.normal((2, 2))
f = theano.function([], [T.dot(W, u) + c, T.dot(u2, W), W[:, :2] * u2])
theano.printing.debugprint(f)
for i in range(2):
    for name, v in zip(["gemv", "dot22", "mul"], f()):
        show("%s_%d" % (name, i), v)
show("W", W.get_value())
show("c", c.get_value())
