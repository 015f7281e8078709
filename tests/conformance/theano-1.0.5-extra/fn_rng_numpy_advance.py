# Covers: advancing a stream from numpy: drawing from rv.rng.get_value(borrow=True) shifts the next call's draws; get_value() copy and set_value(borrow=False) of a state later advanced by numpy do not affect the stream.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=57)
u = srng.uniform((3,))
f = theano.function([], u)
ref = u.rng.get_value()
r = u.rng.get_value(borrow=True)
skipped = r.uniform(size=(2,))
x = f()
show("after_skip", x)
ref.uniform(size=(2,))
print("continues after skip", bool((x == ref.uniform(size=(3,))).all()))
cp = u.rng.get_value()
cp.uniform(size=(5,))
y = f()
show("copy_advanced", y)
print("copy no effect", bool((y == ref.uniform(size=(3,))).all()))
mine = np.random.RandomState(7)
u.rng.set_value(mine, borrow=False)
mine.uniform(size=(4,))
z = f()
show("set_copy", z)
print("set_copy is RS(7) start", bool((z == np.random.RandomState(7).uniform(size=(3,))).all()))
u.rng.set_value(mine, borrow=True)
mine.uniform(size=(1,))
w = f()
show("set_borrow", w)
print("is borrowed", u.rng.get_value(borrow=True) is mine)
