# Covers: tutorial 'Copying Random State Between Theano Graphs' with MRG_RandomStreams in the Graph class: state_updates are 4-tuples, copying su[0] values makes g2 reproduce g1; then the graphs diverge again after reseeding g2's srng.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


class Graph():
    def __init__(self, seed=123):
        self.rng = MRG_RandomStreams(seed)
        self.y = self.rng.uniform(size=(3,))


g1 = Graph(seed=123)
f1 = theano.function([], g1.y)
g2 = Graph(seed=987)
f2 = theano.function([], g2.y)
print("tuple len", len(g1.rng.state_updates[0]))
show("f1_0", f1())
show("f2_0", f2())


def copy_random_state(g1, g2):
    for (su1, su2) in zip(g1.rng.state_updates, g2.rng.state_updates):
        su2[0].set_value(su1[0].get_value())


copy_random_state(g1, g2)
a, b = f1(), f2()
show("f1_1", a)
show("f2_1", b)
print("equal", bool((a == b).all()))
g2.rng.seed(987)
a, b = f1(), f2()
show("f1_2", a)
show("f2_2", b)
print("equal after reseed", bool((a == b).all()))
