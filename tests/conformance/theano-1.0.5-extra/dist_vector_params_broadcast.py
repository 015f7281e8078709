# Covers: normal with vector avg/std constants broadcast over size (2, 3), a symbolic std vector with scalar avg, uniform with a vector low and scalar high over size (3, 2); debugprint of the compiled graph.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=42)
n = srng.normal((2, 3), avg=[0., 10., 100.], std=[1., 0.1, 0.01])
s = T.dvector('s')
n2 = srng.normal((2, 2), avg=5.0, std=s)
u = srng.uniform((3, 2), low=[0., 1.], high=2.0)
f = theano.function([s], [n, n2, u])
theano.printing.debugprint(f)
for i in range(2):
    for name, v in zip(["n", "n2", "u"], f([1.0, 0.0])):
        show("%s_%d" % (name, i), v)
