# Covers: noise injection: x + std * normal noise with a symbolic std scalar input, sigmoid of the noisy input, std=0 giving exact x, a shorter input (size follows x.shape); debugprint of the noisy function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=404)
x = T.dvector('x')
s = T.dscalar('s')
noise = srng.normal(x.shape)
noisy = x + s * noise
f = theano.function([x, s], [noisy, T.nnet.sigmoid(noisy)], name='noisy')
xv = np.array([0.0, 1.0, -1.0, 2.5])
a, b = f(xv, 0.1)
show("noisy", a)
show("sig", b)
a, b = f(xv, 0.0)
show("noisy_std0", a)
print("exact", bool(np.all(a == xv)))
a, b = f(xv[:2], 1.0)
show("noisy_len2", a)
theano.printing.debugprint(f)
