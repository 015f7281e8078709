# Covers: Function.trust_input: False by default, settable; a trusted function is given its inputs as they are (the right dtypes and shapes), a training function's values and updates unchanged by it; a wrong dtype is still refused when trust_input is False.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


x = T.dmatrix('x'); y = T.ivector('y')
W = theano.shared(np.zeros((2, 2)), name='W')
p = T.nnet.softmax(T.dot(x, W))
cost = T.nnet.categorical_crossentropy(p, y).mean()
f = theano.function([x, y], cost, updates=[(W, W - 0.5 * T.grad(cost, W))])
print(f.trust_input)
X = np.array([[1.0, 0.0], [0.0, 1.0]]); Y = np.array([0, 1], dtype='int32')
print(float(f(X, Y)))
f.trust_input = True
print(f.trust_input)
for k in range(2):
    print(float(f(X, Y)))
show('W', W.get_value())
g = theano.function([y], y + 1)
try:
    g(np.array([1.5, 2.0]))
except Exception as e:
    print(type(e).__name__, 'refused')
g.trust_input = True
show('g', g(np.array([1, 2], dtype='int32')))
theano.printing.debugprint(f)
