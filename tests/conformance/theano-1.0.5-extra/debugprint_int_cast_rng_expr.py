# Covers: debugprint of compiled functions returning rng-dependent integer expressions: dice via T.floor(u * 6).astype('int32') + 1, T.cast(n * 100, 'int64'), iround, an int draw cast to float and back; values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def st(r):
    s = r.get_state()
    return (int(s[2]), [int(x) for x in s[1][:3]])

srng = RandomStreams(seed=606)
u = srng.uniform((5,))
n = srng.normal((3,))
dice = T.floor(u * 6).astype('int32') + 1
f1 = theano.function([], dice)
theano.printing.debugprint(f1)
show("dice0", f1())
show("dice1", f1())
ci = T.cast(n * 100, 'int64')
f2 = theano.function([], [ci, T.iround(n * 10)])
theano.printing.debugprint(f2)
for k in range(2):
    a, b = f2()
    show("ci%d" % k, a)
    show("ir%d" % k, b)
r = srng.random_integers((4,), 0, 9)
back = T.cast(T.cast(r, 'float64') / 2, 'int8')
f3 = theano.function([], [back, r])
theano.printing.debugprint(f3)
a, b = f3()
show("back", a)
show("r", b)
