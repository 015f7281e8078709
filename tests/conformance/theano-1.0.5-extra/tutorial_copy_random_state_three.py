# Covers: tutorial 'Copying Random State' with a Graph of three variables (uniform (2,), normal (2,), random_integers (2,)) and seeds 10/20; copying only the first state, then all states.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


class Graph():
    def __init__(self, seed=123):
        self.rng = RandomStreams(seed)
        self.u = self.rng.uniform(size=(2,))
        self.n = self.rng.normal(size=(2,))
        self.i = self.rng.random_integers(size=(2,), low=1, high=6)


g1 = Graph(seed=10)
f1 = theano.function([], [g1.u, g1.n, g1.i])
g2 = Graph(seed=20)
f2 = theano.function([], [g2.u, g2.n, g2.i])
for k, v in enumerate(f1()):
    show("g1_a%d" % k, v)
for k, v in enumerate(f2()):
    show("g2_a%d" % k, v)
su1, su2 = g1.rng.state_updates[0], g2.rng.state_updates[0]
su2[0].set_value(su1[0].get_value())
r1, r2 = f1(), f2()
print("partial", [bool(np.all(a == b)) for a, b in zip(r1, r2)])
for (s1, s2) in zip(g1.rng.state_updates, g2.rng.state_updates):
    s2[0].set_value(s1[0].get_value())
r1, r2 = f1(), f2()
print("full", [bool(np.all(a == b)) for a, b in zip(r1, r2)])
for k, v in enumerate(r2):
    show("g2_c%d" % k, v)
