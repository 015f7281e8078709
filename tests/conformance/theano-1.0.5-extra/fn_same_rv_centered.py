# Covers: one uniform draw used twice in one output (u - u.mean()) and multiplied by a normal draw in another; a second function using only the normal stream; which stream each call advances (replay from saved states).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=48)
u = srng.uniform((4,))
n = srng.normal((4,))
su = u.rng.get_value(borrow=False)
sn = n.rng.get_value(borrow=False)
f = theano.function([], [u - u.mean(), u * n])
g = theano.function([], n * 2)
theano.printing.debugprint(f)
c, d = f()
show("centered", c)
show("prod", d)
e = g()
show("g", e)
ru = su.uniform(size=(4,))
rn1 = sn.normal(size=(4,))
rn2 = sn.normal(size=(4,))
print("centered replay", bool(np.allclose(c, ru - ru.mean())))
print("prod replay", bool((d == ru * rn1).all()))
print("g replay", bool((e == rn2 * 2).all()))
c2, d2 = f()
show("centered_2", c2)
print("u advanced once", bool(np.allclose(c2, (lambda r: r - r.mean())(su.uniform(size=(4,))))))
