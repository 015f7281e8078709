# Covers: wrong dtypes into int and float inputs of random functions: float array into lvector, int64 into ivector (downcast refused), bool array into dvector, 2-D into a scalar; runtime size mismatch.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def report(label, e):
    lines = str(e).splitlines()
    print(label, type(e).__name__)
    print("  first:", lines[0].strip())


srng = RandomStreams(seed=4)
hi = T.lvector('hi')
f = theano.function([hi], srng.random_integers((2,), low=0, high=hi), name='f')
show("ok", f(np.array([3, 4], dtype='int64')))
try:
    f(np.array([1.0, 2.0]))
except Exception as e:
    report("float_into_lvector", e)
show("int32_into_lvector", f(np.array([3, 4], dtype='int32')))
iv = T.ivector('iv')
g = theano.function([iv], iv + srng.random_integers((2,), low=0, high=1), name='g')
try:
    g(np.array([1, 2], dtype='int64'))
except Exception as e:
    report("int64_into_ivector", e)
x = T.dvector('x')
h = theano.function([x], x * srng.uniform((2,)), name='h')
show("bool_into_dvector", h(np.array([True, False])))
s = T.dscalar('s')
k = theano.function([s], s + srng.uniform(()), name='k')
try:
    k(np.zeros((2, 2)))
except Exception as e:
    report("matrix_into_scalar", e)
try:
    h([1.0, 2.0, 3.0])
except Exception as e:
    print("size_mismatch", type(e).__name__)
