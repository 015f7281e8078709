# Covers: a function compiled with no_default_updates=True called many times (identical draws), then the streams advanced by other functions (one stream at a time), the frozen function following the new states.
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

srng = RandomStreams(seed=123)
u = srng.uniform((2,))
b = srng.binomial((3,), n=4, p=0.5)
r = srng.random_integers((2,), 1, 6)
frozen = theano.function([], [u, b, r], no_default_updates=True)
first = frozen()
same = True
for i in range(6):
    out = frozen()
    same = same and all(np.array_equal(x, y) for x, y in zip(first, out))
print("all same", same)
for name, x in zip("ubr", first):
    show("first_" + name, x)
adv_b = theano.function([], b)
show("adv_b", adv_b())
for name, x in zip("ubr", frozen()):
    show("after_b_" + name, x)
adv_ur = theano.function([], [u * 0, r + 0])
adv_ur()
for name, x in zip("ubr", frozen()):
    show("after_ur_" + name, x)
adv_all = theano.function([], [])
print("adv_all returns", adv_all())
for name, x in zip("ubr", frozen()):
    show("after_empty_" + name, x)
theano.printing.debugprint(frozen)
theano.printing.debugprint(adv_ur)
