# Covers: integer draws in each step of a 3-step scan indexing a vector: srng.random_integers((), 0, 2), srng.permutation((), n=3) and srng.choice((2,), a=3, replace=False); two calls with the loop's updates, each stream's state after them, and the compiled debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def state(name, rng):
    st = rng.get_value().get_state()
    print(name, st[1][:3].tolist(), int(st[2]), int(st[3]))

srng = RandomStreams(seed=33)
x = T.dvector('x')
def step(acc):
    idx = srng.random_integers((), low=0, high=2)
    perm = srng.permutation((), n=3)
    c = srng.choice((2,), a=3, replace=False)
    return acc + x[idx] + x[perm].dot(T.arange(3).astype('float64')) + x[c].sum()
out, upd = theano.scan(step, outputs_info=T.constant(0.0, dtype='float64'), n_steps=3)
f = theano.function([x], out, updates=upd)
show("o", f(np.array([1., 10., 100.])))
show("o", f(np.array([1., 10., 100.])))
for r in upd:
    state("r", r)
theano.printing.debugprint(f)
