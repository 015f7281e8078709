# Covers: one function returning draws from three streams (uniform, normal, random_integers) whose outputs are reused in updates: a float sum, the last normal stored, an int64 total of the integer draws; debugprint order of updates; values over three calls.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=404)
u = srng.uniform((3,))
n = srng.normal((3,))
k = srng.random_integers((3,), low=1, high=6)
s = theano.shared(0.0, name='s')
last = theano.shared(np.zeros(3), name='last')
tot = theano.shared(np.int64(0), name='tot')
f = function([], [u, n, k], updates=[(s, s + u.sum()), (last, n), (tot, tot + k.sum())], name='f')
theano.printing.debugprint(f)
for i in range(3):
    a, bb, c = f()
    show("u%d" % i, a)
    show("n%d" % i, bb)
    show("k%d" % i, c)
    print("s", float(s.get_value()), "tot", int(tot.get_value()))
    print("last==n", bool(np.all(last.get_value() == bb)))
