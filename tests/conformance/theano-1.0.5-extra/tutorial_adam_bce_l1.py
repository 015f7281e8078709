# Covers: a one-hidden-layer classifier trained by Adam written out by hand (shared moment estimates, a shared step counter, bias-corrected step size), binary_crossentropy of a sigmoid output plus an L1 term abs(W).sum(), and the error rate T.mean(T.neq(p > 0.5, t)) returned with the cost; values after three steps and the training function's debugprint.
import numpy as np
import theano
import theano.tensor as T
rng = np.random.RandomState(2)
X = T.matrix('X'); t = T.vector('t')
W = theano.shared(rng.randn(5, 4) * 0.3, name='W')
b = theano.shared(np.zeros(4), name='b')
w2 = theano.shared(rng.randn(4) * 0.3, name='w2')
b2 = theano.shared(0.0, name='b2')
h = T.tanh(T.dot(X, W) + b)
p = T.nnet.sigmoid(T.dot(h, w2) + b2)
cost = T.nnet.binary_crossentropy(p, t).mean() + 0.01 * abs(W).sum()
params = [W, b, w2, b2]
grads = T.grad(cost, params)
tt = theano.shared(np.float64(0.0), name='t')
updates = [(tt, tt + 1)]
lr, b1, b2_, eps = 0.01, 0.9, 0.999, 1e-8
a_t = lr * T.sqrt(1 - b2_ ** (tt + 1)) / (1 - b1 ** (tt + 1))
for q, g in zip(params, grads):
    m = theano.shared(q.get_value() * 0., name='m_' + q.name)
    v = theano.shared(q.get_value() * 0., name='v_' + q.name)
    m_t = b1 * m + (1 - b1) * g
    v_t = b2_ * v + (1 - b2_) * g ** 2
    updates += [(m, m_t), (v, v_t), (q, q - a_t * m_t / (T.sqrt(v_t) + eps))]
train = theano.function([X, t], [cost, T.mean(T.neq(p > 0.5, t))], updates=updates)
Xv = rng.randn(6, 5); tv = (rng.rand(6) > 0.5).astype('float64')
for i in range(3):
    c, e = train(Xv, tv)
    print(i, repr(float(c)), float(e))
print(W.get_value().tolist())
theano.printing.debugprint(train)
