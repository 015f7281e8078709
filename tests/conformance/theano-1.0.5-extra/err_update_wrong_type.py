# Covers: updates with a wrong type: an int64 shared counter updated with a float expression (TypeError), a vector shared updated with a matrix, a non-shared variable as update target, and the cast that works.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=93)
count = theano.shared(np.int64(0), name='count')
vec = theano.shared(np.zeros(2), name='vec')
x = T.dvector('x')
u = srng.uniform((2,))
tries = [("int_from_float", [(count, count + u.sum())]),
         ("vector_from_matrix", [(vec, vec.dimshuffle("x", 0) + u.dimshuffle(0, "x"))]),
         ("non_shared", [(x, x + 1)]),
         ("float32_into_float64", [(vec, T.cast(u, 'float32'))])]
for label, upd in tries:
    try:
        theano.function([x], u, updates=upd, name=label)
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__, len(e.args), str(e.args[0]).splitlines()[0].strip())
f = theano.function([], u, updates=[(count, count + T.cast(u.sum() * 10, 'int64'))])
show("u", f())
print("count", int(count.get_value()), count.type)
