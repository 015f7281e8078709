# Covers: T.grad's keywords in training code around a noisy tanh layer: consider_constant of the draw, known_grads, zero_grad, disconnected_inputs='ignore'/'warn'/'raise' and an invalid value (checked only when some wrt is disconnected), return_disconnected='zero'/'None'/'Disconnected', add_names=False, a tuple wrt giving a tuple, an integer wrt reached only through an index (Cast{float64} zeros: _float_zeros_like), T.Lop, undefined_grad raising and null_gradients='return' giving a NullType variable, gradients through draws, argmax, casts and round.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 8).tolist())


rng = np.random.RandomState(8)
srng = RandomStreams(3)
W = theano.shared(rng.normal(size=(3, 2)), name='W')
c = theano.shared(rng.normal(size=(2,)), name='c')
x = T.matrix('x')
h = T.tanh(T.dot(x, W))
noise = srng.normal(h.shape, std=0.1)
hn = h + noise
cost = T.sum(hn ** 2)
g1 = T.grad(cost, W, consider_constant=[noise])
g2 = T.grad(None, W, known_grads={hn: T.ones_like(hn)})
g3 = T.grad(T.sum(theano.gradient.zero_grad(h) * h), W)
g4 = T.grad(cost, [W, c], disconnected_inputs='ignore')
g5 = T.grad(cost, [W, c], disconnected_inputs='ignore', return_disconnected='None')
g6 = T.grad(cost, [W, c], disconnected_inputs='ignore', return_disconnected='Disconnected')
print(type(g5[1]), type(g6[1]).__name__)
f = theano.function([x], [g1, g2, g3, g4[0], g4[1]])
X = rng.normal(size=(2, 3))
for name, v in zip(['g1', 'g2', 'g3', 'g4', 'g4c'], f(X)):
    show(name, v)
try:
    T.grad(cost, c)
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
try:
    T.grad(cost, c, disconnected_inputs='warn')
    print('warned')
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
try:
    T.grad(h, W)
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
v = T.matrix('v')
lop = T.Lop(h, W, v)
show('lop', theano.function([x, v], lop)(X, np.ones((2, 2))))
try:
    T.grad(T.sum(srng.uniform((2,)) * c), c)
    print('ok draw grad')
    show('gd', theano.function([], T.grad(T.sum(srng.uniform((2,)) * c), c))())
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
try:
    T.grad(T.sum(T.argmax(x, axis=1)), x)
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
gi = T.grad(T.sum(T.cast(x, 'int32')), x)
show('gi', theano.function([x], gi)(X))
try:
    T.grad(T.sum(x.round()), x)
    show('ground', theano.function([x], T.grad(T.sum(T.round(x)), x))(X))
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
a = T.vector('a')
b = T.vector('b')
ca = T.sum(a ** 2)
ca.name = 'ca'
gt = T.grad(ca, (a, b), disconnected_inputs='ignore')
print(type(gt).__name__, gt[0].name, gt[1])
print(T.grad(ca, [a], add_names=False)[0].name)
try:
    T.grad(ca, [b], disconnected_inputs='bogus')
except ValueError as e:
    print(e)
print(T.grad(ca, [a], disconnected_inputs='bogus')[0].name)
k = T.iscalar('k')
gk = T.grad(T.sum(a[k:]), k, disconnected_inputs='ignore')
print(gk, gk.dtype)
print(theano.function([k], gk)(1))
try:
    T.grad(T.sum(theano.gradient.undefined_grad(a)), a)
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
print(T.grad(T.sum(theano.gradient.undefined_grad(a)), a, null_gradients='return').type)
