# Covers: debugprint of compiled functions for a mixture (u * x + n) with print_type=True, depth=2 and depth=1 plus print_type, on a two-output function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=70)
x = T.dmatrix('x')
u = srng.uniform((2, 2))
n = srng.normal((2, 2))
f = theano.function([x], [u * x + n, T.maximum(u, n).sum(axis=0)])
print("--- print_type")
theano.printing.debugprint(f, print_type=True)
print("--- depth=2")
theano.printing.debugprint(f, depth=2)
print("--- depth=1 print_type")
theano.printing.debugprint(f, depth=1, print_type=True)
a, b = f(np.eye(2))
show("a", a)
show("b", b)
