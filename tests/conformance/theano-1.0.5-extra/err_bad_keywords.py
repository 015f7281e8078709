# Covers: unknown keyword arguments to srng.uniform/normal and theano.function, wrong-type size, and ndim mismatch; first message line where stable.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=82)
tries = [("uniform_kw", lambda: srng.uniform((2,), foo=1)),
         ("normal_kw", lambda: srng.normal((2,), mean=0.0)),
         ("function_kw", lambda: theano.function([], srng.uniform((2,)), bogus=True)),
         ("size_float", lambda: srng.uniform((2.5,))),
         ("uniform_ndim", lambda: srng.uniform((2, 2), ndim=1))]
for label, fn in tries:
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__, str(e).splitlines()[0].strip() if str(e) else "")
u = srng.uniform((2,))
show("still_ok", theano.function([], u)())
