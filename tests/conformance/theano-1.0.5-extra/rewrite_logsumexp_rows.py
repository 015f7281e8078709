# Covers: row-wise log-sum-exp of a normal matrix T.log(T.sum(T.exp(n), axis=1)), its stable form with n.max(axis=1) subtracted, and T.exp(u).mean(); compiled graphs and values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=72)
n = srng.normal((2, 3))
u = srng.uniform((4,))
lse = T.log(T.sum(T.exp(n), axis=1))
mx = n.max(axis=1)
lse2 = mx + T.log(T.sum(T.exp(n - mx.dimshuffle(0, 'x')), axis=1))
f = theano.function([], [lse, lse2, T.exp(u).mean()])
theano.printing.debugprint(f)
a, b, c = f()
show("lse", a)
show("lse2", b)
print("close", bool(np.allclose(a, b)))
print("expmean", float(c))
