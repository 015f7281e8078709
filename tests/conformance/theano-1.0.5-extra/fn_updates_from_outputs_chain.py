# Covers: updates that depend on an output expression: out = x * u + n, acc <- acc + out, peak <- maximum(peak, out.max()), hist <- concatenation-free shift (hist[1:] joined with out.sum()), count <- count + 1; outputs equal the increments.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=999)
x = T.dvector('x')
u = srng.uniform((3,))
n = srng.normal((3,), std=0.1)
out = x * u + n
acc = theano.shared(np.zeros(3), name='acc')
peak = theano.shared(-np.inf, name='peak')
hist = theano.shared(np.zeros(3), name='hist')
count = theano.shared(np.int32(0), name='count')
f = function([x], out, updates=[(acc, acc + out), (peak, T.maximum(peak, out.max())),
                                (hist, T.concatenate([hist[1:], out.sum().dimshuffle('x')])),
                                (count, count + 1)], name='f')
xv = np.array([1.0, 2.0, 3.0])
tot = np.zeros(3)
for i in range(3):
    o = f(xv)
    tot = tot + o
    show("out%d" % i, o)
    print("acc==sum", bool(np.allclose(acc.get_value(), tot)), "peak", float(peak.get_value()), "count", int(count.get_value()))
show("hist", hist.get_value())
print("count dtype", count.get_value().dtype)
print("--- f")
theano.printing.debugprint(f)
