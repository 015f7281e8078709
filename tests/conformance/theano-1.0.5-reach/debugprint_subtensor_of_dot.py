# Covers: slices of dot products, T.dot(h, U)[2:4] and T.dot(M, U)[1, 2:4]: Theano's local_subtensor_of_dot makes them dots of slices (h with U[:, 2:4], M[1] with U[:, 2:4]), which the BLAS rewrites turn into Gemv; the compiled debugprint and the values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


h = T.dvector('h')
U = T.dmatrix('U')
M = T.dmatrix('M')
f = theano.function([h, U, M], [T.dot(h, U)[2:4], T.dot(M, U)[1, 2:4]])
theano.printing.debugprint(f)
for out in f(np.arange(2.0), np.arange(12.0).reshape(2, 6), np.arange(4.0).reshape(2, 2)):
    show("out", out)
