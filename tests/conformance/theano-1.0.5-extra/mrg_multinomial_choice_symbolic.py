# Covers: MRG multinomial (n=2) and choice (size=1, without replacement) on a symbolic pvals matrix input: compiled graph (uniform size from the rows of P) and draws over two calls.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=11)
P = T.dmatrix('P')
m = srng.multinomial(pvals=P, n=2)
c = srng.choice(size=1, replace=False, p=P)
f = theano.function([P], [m, c])
theano.printing.debugprint(f)
pv = np.array([[0.2, 0.3, 0.5], [0.6, 0.2, 0.2], [0.0, 0.0, 1.0]])
for i in range(2):
    a, b = f(pv)
    show("m%d" % i, a)
    show("c%d" % i, b)
