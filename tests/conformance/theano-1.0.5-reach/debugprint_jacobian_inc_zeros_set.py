# Covers: T.jacobian's loop step: the gradient of y[i] builds an increment of zeros, which constant folding makes a constant inside the step, and Theano then writes it as IncSubtensor{Set} (an increment of a constant of zeros is a set; an Alloc of zeros outside a loop stays an increment; a constant of ones too); compiled debugprints and values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


x = T.dvector('x'); i = T.lscalar('i')
y = T.stack([x[0] * x[1], T.sin(x[0]), x[1] ** 3])
J = T.jacobian(y, x)
f = theano.function([x], J)
show('J', f(np.array([1.0, 2.0])))
theano.printing.debugprint(f)
g = theano.function([x, i], T.grad(y[i], x))
show('row', g(np.array([1.0, 2.0]), 1))
theano.printing.debugprint(g)
z = T.constant(np.zeros(3)); o = T.constant(np.ones(3))
h = theano.function([x, i], [T.inc_subtensor(z[i], x[0]), T.inc_subtensor(z[1:], x[:2]), T.inc_subtensor(o[i], x[0])])
for v in h(np.array([1.0, 2.0]), 2):
    show('h', v)
theano.printing.debugprint(h)
