# Covers: a step returning (h, {acc: acc + h}) with an srng.normal draw in it: the scan's updates (the shared accumulator and the stream), compiled with updates and with updates plus no_default_updates=True, the accumulator after each call, the uncompiled and compiled debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())

srng = RandomStreams(seed=37)
acc = theano.shared(np.zeros(2), name='acc')
x = T.dmatrix('x')
def step(x_t, h):
    n = srng.normal((2,), std=0.5)
    h2 = T.tanh(h + x_t + n)
    return h2, {acc: acc + h2}
hs, upd = theano.scan(step, sequences=x, outputs_info=T.zeros((2,), dtype='float64'))
print(len(upd))
f = theano.function([x], hs, updates=upd)
g = theano.function([x], hs, updates=upd, no_default_updates=True)
X = np.ones((3, 2))
show("f", f(X)); show("acc", acc.get_value())
show("g", g(X)); show("acc", acc.get_value())
show("f", f(X)); show("acc", acc.get_value())
theano.printing.debugprint(hs)
theano.printing.debugprint(f)
