# Covers: one uniform variable compiled into four functions: default updates, no_default_updates=True, no_default_updates=[rng], and no_default_updates=[] ; which calls advance the stream (checked by replay).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=61)
u = srng.uniform((2,))
n = srng.normal((2,))
f_def = theano.function([], u + n)
f_true = theano.function([], u + n, no_default_updates=True)
f_list = theano.function([], u + n, no_default_updates=[u.rng])
f_empty = theano.function([], u + n, no_default_updates=[])
seq = [("def", f_def), ("true", f_true), ("list", f_list), ("true", f_true), ("empty", f_empty), ("list", f_list), ("def", f_def)]
for i, (name, fn) in enumerate(seq):
    show("%d_%s" % (i, name), fn())
su = theano.function([], [u, n], no_default_updates=True)
a, b = su()
show("u_now", a)
show("n_now", b)
