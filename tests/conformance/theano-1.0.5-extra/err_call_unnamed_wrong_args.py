# Covers: calling compiled random functions with wrong arguments: too many for a zero-input function, missing a positional, a matrix for a vector, a string for a scalar, a 0-d array for a vector; the stream is not advanced by failed calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=29)
u = srng.uniform((2,))
f0 = theano.function([], u, name='f0')
x = T.dvector('x')
s = T.dscalar('s')
f2 = theano.function([x, s], x * s + u, name='f2')
saved = u.rng.get_value()
cases = [("f0_extra", f0, (1.0,)), ("f2_missing", f2, (np.zeros(2),)),
         ("f2_matrix", f2, (np.zeros((2, 2)), 1.0)), ("f2_string", f2, (np.zeros(2), "a")),
         ("f2_0d", f2, (np.array(1.0), 1.0))]
for label, fn, args in cases:
    try:
        fn(*args)
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__, str(e).splitlines()[0][:80])
v = f0()
u.rng.set_value(saved)
print("not advanced", bool(np.all(f0() == v)))
