# Covers: poisson with size=None (TypeError: shape not inferred from lam), a constant lam matrix with size (2, 2), a symbolic scalar lam with size (2, 2), and poisson counts in expressions (+1, sum over axis 0).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=46)
try:
    srng.poisson(lam=[[1.0, 2.0], [30.0, 0.5]])
    print("size None no error")
except Exception as e:
    print("size None", type(e).__name__, str(e).splitlines()[0])
p = srng.poisson((2, 2), lam=[[1.0, 2.0], [30.0, 0.5]])
lam = T.dscalar('lam')
q = srng.poisson((2, 2), lam=lam)
f = theano.function([lam], [p, q, q + 1, p.sum(axis=0)])
theano.printing.debugprint(f)
for i in range(2):
    for name, v in zip(["p", "q", "q1", "psum"], f(3.0)):
        show("%s_%d" % (name, i), v)
