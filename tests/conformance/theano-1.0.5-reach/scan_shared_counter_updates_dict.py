# Covers: a scan step returning (output, {count: count + 1, total: total + d}) with a scalar srng.uniform draw, n_steps=4, compiled with updates (the shared counter and total move, the stream advances by every step) and without (neither counter moves; the stream slides by one step's draw per call), calls interleaved; values, counters and both compiled debugprints.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=31)
count = theano.shared(np.int64(0), name='count')
total = theano.shared(0.0, name='total')
def step(prev):
    d = srng.uniform(low=0.0, high=1.0)
    return prev + d, {count: count + 1, total: total + d}
walk, upd = theano.scan(step, outputs_info=T.constant(0.0, dtype='float64'), n_steps=4, name='walk')
with_upd = theano.function([], walk, updates=upd)
no_upd = theano.function([], walk)
print(with_upd().tolist(), count.get_value(), repr(float(total.get_value())))
print(no_upd().tolist(), count.get_value())
print(no_upd().tolist())
print(with_upd().tolist(), count.get_value(), repr(float(total.get_value())))
theano.printing.debugprint(with_upd)
theano.printing.debugprint(no_upd)
