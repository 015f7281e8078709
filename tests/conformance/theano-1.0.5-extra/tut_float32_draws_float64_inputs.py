# Covers: float32 draws mixed with float64 inputs: float32 uniform * dvector (float64), float32 normal + 0.1 (float64 constant, upcast), float32 draw * fvector input (stays float32), T.sum and mean of a float32 draw.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=112)
u = srng.uniform((3,), dtype='float32')
n = srng.normal((3,), dtype='float32')
x = T.dvector('x')
y = T.fvector('y')
outs = [u * x, n + 0.1, u * y, T.sum(n), T.mean(u)]
f = theano.function([x, y], outs)
theano.printing.debugprint(f)
for name, v in zip(["ux", "n01", "uy", "sn", "mu"], f(np.array([1.0, 2.0, 3.0]), np.array([0.5, 0.25, 2.0], dtype='float32'))):
    show(name, v)
