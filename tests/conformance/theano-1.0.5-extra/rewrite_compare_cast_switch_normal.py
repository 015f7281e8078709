# Covers: comparisons of a normal draw with an input (n < x, n >= 0), T.cast to int8/float32/uint8, T.switch(n > 0, n, 0.1 * n) leaky; compiled graph and values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=61)
n = srng.normal((2, 3))
x = T.dmatrix('x')
lt = n < x
ge = n >= 0
leaky = T.switch(n > 0, n, 0.1 * n)
i8 = T.cast(n * 4, 'int8')
f32 = T.cast(lt, 'float32')
u8 = T.cast(ge, 'uint8') + 1
print("types", lt.type, i8.type, f32.type, u8.type)
f = theano.function([x], [n, lt, ge, leaky, i8, f32, u8])
theano.printing.debugprint(f)
xv = np.array([[0.0, 0.5, -0.5], [1.0, -1.0, 0.0]])
for name, v in zip(["n", "lt", "ge", "leaky", "i8", "f32", "u8"], f(xv)):
    show(name, v)
