# Covers: updates given as a dict/OrderedDict with a float64 shared scalar, an int8-free int counter and a running max of draws; debugprint update order; return value is pre-update.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


from collections import OrderedDict
srng = RandomStreams(seed=23)
total = theano.shared(0.0, name='total')
count = theano.shared(np.int64(0), name='count')
best = theano.shared(np.full(2, -1.0), name='best')
n = srng.normal((2,))
ups = OrderedDict()
ups[best] = T.maximum(best, n)
ups[total] = total + n.sum()
ups[count] = count + 1
step = theano.function([], [n, total], updates=ups)
print("types", total.type, count.type, best.type)
theano.printing.debugprint(step)
for i in range(4):
    a, t = step()
    show("n_%d" % i, a)
    print("total_before_%d" % i, float(t))
print("count", int(count.get_value()), "total", float(total.get_value()))
show("best", best.get_value())
reset = theano.function([], [], updates=[(total, 0.0 * total), (count, count * 0)])
print("reset returns", reset())
print("after reset", float(total.get_value()), int(count.get_value()))
