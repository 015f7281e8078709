# Covers: one function with inputs, updates and givens together: givens replaces an input by a shared value times a random draw, updates advance a shared accumulator and a counter.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=4321)
x = T.dvector('x')
scale = T.dscalar('scale')
w = theano.shared(np.array([1.0, 2.0, 3.0]), name='w')
acc = theano.shared(np.zeros(3), name='acc')
count = theano.shared(np.int64(0), name='count')
u = srng.uniform((3,))
out = x * scale + u
f = theano.function([scale], out, givens={x: w * u},
                    updates=[(acc, acc + out), (count, count + 1)])
theano.printing.debugprint(f)
for i in range(3):
    show("out%d" % i, f(float(i + 1)))
show("acc", acc.get_value())
print("count", int(count.get_value()))
g = theano.function([x], out, givens=[(scale, T.constant(0.5, dtype='float64'))], updates={w: w + 1})
show("g", g(np.array([2.0, 4.0, 6.0])))
show("w", w.get_value())
