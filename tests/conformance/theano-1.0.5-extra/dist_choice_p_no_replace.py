# Covers: RandomStreams.choice with a=6 on size (2, 3), replace=False with p (size (3,), a=5), a float vector a with replace=True, and p putting all mass on one value.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=73)
c1 = srng.choice((2, 3), a=6)
c2 = srng.choice((3,), a=5, replace=False, p=[0.1, 0.2, 0.3, 0.2, 0.2])
c3 = srng.choice((4,), a=[0.5, 1.5, 2.5])
c4 = srng.choice((5,), a=3, p=[0.0, 1.0, 0.0])
names = ["c1", "c2", "c3", "c4"]
for name, v in zip(names, [c1, c2, c3, c4]):
    print(name, v.type)
f = theano.function([], [c1, c2, c3, c4])
for i in range(2):
    for name, v in zip(names, f()):
        show("%s_%d" % (name, i), v)
theano.printing.debugprint(f)
