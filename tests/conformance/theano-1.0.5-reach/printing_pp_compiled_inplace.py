# Covers: theano.printing.pp of a compiled function's outputs whose last node is an in-place elemwise (after a Gemv): Elemwise{Exp}[(0, 0)](...), Elemwise{Mul}[(0, 1)](...), Elemwise{ScalarSigmoid}[(0, 0)](...) print as the op itself, not as operators or names; the same expressions uncompiled print as operators and functions; a fused Composite and a cast.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


x = T.dvector('x'); W = T.dmatrix('W')
d = T.dot(W, x)
for o in [T.nnet.sigmoid(d), T.exp(d), d + 1, 2 * d, -d, abs(d), T.maximum(d, 0), d * x, T.sqr(d), T.clip(d, 0, 1), T.cast(d, 'float32'), T.gt(d, 0), T.exp(d) * x]:
    f = theano.function([x, W], o)
    print(theano.pp(f.maker.fgraph.outputs[0]))
    print(theano.pp(o))
f = theano.function([x, W], T.tanh(d))
theano.printing.debugprint(f)
show('tanh', f(np.array([1.0, 2.0]), np.array([[0.5, 0.1], [0.2, -0.3]])))
