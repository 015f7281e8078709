# Covers: tutorial "Copying Random State" with a Graph holding two variables (uniform and normal, size (2,)); copying state_updates makes both outputs equal.
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
        self.y = self.rng.uniform(size=(2,))
        self.z = self.rng.normal(size=(2,))


g1 = Graph(seed=11)
f1 = theano.function([], [g1.y, g1.z])
g2 = Graph(seed=22)
f2 = theano.function([], [g2.y, g2.z])
a, b = f1()
c, d = f2()
show("f1_y", a)
show("f2_y", c)
for (su1, su2) in zip(g1.rng.state_updates, g2.rng.state_updates):
    su2[0].set_value(su1[0].get_value())
a, b = f1()
c, d = f2()
show("f1_z", b)
print("equal", bool(np.all(a == c)), bool(np.all(b == d)))
f1()
c, d = f2()
print("after extra f1 call", bool(np.all(f1()[0] == c)))
