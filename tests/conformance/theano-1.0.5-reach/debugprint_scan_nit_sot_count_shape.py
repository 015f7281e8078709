# Covers: the compiled debugprint of a scan with an output not fed back (outputs_info [x0, None], n_steps=3, an MRG normal per step) whose mean is taken: the mean's size MakeVector reads the loop's count 3 (an int8 constant) as the shape feature's own int64 constant, which the merge makes the AllocEmpty's 3 (one [id]); values.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams

s = MRG_RandomStreams(seed=1)
x0 = T.dvector('x0')


def step(h):
    n = s.normal(h.shape)
    return [T.tanh(h + n), n]


(hs, ns), upd = theano.scan(step, outputs_info=[x0, None], n_steps=3)
f = theano.function([x0], [hs, ns.mean()], updates=upd)
print(f([0., 1.]))
theano.printing.debugprint(f)
