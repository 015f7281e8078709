# Covers: givens with mismatched types: fvector replacing a dvector input, a matrix replacing a vector, an ivector replacing a random draw (TypeError at compile), an ndarray value (accepted); a float64 expression that works.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=94)
x = T.dvector('x')
u = srng.uniform((2,))
y = x * u
tries = [("fvector_for_dvector", {x: T.fvector('f')}),
         ("matrix_for_vector", {x: T.dmatrix('m')}),
         ("ivector_for_random", {u: T.ivector('i')}),
         ("ndarray_value", {x: np.ones(2)})]
for label, giv in tries:
    try:
        theano.function([], y, givens=giv, name=label)
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__, str(e).splitlines()[0].strip())
w = theano.shared(np.array([2.0, 3.0]), name='w')
f = theano.function([], y, givens={x: w * 2})
show("ok", f())
