# Covers: the tutorial basic example (seed 2024, size (2,)) with debugprint([f, g, nearly_zeros]) in one call (ids shared across functions), ids='int' on a list of two functions, and a list mixing a function, an int and an Apply node.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=2024)
rv_u = srng.uniform((2,))
rv_n = srng.normal((2,))
f = function([], rv_u)
g = function([], rv_n, no_default_updates=True)
nearly_zeros = function([], rv_u + rv_u - 2 * rv_u)
print("--- [f, g, nearly_zeros]")
theano.printing.debugprint([f, g, nearly_zeros])
print("--- (f, g) ids=int")
theano.printing.debugprint((f, g), ids='int')
print("--- [g, 3, rv_u.owner]")
theano.printing.debugprint([g, 3, rv_u.owner])
show("f1", f())
show("g1", g())
show("g2", g())
show("nz", nearly_zeros())
show("f2", f())
