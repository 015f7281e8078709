# Covers: MRG_RandomStreams draws made inside a scan step, as a sampler written with the faster MRG streams does: binomial masks over a sequence, normal noise with a tensor avg, a multinomial row per step (a constant pvals), the loop's updates passed to theano.function and the values of two calls; and the same loop compiled without its updates.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=42)
seq = T.dmatrix('seq')


def step(row, h):
    mask = srng.binomial(size=(3,), p=0.5, dtype='float64')
    noise = srng.normal(size=(3,), avg=h, std=0.1)
    pick = srng.multinomial(pvals=T.constant([[0.2, 0.3, 0.5]]), dtype='float64')[0]
    return row * mask + noise, pick


(hs, picks), upd = theano.scan(step, sequences=seq, outputs_info=[T.zeros((3,)), None])
print(len(upd))
f = theano.function([seq], [hs, picks], updates=upd)
values = np.arange(6.0).reshape(2, 3) / 6
for call in range(2):
    for out in f(values):
        show('call%d' % call, out)
g = theano.function([seq], hs)
show('no_updates', g(values))
show('no_updates', g(values))
