# Covers: merge: the same expression on a normal draw built three times (log(1 + n*n)), identical constants 0.5 in two branches, and two identical-looking uniform draws that stay separate; debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=91)
n = srng.normal((3,))
e1 = T.log(1 + n * n)
e2 = T.log(1 + n * n)
e3 = T.log(1 + n * n)
f = theano.function([], [e1 * 0.5, e2 + 0.5, e3])
theano.printing.debugprint(f)
a, b, c = f()
show("e1h", a)
show("e2p", b)
show("e3", c)
print("e3*0.5 == e1h", bool(np.all(c * 0.5 == a)))
u1 = srng.uniform((2,))
u2 = srng.uniform((2,))
g = theano.function([], [u1 * 2, u2 * 2, u1 * 2])
theano.printing.debugprint(g)
p, q, r = g()
show("u1", p)
show("u2", q)
print("same node", bool(np.all(p == r)))
