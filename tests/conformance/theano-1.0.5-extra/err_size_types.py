# Covers: wrong size arguments for RandomStreams: a float in a size tuple, a float vector as symbolic size, a symbolic float scalar in a size tuple; accepted forms: size as a list and as an int64 ndarray; type name and first message line.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=63)
fs = T.dscalar('fs')
cases = [
    ("float in tuple", lambda: srng.uniform((2.5,))),
    ("dvector size", lambda: srng.normal(T.dvector('sz'))),
    ("dscalar in tuple", lambda: srng.uniform((2, fs))),
    ("string size", lambda: srng.uniform("23")),
]
for label, fn in cases:
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)
a = srng.uniform([2, 3])
b = srng.normal(np.array([3], dtype='int64'))
f = theano.function([], [a, b])
x, y = f()
show("list size", x)
show("array size", y)
