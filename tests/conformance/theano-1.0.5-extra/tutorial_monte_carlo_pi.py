# Covers: Monte-Carlo estimate of pi: two uniform draws, (u1**2 + u2**2 <= 1) cast to float64 and averaged, a shared running sum and call counter updated each call; estimate after several calls; debugprint of the step function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=2024)
u1 = srng.uniform((50,))
u2 = srng.uniform((50,))
inside = T.cast(T.sqr(u1) + T.sqr(u2) <= 1.0, 'float64')
est = 4.0 * inside.mean()
total = theano.shared(0.0, name='total')
calls = theano.shared(np.int64(0), name='calls')
step = theano.function([], est, updates=[(total, total + est), (calls, calls + 1)], name='step')
for i in range(4):
    print("est_%d" % i, float(step()))
print("calls", int(calls.get_value()))
print("running", float(total.get_value() / calls.get_value()))
theano.printing.debugprint(step)
