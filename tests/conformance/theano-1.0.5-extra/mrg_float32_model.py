# Covers: MRG_RandomStreams with dtype='float32' in a float32 model: float32 shared weights, x (fmatrix) plus 0.1 * float32 normal noise, dot with W, float32 uniform mask; output dtypes stay float32; debugprint print_type.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


from theano.sandbox.rng_mrg import MRG_RandomStreams
srng = MRG_RandomStreams(seed=77)
W = theano.shared(np.arange(6, dtype='float32').reshape(3, 2) / 10, name='W')
x = T.fmatrix('x')
noise = srng.normal((2, 3), dtype='float32')
mask = T.cast(srng.uniform((2, 3), dtype='float32') < 0.5, 'float32')
h = T.dot((x + np.float32(0.1) * noise) * mask, W)
f = theano.function([x], [h, noise, mask], name='f32')
xv = np.ones((2, 3), dtype='float32')
for i in range(2):
    for nm, v in zip(["h", "noise", "mask"], f(xv)):
        show("%s_%d" % (nm, i), v)
theano.printing.debugprint(f, print_type=True)
