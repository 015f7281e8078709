# Covers: two maps over sequences of one length (n_steps from the sequences' shapes, X and X * 2 and the same X): merged when their step counts become the same graph after the merge pass; a loop over a sequence of another variable Y with its own shape is not merged; random draws inside; values, stream states and the compiled debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.round(12).tolist())


def state(name, rng):
    st = rng.get_value().get_state()
    print(name, st[1][:3].tolist(), int(st[2]), int(st[3]))


srng = RandomStreams(seed=31)
X = T.dmatrix('X')
Y = T.dmatrix('Y')
r1, u1 = theano.scan(lambda x: T.tanh(x) * srng.uniform((2,)), sequences=X, name='map_one')
r2, u2 = theano.scan(lambda x: T.sum(x) + srng.normal(), sequences=X, name='map_two')
r3, u3 = theano.scan(lambda y: y.max(), sequences=Y, name='map_three')
upd = u1.copy()
upd.update(u2)
upd.update(u3)
f = theano.function([X, Y], [r1, r2, r3], updates=upd)
theano.printing.debugprint(f)
for v in f(np.arange(6.0).reshape(3, 2) / 10, np.arange(4.0).reshape(2, 2)):
    show("out", v)
for k, (s, _) in enumerate(srng.state_updates):
    state("stream%d" % k, s)
