# Covers: MRG_RandomStreams errors: size as a bare int, a size with 0, binomial with n=2, seed=0, an unknown keyword to uniform, and a float in normal's size; type name and first message line.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=5)
cases = [
    ("int size", lambda: srng.uniform(5)),
    ("zero in size", lambda: srng.uniform((2, 0))),
    ("binomial n=2", lambda: srng.binomial((2,), n=2)),
    ("unknown kwarg", lambda: srng.uniform((2,), foo=1)),
    ("float in normal size", lambda: srng.normal((2.5,))),
    ("seed 0", lambda: MRG_RandomStreams(seed=0)),
]
for label, fn in cases:
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__, str(e).splitlines()[0] if str(e) else "")
u = srng.uniform((2,))
show("still works", theano.function([], u)())
