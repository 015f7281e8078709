# Covers: givens replacing a random variable by a constant numpy array (and by T.constant): outputs and an explicit update using the variable see the constant, the replaced stream is not updated, another stream in the same function still is; debugprint.
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

srng = RandomStreams(seed=44)
u = srng.uniform((3,))
n = srng.normal((3,))
acc = theano.shared(np.zeros(3), name='acc')
const = np.array([0.25, 0.5, 0.75])
before = st(u.rng.get_value())
f = theano.function([], [u * 2, u + n], givens=[(u, T.constant(const))], updates=[(acc, acc + u)])
for k in range(2):
    a, b = f()
    show("twice%d" % k, a)
    show("plus_n%d" % k, b)
    show("acc%d" % k, acc.get_value())
print("u state unchanged", st(u.rng.get_value()) == before)
try:
    g = theano.function([], u * 3, givens={u: const})
    show("g", g())
    print("u state unchanged g", st(u.rng.get_value()) == before)
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
h = theano.function([], u)
show("h", h())
theano.printing.debugprint(f)
