# Covers: symbolic sizes from an input: (x.shape[0],) and (x.shape[0], 2), normal with size=x.shape, binomial with size=x.shape; calls with two input shapes; debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=999)
x = T.dmatrix('x')
u = srng.uniform(size=(x.shape[0],))
v = srng.uniform(size=(x.shape[0], 2), low=1.0, high=2.0)
n = srng.normal(size=x.shape)
b = srng.binomial(size=x.shape, p=0.5)
print(u.type, v.type, n.type, b.type)
f = theano.function([x], [u, v, x + n, b])
for i, xv in enumerate([np.zeros((2, 3)), np.ones((3, 1))]):
    for name, val in zip(["u", "v", "xn", "b"], f(xv)):
        show("%s_%d" % (name, i), val)
theano.printing.debugprint(f)
