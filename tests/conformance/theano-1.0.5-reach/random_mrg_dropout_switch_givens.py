# Covers: MRG_RandomStreams dropout switched by a shared flag through T.switch(T.gt(use_dropout, 0), h * mask * 2.0, h), a squared-error regression trained 3 steps, evaluation by givens replacing the flag with 0 (with and without no_default_updates), MRG uniform with low/high and normal with avg/std drawn together; values and the compiled debugprint of the draws.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams

rng = np.random.RandomState(2)
srng = MRG_RandomStreams(seed=123)
x = T.dmatrix('x')
y = T.dvector('y')
W = theano.shared(rng.randn(3, 4) * 0.1, name='W')
v = theano.shared(rng.randn(4) * 0.1, name='v')
use_dropout = theano.shared(np.float64(1.0), name='use_dropout')
h = T.tanh(T.dot(x, W))
mask = srng.binomial(size=h.shape, p=0.5, dtype='float64')
h_train = T.switch(T.gt(use_dropout, 0), h * mask * 2.0, h)
out = T.dot(h_train, v)
cost = T.sqr(out - y).mean()
gW, gv = T.grad(cost, [W, v])
train = theano.function([x, y], cost, updates=[(W, W - 0.1 * gW), (v, v - 0.1 * gv)])
X = rng.randn(4, 3)
Y = rng.randn(4)
for k in range(3):
    print(k, repr(float(train(X, Y))))
evaluate = theano.function([x, y], cost, givens={use_dropout: np.float64(0.0)})
print(repr(float(evaluate(X, Y))))
predict = theano.function([x], out, givens=[(use_dropout, np.float64(0.0))], no_default_updates=True)
print(predict(X).round(12).tolist())
u = srng.uniform((2, 3), low=-1, high=1)
g = srng.normal((3,), avg=1.0, std=0.5)
draw = theano.function([], [u, g])
r1 = draw(); r2 = draw()
print([a.tolist() for a in r1], (r1[0] == r2[0]).all())
theano.printing.debugprint(draw)
