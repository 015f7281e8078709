# Covers: debugprint of uncompiled update expressions: the new-state output rv.update[1] (RandomFunction .0), a list [rv, rv.update[1]] (shared node printed once), a shared counter update expression, depth=1 and ids=''.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=61)
u = srng.uniform((2,), low=-1.0, high=1.0)
n = srng.normal((2,), std=2.0)
print("--- new state")
theano.printing.debugprint(u.update[1])
print("--- list rv and new state")
theano.printing.debugprint([u, u.update[1]])
print("--- srng.updates() new states")
theano.printing.debugprint([nr for (r, nr) in srng.updates()], print_type=True)
counter = theano.shared(np.int64(0), name='counter')
print("--- counter update")
theano.printing.debugprint(counter + n.sum().astype('int64'))
print("--- depth 1")
theano.printing.debugprint(u * n + 1, depth=1)
print("--- ids empty")
theano.printing.debugprint(u * n + 1, ids='')
