# Covers: sigmoid, tanh, softplus (log(1 + exp)) and exp of a normal vector times an input, fused into Composites; debugprint and values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=505)
x = T.dvector('x')
n = srng.normal((4,))
y1 = T.nnet.sigmoid(n * x)
y2 = T.tanh(n) + T.log(1 + T.exp(x))
y3 = T.exp(-n * n) * x
f = theano.function([x], [y1, y2, y3])
theano.printing.debugprint(f)
for name, v in zip(["y1", "y2", "y3"], f(np.array([0.5, -1.0, 2.0, 0.0]))):
    show(name, v)
