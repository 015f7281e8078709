# Covers: a scan of srng.normal((2,)) steps with a symbolic n_steps (lscalar): calls with n=1, 2, 3 compiled with and without updates; how far the stream advances per call in each case (positions), and which rows repeat across calls without updates.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=6)
n = T.lscalar('n')
steps, upd = theano.scan(lambda: srng.normal((2,)), n_steps=n)
rng = srng.state_updates[0][0]
start = rng.get_value()
f_yes = theano.function([n], steps, updates=upd, name='with_updates')
f_no = theano.function([n], steps, name='without_updates')
for k in [1, 2, 3]:
    show("with_n%d" % k, f_yes(k))
    print("pos", int(rng.get_value().get_state()[2]))
rng.set_value(start)
for k in [1, 2, 3]:
    show("without_n%d" % k, f_no(k))
    print("pos", int(rng.get_value().get_state()[2]))
