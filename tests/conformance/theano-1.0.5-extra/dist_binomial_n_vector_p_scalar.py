# Covers: RandomStreams.binomial with a symbolic lvector n broadcast over size (2, 3), p=0.75, constant n list with size None, dtype='int16', two calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=777)
n = T.lvector('n')
b1 = srng.binomial((2, 3), n=n, p=0.75)
b2 = srng.binomial(n=[1, 4, 9, 16], p=0.5, dtype='int16')
print("b1", b1.type)
print("b2", b2.type)
f = theano.function([n], [b1, b2])
for i in range(2):
    x, y = f(np.array([0, 3, 10]))
    show("b1_%d" % i, x)
    show("b2_%d" % i, y)
theano.printing.debugprint(f)
