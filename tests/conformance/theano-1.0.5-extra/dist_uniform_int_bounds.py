# Covers: RandomStreams.uniform with int bounds (low=-5, high=5), negative float range, column size (3, 1), dtype='float32' with low/high, size=(1,) and types printed with broadcastable.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=2025)
u1 = srng.uniform((2, 2), low=-5, high=5)
u2 = srng.uniform((3,), low=-3.5, high=-1.5)
u3 = srng.uniform((3, 1))
u4 = srng.uniform((2,), low=1.0, high=2.0, dtype='float32')
u5 = srng.uniform((1,), low=0.1, high=0.2)
names = ["u1", "u2", "u3", "u4", "u5"]
vs = [u1, u2, u3, u4, u5]
for name, v in zip(names, vs):
    print(name, v.type, v.broadcastable, v.dtype)
theano.printing.debugprint(u2, print_type=True)
theano.printing.debugprint(u4, print_type=True)
f = theano.function([], vs)
for i in range(2):
    for name, v in zip(names, f()):
        show("%s_%d" % (name, i), v)
