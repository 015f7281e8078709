# Covers: one random draw used both as an output and inside an update expression of a shared variable: the update sees the same draw; an update using a second stream only.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=55)
s = theano.shared(np.zeros(2), name='s')
t = theano.shared(np.zeros(2), name='t')
u = srng.uniform((2,))
n = srng.normal((2,))
f = theano.function([], u, updates=[(s, s + u), (t, t + n)])
theano.printing.debugprint(f)
out = [f() for i in range(3)]
show("u_sum", np.sum(out, axis=0))
show("s", s.get_value())
print("s equals sum", bool(np.allclose(s.get_value(), np.sum(out, axis=0))))
show("t", t.get_value())
g = theano.function([], n)
show("n_next", g())
