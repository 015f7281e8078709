# Covers: RandomStreams.random_integers on a 2-D size with negative bounds, low == high, symbolic scalar low, and seed 0.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=0)
r1 = srng.random_integers((2, 5), low=-10, high=-5)
r2 = srng.random_integers((3,), low=4, high=4)
lo = T.lscalar('lo')
r3 = srng.random_integers((2, 2), low=lo, high=lo + 2)
print("r3", r3.type)
f = theano.function([lo], [r1, r2, r3])
for i in range(2):
    for name, v in zip(["r1", "r2", "r3"], f(100 * i)):
        show("%s_%d" % (name, i), v)
theano.printing.debugprint(f)
