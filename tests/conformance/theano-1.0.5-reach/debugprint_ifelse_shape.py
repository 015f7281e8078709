# Covers: The shape of an ifelse's output in a compiled function: one more IfElse named 'shape' (if{shape,inplace} once compiled) chooses among both branches' lengths by the same condition: a dropout ifelse's gradient (the Gemv's AllocEmpty sized by it) and .shape of branches of different lengths; values for both conditions.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


from theano.ifelse import ifelse
from theano.tensor.shared_randomstreams import RandomStreams
srng = RandomStreams(seed=2)
c = T.iscalar('c')
x = T.dmatrix('x')
y = ifelse(c, x * 2, x[:1] + 1)
f = theano.function([c, x], [y, y.shape])
for cv in (0, 1):
    a, b = f(cv, np.ones((3, 2))); show('y', a); show('shape', b)
theano.printing.debugprint(f)
mask = srng.binomial(x.shape, p=0.5, dtype='float64')
h = ifelse(c, x * mask / 0.5, x)
w = theano.shared(np.array([1.0, 2.0]), name='w')
g = theano.function([x, c], T.grad(T.sum(T.dot(h, w)), w))
show('g1', g(np.ones((3, 2)), 1)); show('g0', g(np.ones((3, 2)), 0))
theano.printing.debugprint(g)
