# Covers: RandomStreams.random_integers with negative bounds (-10..-5), 3-D size (2, 2, 2), a symbolic low vector with high=5, dtype='int8'; types and debugprint of the compiled function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=313)
r1 = srng.random_integers((2, 2, 2), low=-10, high=-5)
lo = T.lvector('lo')
r2 = srng.random_integers((2, 3), low=lo, high=5)
r3 = srng.random_integers((6,), low=0, high=1, dtype='int8')
print(r1.type, r2.type, r3.type)
f = theano.function([lo], [r1, r2, r3])
for i in range(2):
    a, b, c = f(np.array([5, 0, -5], dtype='int64'))
    show("r1_%d" % i, a)
    show("r2_%d" % i, b)
    show("r3_%d" % i, c)
theano.printing.debugprint(f)
