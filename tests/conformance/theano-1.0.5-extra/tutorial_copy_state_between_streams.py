# Covers: copying rng states from one RandomStreams to another with the same graph (zip of state_updates, get_value copy); then aliasing one state with borrow=True on both sides.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


src = RandomStreams(seed=111)
dst = RandomStreams(seed=222)
su = src.uniform((2,))
sn = src.normal((2,))
du = dst.uniform((2,))
dn = dst.normal((2,))
fs = theano.function([], [su, sn])
fd = theano.function([], [du, dn])
fs()
show("dst_before", fd()[0])
for (s_rng, _), (d_rng, _) in zip(src.state_updates, dst.state_updates):
    d_rng.set_value(s_rng.get_value(), borrow=True)
a, b = fs()
c, d = fd()
show("src_u", a)
show("dst_u", c)
print("equal", bool(np.all(a == c)), bool(np.all(b == d)))
s_rng = src.state_updates[0][0]
d_rng = dst.state_updates[0][0]
d_rng.set_value(s_rng.get_value(borrow=True), borrow=True)
a, b = fs()
c, d = fd()
show("aliased_src_u", a)
show("aliased_dst_u", c)
print("aliased equal", bool(np.all(a == c)))
