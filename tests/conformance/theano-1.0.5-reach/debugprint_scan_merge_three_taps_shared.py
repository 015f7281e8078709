# Covers: three loops of 4 steps merged into one ('fib&acc&noise'): a two-tap recurrence (taps [-2, -1]), a loop updating a shared accumulator through its updates dictionary, and a loop drawing normals with a non-sequence scale; values over 2 calls, the shared variable and stream states, and the compiled debugprint.
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


srng = RandomStreams(seed=8)
acc = theano.shared(np.float64(0.0), name='acc')
f0 = T.dvector('f0')
s = T.dscalar('s')
fib, _ = theano.scan(lambda a, b: a + b, outputs_info=dict(initial=f0, taps=[-2, -1]),
                     n_steps=4, name='fib')
steps, uacc = theano.scan(lambda: {acc: acc + 1.0}, n_steps=4, name='acc')
noise, un = theano.scan(lambda sc: srng.normal() * sc, non_sequences=s, n_steps=4, name='noise')
upd = uacc.copy()
upd.update(un)
f = theano.function([f0, s], [fib, noise], updates=upd)
theano.printing.debugprint(f)
for call in range(2):
    for v in f(np.array([1.0, 1.0]), 0.5):
        show("out", v)
    print("acc", float(acc.get_value()))
    for k, (r, _) in enumerate(srng.state_updates):
        state("stream%d" % k, r)
