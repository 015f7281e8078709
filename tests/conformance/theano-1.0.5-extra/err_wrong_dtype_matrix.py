# Covers: wrong dtypes/ndims into matrix inputs of random functions: vector and 3-D into dmatrix, float64 into fmatrix, int8 and bool into fmatrix, float into lmatrix; accepted upcasts shown.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def report(label, e):
    lines = str(e).splitlines()
    print(label, type(e).__name__)
    print("  first:", lines[0].strip())
    print("  last:", lines[-1].strip().split(". ")[0])


srng = RandomStreams(seed=9)
x = T.dmatrix('x')
g = theano.function([x], x + srng.normal((2, 2)), name='g')
for label, val in [("vector", np.zeros(2)), ("tensor3", np.zeros((2, 2, 2)))]:
    try:
        g(val)
    except Exception as e:
        report(label, e)
show("int_into_dmatrix", g(np.array([[1, 2], [3, 4]], dtype='int16')))
fx = T.fmatrix('fx')
h = theano.function([fx], fx * srng.uniform((2, 2), dtype='float32'), name='h')
try:
    h(np.ones((2, 2)))
except Exception as e:
    report("float64_into_fmatrix", e)
show("int8_into_fmatrix", h(np.ones((2, 2), dtype='int8')))
try:
    show("bool_into_fmatrix", h(np.ones((2, 2), dtype='bool')))
except Exception as e:
    report("bool_into_fmatrix", e)
lx = T.lmatrix('lx')
k = theano.function([lx], lx + srng.random_integers((2, 2), low=0, high=3), name='k')
try:
    k(np.ones((2, 2)) * 0.5)
except Exception as e:
    report("float_into_lmatrix", e)
show("int32_into_lmatrix", k(np.ones((2, 2), dtype='int32')))
