# Covers: givens that substitute one random variable for another: {u: n} (u's stream unused and not advanced), a swap [(u, n), (n, u)] rejected (AssertionError), and {u: 2 * n}; values compared from the same states.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=90)
u = srng.uniform((3,))
n = srng.normal((3,))
base = theano.function([], [u, n], no_default_updates=True)
bu, bn = base()
show("u", bu)
show("n", bn)
f1 = theano.function([], [u, n], givens={u: n}, no_default_updates=True)
a, b = f1()
print("u replaced by n", bool(np.all(a == bn)), bool(np.all(b == bn)))
try:
    theano.function([], [u - n, u], givens=[(u, n), (n, u)], no_default_updates=True)
    print("swap no error")
except Exception as e:
    print("swap", type(e).__name__, str(e).splitlines()[0])
f3 = theano.function([], u + 1, givens={u: 2 * n}, name='f3')
show("f3_0", f3())
show("f3_1", f3())
a, b = base()
print("u advanced by f3", not bool(np.all(a == bu)), "n advanced by f3", not bool(np.all(b == bn)))
theano.printing.debugprint(f3)
