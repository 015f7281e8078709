# Covers: MRG_RandomStreams.uniform with dtype='float32' and ndim=2 (size (2, 3)), np.float32 low/high (float32 output without dtype), normal with dtype='float32'; output types via debugprint(print_type=True).
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=314)
u = srng.uniform((2, 3), ndim=2, dtype='float32')
v = srng.uniform((3,), low=np.float32(-1), high=np.float32(1))
n = srng.normal((4,), dtype='float32')
f = theano.function([], [u, v, n])
theano.printing.debugprint(f, print_type=True)
for i in range(2):
    for name, val in zip(["u", "v", "n"], f()):
        show("%s_%d" % (name, i), val)
