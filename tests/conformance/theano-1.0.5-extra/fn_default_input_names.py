# Covers: plain unnamed inputs (T.dvector(), T.dscalar()) mixed with draws: positional calls, keyword call fails (no name), debugprint shows the type as name; a named and an unnamed input together.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=52)
x = T.dvector()
s = T.dscalar()
u = srng.uniform((2,))
f = theano.function([x, s], x * s + u, name='f')
show("pos", f(np.array([1.0, 2.0]), 3.0))
try:
    f(x=np.array([1.0, 2.0]), s=3.0)
    print("kw no error")
except Exception as e:
    print("kw", type(e).__name__, str(e).splitlines()[0])
y = T.dvector('y')
g = theano.function([x, y], x - y + u, name='g')
show("g", g(np.zeros(2), np.ones(2)))
show("g_kw_y", g(np.zeros(2), y=np.ones(2)))
theano.printing.debugprint(f)
theano.printing.debugprint(x * s + u)
