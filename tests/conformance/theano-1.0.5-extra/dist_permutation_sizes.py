# Covers: RandomStreams.permutation with n=1, n=10, size=(2,) n=3 and size=(2, 2) n=3 (3-D output), types and repeated calls; debugprint of one variable with print_type.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=17)
p1 = srng.permutation(n=1)
p2 = srng.permutation(n=10)
p3 = srng.permutation(size=(2,), n=3)
p4 = srng.permutation(size=(2, 2), n=3)
for name, v in [("p1", p1), ("p2", p2), ("p3", p3), ("p4", p4)]:
    print(name, v.type, v.ndim)
f = theano.function([], [p1, p2, p3, p4])
for i in range(2):
    for name, v in zip(["p1", "p2", "p3", "p4"], f()):
        show("%s_%d" % (name, i), v)
theano.printing.debugprint(p3, print_type=True)
