# Covers: an MRG_RandomStreams normal draw of a constant size inside a scan step (a 3-step walk), compiled with the scan's updates (every call new steps) and without them (the stream slides by one step's draw per call); values over two calls each and the compiled debugprint with updates.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams
srng = MRG_RandomStreams(seed=2)
x0 = T.dvector('x0')
def step(x):
    n = srng.normal((2,), std=0.5)
    return x + n
walk, upd = theano.scan(step, outputs_info=x0, n_steps=3)
f = theano.function([x0], walk[-1], updates=upd)
g = theano.function([x0], walk[-1])
print(f(np.zeros(2)).tolist(), f(np.zeros(2)).tolist())
print(g(np.zeros(2)).tolist(), g(np.zeros(2)).tolist())
theano.printing.debugprint(f)
