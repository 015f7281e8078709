# Covers: several random variables (uniform, normal, binomial) combined in one expression: stream creation order vs evaluation order, update order in debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=43)
x = T.dvector('x')
b = srng.binomial((3,), p=0.5)
n = srng.normal((3,))
u = srng.uniform((3,))
y = x * b + n * u - u
f = theano.function([x], y)
theano.printing.debugprint(f)
show("y0", f(np.array([1.0, 2.0, 3.0])))
show("y1", f(np.array([1.0, 2.0, 3.0])))
g = theano.function([], [u, n, b])
for name, v in zip(["u", "n", "b"], g()):
    show(name, v)
