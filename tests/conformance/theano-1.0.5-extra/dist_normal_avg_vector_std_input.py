# Covers: RandomStreams.normal with size (2, 3), a constant avg vector broadcast over rows and a symbolic std scalar; std=0 returns avg; seed 0.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=0)
s = T.dscalar('s')
n1 = srng.normal((2, 3), avg=[1.0, -1.0, 10.0], std=s)
n2 = srng.normal((4,), avg=0.5, std=3.0)
f = theano.function([s], [n1, n2])
a, b = f(0.0)
show("n1_std0", a)
show("n2_0", b)
a, b = f(2.0)
show("n1_std2", a)
show("n2_1", b)
theano.printing.debugprint(n1)
