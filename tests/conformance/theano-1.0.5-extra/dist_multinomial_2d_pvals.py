# Covers: RandomStreams.multinomial with 2-D pvals constants (one distribution per row) with size=None (n=10) and size (2,) (n=6); symbolic pvals vector with size (3,) and dtype='int32'.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=111)
a = srng.multinomial(n=10, pvals=[[0.2, 0.8], [0.5, 0.5]])
b = srng.multinomial(size=(2,), n=6, pvals=[[0.1, 0.2, 0.7], [1.0, 0.0, 0.0]])
pv = T.dvector('pv')
c = srng.multinomial(size=(3,), n=4, pvals=pv, dtype='int32')
for name, rv in [("a", a), ("b", b), ("c", c)]:
    print(name, rv.type, rv.ndim)
f = theano.function([], [a, b])
x, y = f()
show("a", x)
show("b", y)
print("row sums", x.sum(axis=-1).tolist(), y.sum(axis=-1).tolist())
g = theano.function([pv], c)
show("c", g(np.array([0.25, 0.25, 0.5])))
show("c2", g(np.array([0.0, 1.0, 0.0])))
