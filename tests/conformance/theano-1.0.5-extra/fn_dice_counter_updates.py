# Covers: an int64 shared total updated by the sum of random_integers dice draws and a call counter, updates given as an OrderedDict; the returned draw equals the increment; debugprint order.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


from collections import OrderedDict
srng = RandomStreams(seed=56)
total = theano.shared(np.int64(0), name='total')
calls = theano.shared(np.int64(0), name='calls')
dice = srng.random_integers((3,), low=1, high=6)
upd = OrderedDict()
upd[calls] = calls + 1
upd[total] = total + dice.sum()
f = theano.function([], dice, updates=upd)
theano.printing.debugprint(f)
acc = 0
for i in range(4):
    d = f()
    acc += int(d.sum())
    show("dice_%d" % i, d)
print("total", int(total.get_value()), "calls", int(calls.get_value()), "acc", acc)
