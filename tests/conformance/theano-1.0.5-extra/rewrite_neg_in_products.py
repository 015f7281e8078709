# Covers: negation inside products of a random draw and an input: -u * x, -(u * x), (-u) * (-x), u * -2.0 * x, -u / x, and -u - x; how neg and mul(-1, ...) appear in compiled graphs.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=64)
x = T.dvector('x')
u = srng.uniform((3,))
outs = [-u * x, -(u * x), (-u) * (-x), u * -2.0 * x, -u / x, -u - x]
names = ["a", "b", "c", "d", "e", "g"]
for name, o in zip(names, outs):
    f = theano.function([x], o, no_default_updates=True)
    print("==", name)
    theano.printing.debugprint(f)
    show(name, f(np.array([1.0, 2.0, -4.0])))
