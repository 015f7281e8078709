# Covers: srng.state_updates with three streams (uniform, random_integers, normal): pairs, default updates, seeds derived from RandomState(seed).randint(2**30), srng[rng] get, then srng.seed() re-derivation.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=31337)
a = srng.uniform((2,))
b = srng.random_integers((2,), low=1, high=6)
c = srng.normal((2,))
rvs = [a, b, c]
print("n", len(srng.state_updates), len(srng.updates()))
for i, (r, nr) in enumerate(srng.state_updates):
    print(i, r is rvs[i].rng, nr is r.default_update, nr.owner.op)
gen = np.random.RandomState(31337)
seeds = [int(gen.randint(2 ** 30)) for _ in range(3)]
print("seeds", seeds)
f = theano.function([], rvs)
x, y, z = f()
show("a0", x)
show("b0", y)
show("c0", z)
print("b0 numpy", np.random.RandomState(seeds[1]).randint(1, 7, size=(2,)).tolist())
srng.seed(7)
gen = np.random.RandomState(7)
seeds7 = [int(gen.randint(2 ** 30)) for _ in range(3)]
print("a rs7", srng[a.rng].uniform(size=(2,)).tolist() == np.random.RandomState(seeds7[0]).uniform(size=(2,)).tolist())
x, y, z = f()
show("a1", x)
show("c1", z)
