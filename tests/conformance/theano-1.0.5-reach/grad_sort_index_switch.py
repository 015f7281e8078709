# Covers: T.grad through T.sort of a vector (default axis -1), a matrix along axis 0 and 1 and axis=None: Theano reads the output gradient at each element's place through, per axis, switch(eq(i, switch(ge(axis, 0), axis, ndim + axis)), argsort(argsort(a)), arange(a.shape[i]) reshaped), a vector's by AdvancedSubtensor1, a matrix's by AdvancedSubtensor; debugprints before and after compilation, and values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


x = T.dvector('x')
cost = T.sum(T.sort(x) * np.array([1.0, 2.0, 3.0, 4.0]))
g = T.grad(cost, x)
theano.printing.debugprint(g)
f = theano.function([x], g)
show('g', f(np.array([3.0, 1.0, 2.0, -1.0])))
theano.printing.debugprint(f)
m = T.dmatrix('m')
g1 = T.grad(T.sum(T.sort(m, axis=1)[:, -1]), m)
theano.printing.debugprint(g1)
f1 = theano.function([m], g1)
show('g1', f1(np.array([[3.0, 1.0, 2.0], [0.0, 5.0, -1.0]])))
theano.printing.debugprint(f1)
f0 = theano.function([m], T.grad(T.sum(T.sort(m, axis=0) * np.array([[1.0], [10.0]])), m))
show('g0', f0(np.array([[3.0, 1.0], [0.0, 5.0]])))
fn = theano.function([m], T.grad(T.sum(T.sort(m, axis=None) * np.arange(4.0)), m))
show('gn', fn(np.array([[3.0, 1.0], [0.0, 5.0]])))
