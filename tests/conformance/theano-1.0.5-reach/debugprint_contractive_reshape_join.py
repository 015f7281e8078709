# Covers: the contractive autoencoder's Jacobian penalty, T.reshape(h * (1 - h), (x.shape[0], 1, 2)) * T.reshape(W, (1, 3, 2)): local_reshape_to_dimshuffle reads the kept constant 2 as a 0-d array, so the new Reshape{2}'s size is Join(0, [x.shape[0]], [2]) (Theano's stack makes a MakeVector of numbers and 0-d variables only); also T.reshape(x, [x.shape[0], np.asarray(2)]) uncompiled; costs over 2 steps and the compiled training debugprint.
import numpy as np
import theano
import theano.tensor as T
rng = np.random.RandomState(1234)
x = T.dmatrix('x')
W = theano.shared(np.round(rng.randn(3, 2) * 0.3, 3), name='W')
b = theano.shared(np.zeros(2), name='b'); bp = theano.shared(np.zeros(3), name='bp')
h = T.nnet.sigmoid(T.dot(x, W) + b)
z = T.nnet.sigmoid(T.dot(h, W.T) + bp)
J = T.reshape(h * (1 - h), (x.shape[0], 1, 2)) * T.reshape(W, (1, 3, 2))
L = -T.sum(x * T.log(z) + (1 - x) * T.log(1 - z), axis=1)
cost = T.mean(L) + 0.1 * T.sum(J ** 2) / x.shape[0]
params = [W, b, bp]
f = theano.function([x], [T.mean(L), cost], updates=[(p, p - 0.1 * g) for p, g in zip(params, T.grad(cost, params))])
d = np.array([[1., 0., 1.], [0., 1., 1.]])
for i in range(2):
    print([float(v) for v in f(d)])
theano.printing.debugprint(f)
theano.printing.debugprint(T.reshape(x, [x.shape[0], np.asarray(2)], ndim=2))
