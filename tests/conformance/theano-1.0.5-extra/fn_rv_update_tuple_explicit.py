# Covers: rv.update tuples used as explicit updates (updates=[u.update]) with no_default_updates=True, for one of two streams, as a dict, an outputs=[] function that only advances the stream, and the same tuple given twice (error).
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

from collections import OrderedDict
srng = RandomStreams(seed=11)
u = srng.uniform((2,))
n = srng.normal((2,))
print("update is tuple", type(u.update).__name__, len(u.update), u.update[0] is u.rng, u.update[1] is u.rng.default_update)
f1 = theano.function([], [u, n], updates=[u.update], no_default_updates=True)
for i in range(3):
    a, b = f1()
    show("f1_u%d" % i, a)
    show("f1_n%d" % i, b)
f2 = theano.function([], [u, n], updates=OrderedDict([n.update]), no_default_updates=True)
for i in range(2):
    a, b = f2()
    show("f2_u%d" % i, a)
    show("f2_n%d" % i, b)
adv = theano.function([], [], updates=[u.update, n.update])
adv()
adv()
g = theano.function([], [u, n], no_default_updates=True)
a, b = g()
show("g_u", a)
show("g_n", b)
f3 = theano.function([], u, updates=[u.update])
show("f3_0", f3())
show("f3_1", f3())
try:
    theano.function([], u, updates=[u.update, u.update])
    print("no error")
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
theano.printing.debugprint(adv)
theano.printing.debugprint(f1)
