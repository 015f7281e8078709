# Covers: malformed updates: the same shared variable updated twice, a 3-tuple in the list, an rng shared updated with a float tensor, a random variable as update target, a Python float as update value (accepted), a plain dict of two updates (accepted); type name and first message line.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=66)
u = srng.uniform((2,))
c = theano.shared(0.0, name='c')
d = theano.shared(np.zeros(2), name='d')
tries = [
    ("twice", [(c, c + 1), (c, c + 2)]),
    ("triple", [(c, c + 1, 0)]),
    ("rng_from_float", [(u.rng, c + 1)]),
    ("rv_target", [(u, u + 1)]),
    ("float_value", [(c, 3.5)]),
    ("dict_two", {c: c + u.sum(), d: d + u}),
]
for label, upd in tries:
    try:
        fn = function([], u, updates=upd, name=label)
        out = fn()
        print(label, "ok", "c", float(c.get_value()))
        show(label + "_d", d.get_value())
    except Exception as e:
        msg = str(e.args[0]).splitlines()[0].strip() if e.args else ""
        print(label, type(e).__name__, msg)
