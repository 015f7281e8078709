# Covers: casts inside expressions: T.cast(u, 'float32') * 2, T.cast(n * 10, 'int32') + 1, u + T.cast(x, 'float64') with an int32 input; output dtypes and cast nodes.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=68)
u = srng.uniform((3,))
n = srng.normal((3,))
x = T.ivector('x')
a = T.cast(u, 'float32') * 2
b = T.cast(n * 10, 'int32') + 1
c = u + T.cast(x, 'float64')
print("types", a.type, b.type, c.type)
f = theano.function([x], [a, b, c])
theano.printing.debugprint(f)
r = f(np.array([1, 2, 3], dtype='int32'))
for name, v in zip("abc", r):
    show(name, v)
g = theano.function([x], T.cast(u * x, 'int32'))
show("g", g(np.array([10, 100, 1000], dtype='int32')))
