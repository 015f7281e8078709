# Covers: functions with zero outputs (outputs=[]) that only apply updates: a shared accumulator incremented by a uniform draw, the stream's default update still applied; the call returns an empty list; debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=36)
acc = theano.shared(np.zeros(2), name='acc')
u = srng.uniform((2,))
tick = theano.function([], [], updates=[(acc, acc + u)], name='tick')
r = tick()
print("returns", type(r).__name__, len(r))
show("acc_1", acc.get_value())
tick()
show("acc_2", acc.get_value())
peek = theano.function([], u, no_default_updates=True)
show("next_u", peek())
tick()
show("acc_3", acc.get_value())
frozen = theano.function([], [], updates=[(acc, acc * 2)], name='frozen')
print("frozen returns", frozen())
show("acc_4", acc.get_value())
theano.printing.debugprint(tick)
