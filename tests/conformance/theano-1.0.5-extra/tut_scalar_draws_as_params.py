# Covers: scalar draws (size=()) used as parameters: a * x + b with a uniform scalar a and normal scalar b over an input vector, a ** 2 + b, and the scalar draw of a random_integers; 0-d shapes.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=116)
a = srng.uniform(())
b = srng.normal(())
k = srng.random_integers((), low=1, high=6)
x = T.dvector('x')
outs = [a * x + b, a ** 2 + b, k * x, k + 1]
f = theano.function([x], outs)
theano.printing.debugprint(f)
for i in range(2):
    for name, v in zip(["ax_b", "a2b", "kx", "k1"], f(np.array([1.0, 2.0]))):
        show(name, np.round(v, 12))
