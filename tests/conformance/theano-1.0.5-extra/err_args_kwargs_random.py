# Covers: errors calling a random function with three inputs: too many positional args, unknown keyword, input given twice, missing one; a keyword call that works, and the stream not advanced by failed calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=92)
a = T.dscalar('a')
b = T.dscalar('b')
c = T.dvector('c')
u = srng.uniform((2,))
f = theano.function([a, b, c], a * u + b * c, name='f3')
state = u.rng.get_value()
tries = [("too_many", (1.0, 2.0, np.zeros(2), 4.0), {}),
         ("unknown_kw", (1.0, 2.0), {"d": np.zeros(2)}),
         ("twice", (1.0, 2.0, np.zeros(2)), {"a": 1.0}),
         ("missing", (1.0,), {"c": np.zeros(2)})]
for label, args, kwargs in tries:
    try:
        f(*args, **kwargs)
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__, str(e).splitlines()[0].strip())
out = f(1.0, c=np.zeros(2), b=0.0)
print("not advanced", out.tolist() == state.uniform(size=(2,)).tolist())
show("kw_call", out)
