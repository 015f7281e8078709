# Covers: MRG_RandomStreams.uniform with a symbolic size (x.shape of an input matrix) added to the input, and a size tuple mixing an int and a symbolic iscalar; calls with different shapes; debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=2718)
x = T.dmatrix('x')
u = srng.uniform(x.shape)
f = theano.function([x], x + u)
theano.printing.debugprint(f)
show("a", f(np.zeros((2, 3))))
show("b", f(np.ones((1, 4))))
k = T.iscalar('k')
w = srng.uniform((2, k), low=10.0, high=20.0)
g = theano.function([k], w)
show("w3", g(3))
show("w1", g(1))
