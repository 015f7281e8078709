# Covers: clipping and thresholds on a float32 uniform draw: T.clip(u, 0.2, 0.8), T.switch(u > x, 1.0, 0.0) with a float64 input vector, T.clip with dscalar bounds, and cast of (u < 0.5) to float32.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=103)
u = srng.uniform((6,), dtype='float32')
x = T.dvector('x')
lo = T.dscalar('lo')
outs = [T.clip(u, 0.2, 0.8), T.switch(u > x, 1.0, 0.0), T.clip(u, lo, 0.9), T.cast(u < 0.5, 'float32')]
f = theano.function([x, lo], outs)
theano.printing.debugprint(f)
for name, v in zip(["clip", "thr", "clip_in", "lt"], f(np.linspace(0.0, 1.0, 6), 0.3)):
    show(name, v)
