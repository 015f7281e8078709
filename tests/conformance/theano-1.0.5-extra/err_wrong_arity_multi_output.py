# Covers: arity errors on a two-output random function with three named inputs (dscalar, dvector, lscalar): too many, one or two missing (first missing name reported), unknown keyword, positional plus keyword for the same input; an all-keyword call that works.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=6)
a = T.dscalar('a')
b = T.dvector('b')
c = T.lscalar('c')
u = srng.uniform((2,))
f = theano.function([a, b, c], [a * u + b, u * c], name='fm')
cases = [("too_many", (1.0, np.zeros(2), 3, 4), {}),
         ("too_few_one", (1.0,), {}),
         ("too_few_two", (1.0, np.zeros(2)), {}),
         ("bad_kw", (1.0, np.zeros(2), 3), {"d": 1}),
         ("dup", (1.0, np.zeros(2), 3), {"a": 2.0})]
for label, args, kwargs in cases:
    try:
        f(*args, **kwargs)
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__, str(e).splitlines()[0].strip())
o1, o2 = f(c=2, b=np.ones(2), a=0.0)
show("o1", o1)
show("o2", o2)
print("consistent", bool(np.allclose(o1 - 1, o2 / 2)))
