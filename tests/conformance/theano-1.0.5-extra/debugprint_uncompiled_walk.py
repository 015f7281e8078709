# Covers: debugprint of uncompiled graphs from a random-walk program: the update expression pos + scale * normal, with print_type=True, ids='int', depth=2; and a list of [draw, update expression, counter + 1].
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=5)
pos = theano.shared(np.zeros(2), name='pos')
scale = theano.shared(0.3, name='scale')
count = theano.shared(np.int64(0), name='count')
step = scale * srng.normal((2,))
new_pos = pos + step
theano.printing.debugprint(new_pos, print_type=True, ids='int')
print("---")
theano.printing.debugprint(new_pos, depth=2)
print("---")
theano.printing.debugprint([step, new_pos, count + 1])
