# Covers: srng.seed() between calls of one function: re-seeding with the first seed replays, another seed, a stream created after seeding, seeding again reseeds the new stream too.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=3)
u = srng.uniform((2,))
n = srng.normal((2,))
f = theano.function([], [u, n])
x0, y0 = f()
x1, y1 = f()
srng.seed(3)
a0, b0 = f()
print("seed(3) restores first draw", bool(np.all(a0 == x0)), bool(np.all(b0 == y0)))
srng.seed(4)
a1, b1 = f()
show("u_seed4", a1)
show("n_seed4", b1)
v = srng.uniform((2,))
g = theano.function([], v)
show("v_new", g())
srng.seed(4)
a2, b2 = f()
print("seed(4) again", bool(np.all(a2 == a1)), bool(np.all(b2 == b1)))
show("v_after_seed4", g())
seeds = np.random.RandomState(4)
print("derived seeds", [int(seeds.randint(2 ** 30)) for i in range(3)])
