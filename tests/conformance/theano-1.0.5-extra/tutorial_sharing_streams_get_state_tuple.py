# Covers: tutorial 'Sharing Streams Between Functions' with the state saved via get_state() of a copy, restored with set_state on a fresh RandomState and set_value(borrow=False); normal stream (seed 77, size (2, 2)); replay after several calls.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=77)
rv_n = srng.normal((2, 2), avg=5.0, std=0.01)
rv_u = srng.uniform((2, 2))
f = function([], rv_n)
g = function([], rv_u, no_default_updates=True)
saved = rv_n.rng.get_value().get_state()
vals = [f() for _ in range(3)]
fresh = np.random.RandomState(0)
fresh.set_state(saved)
rv_n.rng.set_value(fresh, borrow=False)
fresh.seed(5)
replay = [f() for _ in range(3)]
for k in range(3):
    show("v%d" % k, vals[k])
    print("replay%d equal" % k, bool(np.all(vals[k] == replay[k])))
show("g", g())
print("state equal after", bool(np.all(rv_n.rng.get_value().get_state()[1] == fresh.get_state()[1])))
