# Covers: two RandomStreams objects with different seeds whose streams are made to share state: srng2[v.rng] = srng1[u.rng] (borrow aliasing across objects), srng1.seed() reseeding the shared object, then srng2.seed() splitting them again.
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

s1 = RandomStreams(seed=1)
s2 = RandomStreams(seed=2)
u = s1.uniform((2,))
v = s2.uniform((2,))
f = theano.function([], [u, v])
a, b = f()
show("u0", a)
show("v0", b)
s2[v.rng] = s1[u.rng]
print("shared", s2[v.rng] is s1[u.rng])
a, b = f()
show("u1", a)
show("v1", b)
s1.seed(1)
print("shared after s1.seed", s2[v.rng] is s1[u.rng])
fv = theano.function([], v)
show("v_after_seed", fv())
fu = theano.function([], u)
show("u_after_seed", fu())
s2.seed(2)
print("shared after s2.seed", s2[v.rng] is s1[u.rng])
a, b = f()
show("u2", a)
show("v2", b)
s3 = RandomStreams(seed=2)
show("fresh_v", theano.function([], s3.uniform((2,)))())
