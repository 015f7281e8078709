# Covers: theano.function with its outputs given as a dict (the call returns a dict, keys sorted), a training function reporting named metrics that way with a dropout draw, T.specify_shape as the Theano documentation's shape-information page uses it (its shape known without running the input, the AssertionError when the shape differs, its gradient passing through), and the debugprint of a function over a specify_shape.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
w = theano.shared(np.array([0.5, -0.25]), name='w')
srng = RandomStreams(seed=3)
mask = srng.binomial(size=(2,), p=0.5, dtype='float64')
score = T.dot(x, w * mask)
metrics = theano.function([x], {'mean': score.mean(), 'max': score.max(), 'mask': mask},
                          updates=[(w, w * 1.5)])
for call in range(2):
    out = metrics(np.array([[1.0, 2.0], [3.0, 4.0]]))
    print(type(out).__name__, sorted(out))
    for key in sorted(out):
        show(key, out[key])
xs = T.specify_shape(x, (2, 2))
f = theano.function([x], xs.shape)
show('shape', f(np.ones((2, 2))))
print([str(n.op) for n in f.maker.fgraph.toposort()])
g = theano.function([x], (xs ** 2).sum())
show('sum', g(np.ones((2, 2))))
try:
    g(np.ones((2, 3)))
except AssertionError as e:
    print(type(e).__name__, str(e).splitlines()[0])
h = theano.function([x], T.grad((xs ** 2).sum(), x))
show('grad', h(np.array([[1.0, 2.0], [3.0, 4.0]])))
theano.printing.debugprint(g)
n = T.lscalar('n')
k = theano.function([x, n], T.specify_shape(x, (n, 2)).shape)
show('symbolic', k(np.ones((3, 2)), 3))
