# Covers: T.var and T.std of random draws (full, axis=0) and the n.var(axis=1, keepdims=True) method; the compiled graph of var (mean, sub, sqr, mean) with 'mean'/'var'/'std' names.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=403)
n = srng.normal((3, 4))
f = theano.function([], [T.var(n), T.std(n, axis=0), n.var(axis=1, keepdims=True)], name='f')
theano.printing.debugprint(f)
for name, r in zip(["var", "std0", "var1k"], f()):
    show(name, r)
g = theano.function([], T.std(n), name='g')
print("std", float(g()))
