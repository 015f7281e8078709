# Covers: debugprint with named intermediate variables (u.name, h.name) with and without stop_on_name=True, uncompiled and compiled; named outputs in the compiled graph.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=62)
x = T.dvector('x')
u = srng.uniform((3,))
u.name = 'u'
h = x * u + 1
h.name = 'h'
y = T.exp(h) - x
y.name = 'y'
print("--- plain")
theano.printing.debugprint(y)
print("--- stop_on_name")
theano.printing.debugprint(y, stop_on_name=True)
f = theano.function([x], [y, h])
print("--- compiled")
theano.printing.debugprint(f)
print("--- compiled stop_on_name")
theano.printing.debugprint(f, stop_on_name=True)
a, b = f([0.0, 1.0, 2.0])
show("y", a)
show("h", b)
