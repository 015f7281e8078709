# Covers: T.grad errors users meet: a non-scalar cost (vector), a matrix cost, a Python float cost, wrt a numpy array, wrt a Python list containing a non-variable, cost=None without known_grads, wrt an integer-typed input; type name and first message line.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
M = T.dmatrix('M')
n = T.lvector('n')
tries = [
    ("vector_cost", lambda: T.grad(x ** 2, x)),
    ("matrix_cost", lambda: T.grad(M * 2, M)),
    ("float_cost", lambda: T.grad(3.0, x)),
    ("numpy_wrt", lambda: T.grad(T.sum(x), np.ones(3))),
    ("list_with_nonvar", lambda: T.grad(T.sum(x), [x, 2.0])),
    ("none_cost", lambda: T.grad(None, x)),
    ("int_wrt", lambda: T.grad(T.sum(n * 1.5), n)),
]
for label, fn in tries:
    try:
        r = fn()
        print(label, "no error", type(r).__name__)
    except Exception as e:
        msg = str(e).splitlines()[0] if str(e) else ""
        print(label, type(e).__name__, msg)
g = T.grad(T.sum(n * 1.5), n, disconnected_inputs='ignore')
print("int_wrt dtype", g.dtype, g.type)
