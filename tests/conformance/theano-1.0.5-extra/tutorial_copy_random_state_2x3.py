# Covers: tutorial 'Copying Random State' with size (2, 3), seeds 5 and 6, a third graph with the same seed as the first; copying state then drifting apart after an extra call.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


class Graph():
    def __init__(self, seed=123):
        self.rng = RandomStreams(seed)
        self.y = self.rng.uniform(size=(2, 3))


def copy_random_state(g1, g2):
    for (su1, su2) in zip(g1.rng.state_updates, g2.rng.state_updates):
        su2[0].set_value(su1[0].get_value())


g1 = Graph(seed=5)
g2 = Graph(seed=6)
g3 = Graph(seed=5)
f1 = theano.function([], g1.y)
f2 = theano.function([], g2.y)
f3 = theano.function([], g3.y)
a, b, c = f1(), f2(), f3()
show("f1_a", a)
show("f2_a", b)
print("f1 == f3", bool(np.all(a == c)))
copy_random_state(g1, g2)
a, b = f1(), f2()
print("synced", bool(np.all(a == b)))
show("f1_b", a)
f1()
a, b = f1(), f2()
print("after extra call equal", bool(np.all(a == b)))
show("f2_c", b)
copy_random_state(g2, g3)
print("g3 follows g2", bool(np.all(f3() == f2())))
