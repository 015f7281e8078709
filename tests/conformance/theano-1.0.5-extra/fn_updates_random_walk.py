# Covers: updates driven by a random draw: a shared position incremented by a normal step each call, a shared int counter, return value is the old state.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=51)
pos = theano.shared(np.zeros(2), name='pos')
steps = theano.shared(np.int32(0), name='steps')
step = srng.normal((2,), std=0.5)
walk = theano.function([], pos, updates=[(pos, pos + step), (steps, steps + 1)], name='walk')
theano.printing.debugprint(walk)
for i in range(4):
    show("pos_%d" % i, walk())
show("pos_final", pos.get_value())
print("steps", int(steps.get_value()), steps.type)
reset = theano.function([], [], updates=[(pos, T.zeros_like(pos))])
reset()
show("after_reset", pos.get_value())
show("walk_after_reset", walk())
