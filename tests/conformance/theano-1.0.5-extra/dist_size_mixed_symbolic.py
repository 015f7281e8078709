# Covers: size as a tuple mixing an int and a symbolic iscalar ((2, k), (k,)) and as a symbolic lvector with ndim=2; calls with different sizes; debugprint of the MakeVector size graphs.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=41)
k = T.iscalar('k')
sz = T.lvector('sz')
u = srng.uniform((2, k))
b = srng.binomial((k,), p=0.3)
n = srng.normal(sz, ndim=2)
f = theano.function([k], [u, b], name='f')
theano.printing.debugprint(f)
for kk in [3, 1]:
    a, c = f(kk)
    show("u_k%d" % kk, a)
    show("b_k%d" % kk, c)
g = theano.function([sz], n, name='g')
theano.printing.debugprint(g, print_type=True)
show("n_23", g([2, 3]))
show("n_13", g(np.array([1, 3], dtype='int64')))
