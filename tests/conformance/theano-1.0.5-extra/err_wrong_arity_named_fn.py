# Covers: calling named random functions with wrong arity: two positional for one input, none for two inputs, keyword for an unnamed input, a name used twice; messages' first lines.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=3)
x = T.dmatrix('x')
s = T.dscalar('s')
f = theano.function([x, s], x * s + srng.normal((2, 2)), name='affine')
cases = [("too_many", (np.zeros((2, 2)), 1.0, 2.0), {}),
         ("none", (), {}),
         ("one_missing", (np.zeros((2, 2)),), {}),
         ("kw_unknown", (np.zeros((2, 2)), 1.0), {"t": 1.0}),
         ("kw_dup", (np.zeros((2, 2)),), {"x": np.zeros((2, 2)), "s": 1.0})]
for label, args, kwargs in cases:
    try:
        f(*args, **kwargs)
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__, str(e).splitlines()[0].strip())
v = T.dvector()
g = theano.function([v], v + srng.uniform((2,)), name='unnamed')
try:
    g(v=np.zeros(2))
    print("unnamed kw no error")
except Exception as e:
    print("unnamed kw", type(e).__name__, str(e).splitlines()[0].strip())
print("ok", f(np.ones((2, 2)), 0.0).shape, f(s=0.0, x=np.ones((2, 2))).shape)
