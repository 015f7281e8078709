# Covers: comparisons of random draws with an input and constants (<, >=, T.eq, T.neq), bool outputs, cast of a comparison to float64 and int8.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=34)
x = T.dvector('x')
u = srng.uniform((4,))
r = srng.random_integers((4,), low=0, high=2)
outs = [u < x, u >= 0.5, T.eq(r, 1), T.neq(r, 0), T.cast(u < x, 'float64'), T.cast(r >= 1, 'int8')]
for o in outs:
    print(o.type)
f = theano.function([x], outs)
theano.printing.debugprint(f)
res = f(np.array([0.25, 0.5, 0.75, 1.0]))
for name, v in zip(["lt", "ge", "eq", "neq", "lt_f64", "ge_i8"], res):
    show(name, v)
