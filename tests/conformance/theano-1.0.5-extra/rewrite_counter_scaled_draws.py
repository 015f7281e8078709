# Covers: a shared float scale and int counter combined with draws: u * scale + counter (int64 shared upcast to float64), scale updated by a factor, counter incremented; fusion with shared inputs and update order.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=74)
scale = theano.shared(1.0, name='scale')
counter = theano.shared(np.int64(0), name='counter')
u = srng.uniform((3,))
f = theano.function([], u * scale + counter, updates=[(scale, scale * 0.5), (counter, counter + 1)])
theano.printing.debugprint(f)
for i in range(3):
    show("out_%d" % i, f())
print("scale", float(scale.get_value()), "counter", int(counter.get_value()))
