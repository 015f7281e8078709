# Covers: u.sum(axis=0) * x and x - n.sum(axis=1) with random matrices and an input vector: Sum{axis=[0]} node feeding a fused Composite.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=62)
x = T.dvector('x')
u = srng.uniform((2, 3))
n = srng.normal((3, 2))
f = theano.function([x], u.sum(axis=0) * x)
theano.printing.debugprint(f)
show("f0", f(np.array([1.0, 10.0, 100.0])))
g = theano.function([x], [x - n.sum(axis=1), u.sum(axis=1).sum()])
theano.printing.debugprint(g)
a, b = g(np.zeros(3))
show("g_a", a)
print("g_b", float(b))
