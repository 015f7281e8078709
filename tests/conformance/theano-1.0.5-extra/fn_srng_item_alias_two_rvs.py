# Covers: two random variables made to share one RandomState object via srng[rv.rng] = state (borrow=True aliasing): calls of f_u, f_v and a joint function in various orders, compared to replays on numpy copies.
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

import copy
srng = RandomStreams(seed=5)
u = srng.uniform((2,))
v = srng.uniform((2,))
state = np.random.RandomState(77)
srng[u.rng] = state
srng[v.rng] = state
print("same object", srng[u.rng] is srng[v.rng], srng[u.rng] is state)
f_u = theano.function([], u)
f_v = theano.function([], v)
f_uv = theano.function([], [u, v])
ref = np.random.RandomState(77)
show("u0", f_u())
show("ref0", ref.uniform(size=(2,)))
show("v0", f_v())
show("ref1", ref.uniform(size=(2,)))
print("same object after", srng[u.rng] is srng[v.rng])
print("state", st(srng[u.rng]), st(srng[v.rng]))
a, b = f_uv()
show("uv_u", a)
show("uv_v", b)
print("same object after uv", srng[u.rng] is srng[v.rng])
print("state u", st(srng[u.rng]))
print("state v", st(srng[v.rng]))
show("ref2", ref.uniform(size=(2,)))
show("ref3", ref.uniform(size=(2,)))
show("v1", f_v())
show("u1", f_u())
print("final same", srng[u.rng] is srng[v.rng])
srng[v.rng] = copy.deepcopy(srng[u.rng])
show("u2", f_u())
show("v2", f_v())
