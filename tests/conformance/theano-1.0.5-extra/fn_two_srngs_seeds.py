# Covers: two RandomStreams with the same seed give identical draws for variables created in the same order; a third with another seed differs; srng.seed() on one mid-run resynchronises with a fresh object.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


s1 = RandomStreams(seed=17)
s2 = RandomStreams(seed=17)
s3 = RandomStreams(seed=18)
a = s1.uniform((3,))
b = s2.uniform((3,))
c = s3.uniform((3,))
fa = theano.function([], a)
fb = theano.function([], b)
fc = theano.function([], c)
va, vb, vc = fa(), fb(), fc()
show("a0", va)
print("a0==b0", bool(np.all(va == vb)), "a0==c0", bool(np.all(va == vc)))
fa()
fa()
vb1 = fb()
s1.seed(17)
va1 = fa()
print("after reseed a==b0", bool(np.all(va1 == va)), "b1==a1", bool(np.all(vb1 == va1)))
s2.seed(18)
print("s2 seeded 18 == c0", bool(np.all(fb() == vc)))
a2 = s1.normal((2,))
b2 = s2.normal((2,))
show("a2", theano.function([], a2)())
show("b2", theano.function([], b2)())
