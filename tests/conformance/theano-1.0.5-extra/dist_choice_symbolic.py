# Covers: choice with a symbolic int a (size (2, 3)), a constant a=3 with a symbolic probability vector, and replace=False with a 2-D size over a=6.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=45)
a = T.lscalar('a')
c = srng.choice((2, 3), a=a)
pv = T.dvector('pv')
c2 = srng.choice((4,), a=3, p=pv)
c3 = srng.choice((2, 2), a=6, replace=False)
f = theano.function([a, pv], [c, c2, c3])
theano.printing.debugprint(f)
for i in range(2):
    for name, v in zip(["c", "c2", "c3"], f(4, [0.0, 0.2, 0.8])):
        show("%s_%d" % (name, i), v)
show("c_a1", f(1, [1.0, 0.0, 0.0])[0])
