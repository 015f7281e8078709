# Covers: T.clip of a normal draw with symbolic scalar bounds (inputs), with a vector lower bound, and clip with constant bounds followed by a sum.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=413)
n = srng.normal((5,))
lo = T.dscalar('lo')
hi = T.dscalar('hi')
v = T.dvector('v')
f = theano.function([lo, hi, v], [T.clip(n, lo, hi), T.clip(n, v, 0.5), T.clip(n * 2, -1, 1).sum()], name='f')
theano.printing.debugprint(f)
for name, r in zip(["clip_sym", "clip_vec", "clip_sum"], f(-0.5, 0.5, np.array([-2.0, -1.0, 0.0, 0.25, 1.0]))):
    show(name, r)
