# Covers: RandomStreams.gen with raw_random ops (uniform, normal, binomial, random_integers) directly: returned variable types, state_updates growth, draws versus srng.uniform from the same seed, srng.seed covering gen streams.
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

from theano.tensor import raw_random
srng = RandomStreams(seed=17)
g1 = srng.gen(raw_random.uniform, size=(3,), low=-1.0, high=1.0)
g2 = srng.gen(raw_random.normal, size=(2,), avg=0.0, std=2.0)
g3 = srng.gen(raw_random.binomial, size=(2,), n=3, p=0.5)
g4 = srng.gen(raw_random.random_integers, size=(2,), low=1, high=4)
for g in (g1, g2, g3, g4):
    print(str(g.type), str(g.owner.op), type(g.rng.get_value(borrow=True)).__name__, g.update[0] is g.rng)
print("n_state_updates", len(srng.state_updates))
f = theano.function([], [g1, g2, g3, g4])
for k in range(2):
    for name, x in zip(["g1", "g2", "g3", "g4"], f()):
        show("%s_%d" % (name, k), x)
srng2 = RandomStreams(seed=17)
h1 = srng2.uniform((3,), low=-1.0, high=1.0)
show("h1", theano.function([], h1)())
srng.seed(17)
show("g1_reseed", theano.function([], g1)())
theano.printing.debugprint(g2)
