# Covers: four outputs sharing subexpressions of a draw and an input: u * x, exp(u * x), exp(u * x) + 1 and sum(exp(u * x)) built separately; merged nodes in debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=109)
u = srng.uniform((3,))
x = T.dvector('x')
outs = [u * x, T.exp(u * x), T.exp(u * x) + 1, T.sum(T.exp(u * x))]
f = theano.function([x], outs)
theano.printing.debugprint(f)
for name, v in zip(["ux", "e", "e1", "s"], f(np.array([1.0, -1.0, 2.0]))):
    show(name, np.round(v, 12))
