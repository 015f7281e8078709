# Covers: updates on an int32 counter (cast), a float64 accumulator of a normal draw's sum and a running max, alternating two functions.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=91)
cnt = theano.shared(np.int32(0), name='cnt')
tot = theano.shared(0.0, name='tot')
mx = theano.shared(-1e9, name='mx')
n = srng.normal((4,))
s = n.sum()
step = theano.function([], s, updates=[(cnt, cnt + np.int32(1)), (tot, tot + s), (mx, T.maximum(mx, n.max()))])
print("cnt", cnt.type, "tot", tot.type)
peek = theano.function([], [cnt, tot])
for i in range(3):
    print("s_%d" % i, float(step()))
    c, t = peek()
    print("peek", int(c), float(t), float(mx.get_value()))
theano.printing.debugprint(step)
