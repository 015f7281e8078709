# Covers: debugprint of a compiled two-output function with depth=1 and depth=3, print_type with ids='', and an output given a name.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=71)
x = T.dvector('x')
u = srng.uniform((3,))
n = srng.normal((3,))
y = T.exp(x * u) + n
y.name = 'y'
s = (u * n).sum()
f = theano.function([x], [y, s])
print("--- depth=1")
theano.printing.debugprint(f, depth=1)
print("--- depth=3")
theano.printing.debugprint(f, depth=3)
print("--- print_type ids=''")
theano.printing.debugprint(f, print_type=True, ids='')
