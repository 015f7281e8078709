# Covers: uniform and normal streams used in three functions in different combinations (u only, n only, u and n); which streams each call advances, checked by replay from saved states.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=1234)
u = srng.uniform((2,))
n = srng.normal((2,))
fu = theano.function([], u)
fn = theano.function([], n * 2)
fb = theano.function([], [u + n, u])
su = u.rng.get_value(borrow=False)
sn = n.rng.get_value(borrow=False)
show("fu", fu())
show("fn", fn())
a, b = fb()
show("fb_sum", a)
show("fb_u", b)
su.uniform(size=(2,))
print("fb_u is 2nd u draw", b.tolist() == su.uniform(size=(2,)).tolist())
sn.normal(size=(2,))
print("fb n is 2nd n draw", bool(np.allclose(a - b, sn.normal(size=(2,)))))
show("fu2", fu())
theano.printing.debugprint(fb)
