# Covers: calling a function with two named inputs: too many, one missing, duplicate positional+keyword, unknown keyword, keyword call that works.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=80)
x = T.dvector('x')
y = T.dscalar('y')
f = theano.function([x, y], x * y + srng.uniform((2,)), name='f2')
cases = [("too_many", (np.zeros(2), 1.0, 2.0), {}),
         ("missing_y", (np.zeros(2),), {}),
         ("dup", (np.zeros(2), 1.0), {"x": np.zeros(2)}),
         ("unknown_kw", (np.zeros(2), 1.0), {"z": 3.0})]
for label, args, kwargs in cases:
    try:
        f(*args, **kwargs)
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__, str(e).splitlines()[0].strip())
show("by_kw", f(y=0.0, x=np.array([1.0, 2.0])))
