# Covers: sums and products of a quotient by a broadcast value as Theano rewrites them (sum(a / s) -> sum(a) / s for a scalar s, over all axes and one axis; a / b[:, None] summed over axis 1 and over both axes; a / b[None, :] over axis 0; prod(a / s) -> prod(a) / s ** n), with uniform draws as numerators; values and debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=31)
A = T.dmatrix('A'); s = T.dscalar('s'); b = T.dvector('b')
u = srng.uniform((3, 2))
outs = [T.sum(A / s), T.sum(A / s, axis=0), T.sum(A / b.dimshuffle(0, 'x'), axis=1), T.sum(A / b.dimshuffle(0, 'x')),
        T.sum(u / b.dimshuffle('x', 0)[:, :2], axis=0), T.prod(A / s, axis=1), T.prod(u / s), T.mean(A / s), T.sum((A * 3) / s)]
f = theano.function([A, s, b], outs, name='f')
theano.printing.debugprint(f)
Av = np.array([[1.0, 2.0], [3.0, -4.0], [0.5, 0.25]])
for k, r in enumerate(f(Av, 3.0, np.array([2.0, -1.0, 4.0]))):
    show("out%d" % k, r)
