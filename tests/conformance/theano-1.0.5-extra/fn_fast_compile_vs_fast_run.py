# Covers: the same random graphs compiled with mode='FAST_COMPILE' and mode='FAST_RUN' from identical stream states: same draws; debugprint of the FAST_COMPILE function (no fusion, no inplace); both modes advance the shared rng.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')


def build(seed):
    srng = RandomStreams(seed=seed)
    u = srng.uniform((3,))
    n = srng.normal((3,))
    return u, n, x * u + n, T.exp(n) - u * 2


u1, n1, e1, g1 = build(8)
u2, n2, e2, g2 = build(8)
fc = function([x], [e1, g1], mode='FAST_COMPILE', name='fc')
fr = function([x], [e2, g2], mode='FAST_RUN', name='fr')
xv = np.array([1.0, -2.0, 0.5])
for i in range(2):
    a = fc(xv)
    b = fr(xv)
    show("fc%d_e" % i, a[0])
    show("fc%d_g" % i, a[1])
    print("same", bool(np.all(a[0] == b[0])), bool(np.all(a[1] == b[1])))
print("--- fc")
theano.printing.debugprint(fc)
print("--- fr")
theano.printing.debugprint(fr)
fcu = function([], u1, mode='FAST_COMPILE')
show("fcu", fcu())
print("--- fcu")
theano.printing.debugprint(fcu)
