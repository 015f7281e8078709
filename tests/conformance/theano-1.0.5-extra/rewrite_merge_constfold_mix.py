# Covers: merge of duplicated subexpressions (u * 2 built twice, exp(n) twice) and constant folding of T.constant arithmetic and np array constants next to random draws.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=37)
x = T.dvector('x')
u = srng.uniform((3,))
n = srng.normal((3,))
c = T.constant(2.0) * 3 + 1
k = T.constant(np.array([1.0, 2.0, 3.0])) * 2
a = u * 2 + x
b = u * 2 - x
e1 = T.exp(n) + c
e2 = T.exp(n) * k
f = theano.function([x], [a, b, e1, e2])
theano.printing.debugprint(f)
for name, v in zip(["a", "b", "e1", "e2"], f(np.array([1.0, 0.0, -1.0]))):
    show(name, v)
