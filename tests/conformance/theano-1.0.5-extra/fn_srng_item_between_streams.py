# Covers: srng[rv.rng] get/set across two RandomStreams objects: assigning one srng's RandomState object to the other (aliased, calls interleave), a deepcopy (equal draws), and setting an rng that belongs to the other srng (no membership check); srng.seed() with no argument.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


import copy
s1 = RandomStreams(seed=52)
s2 = RandomStreams(seed=53)
a1 = s1.normal((2,))
a2 = s2.normal((2,))
f1 = theano.function([], a1)
f2 = theano.function([], a2)
show("f1", f1())
show("f2", f2())
s2[a2.rng] = copy.deepcopy(s1[a1.rng])
x1, x2 = f1(), f2()
show("copy_f1", x1)
show("copy_f2", x2)
print("copy equal", bool((x1 == x2).all()))
s2[a2.rng] = s1[a1.rng]
print("same object", s2[a2.rng] is s1[a1.rng])
x1, x2 = f1(), f2()
show("alias_f1", x1)
show("alias_f2", x2)
print("alias equal", bool((x1 == x2).all()))
s2[a1.rng] = np.random.RandomState(0)
x = f1()
show("foreign_set", x)
print("foreign matches RS(0)", bool((x == np.random.RandomState(0).normal(size=(2,))).all()))
s1.seed()
x = f1()
show("reseeded_default", x)
fresh = RandomStreams(seed=52)
y = theano.function([], fresh.normal((2,)))()
print("reseeded equals fresh", bool((x == y).all()))
