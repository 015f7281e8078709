# Covers: a dropout network's mask stream saved and restored as users do it: srng.binomial mask with a keep probability and a 1 / keep rescale, a small srng.normal noise, relu and binary_crossentropy trained by T.grad with a dict of updates, a peek function compiled with no_default_updates=True, the states of srng.state_updates saved with get_value() and put back with set_value() to replay two training steps, srng.seed(99), a RandomState's get_state()/set_state() through get_value(borrow=True) and set_value(); masks, losses, predictions, weights and the debugprints of the three functions.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=2024)
x = T.matrix('x')
W = theano.shared(np.linspace(-0.5, 0.5, 12).reshape(4, 3), name='W')
keep = 0.7
mask = srng.binomial(size=x.shape, n=1, p=keep, dtype='float64')
noise = srng.normal(size=(3,), std=0.01)
h = T.nnet.relu(T.dot(x * mask / keep, W) + noise)
out = T.nnet.sigmoid(h.sum(axis=1))
target = T.vector('t')
loss = T.nnet.binary_crossentropy(out, target).mean()
g = T.grad(loss, W)
train = theano.function([x, target], loss, updates={W: W - 0.5 * g})
predict = theano.function([x], T.nnet.sigmoid(T.nnet.relu(T.dot(x, W)).sum(axis=1)))
peek = theano.function([x], mask, no_default_updates=True)
X = np.arange(20.).reshape(5, 4) / 20
Tg = np.array([0., 1., 0., 1., 1.])
rng_state = [r.get_value() for r, u in srng.state_updates]
print(peek(X))
print(train(X, Tg), train(X, Tg))
print(peek(X))
for (r, u), s in zip(srng.state_updates, rng_state):
    r.set_value(s)
W.set_value(np.linspace(-0.5, 0.5, 12).reshape(4, 3))
print(train(X, Tg), train(X, Tg))
srng.seed(99)
print(peek(X))
print(train(X, Tg))
print(predict(X))
mask_rng = mask.owner.inputs[0]
saved = mask_rng.get_value(borrow=True).get_state()
a = peek(X)
train(X, Tg)
st = mask_rng.get_value()
st.set_state(saved)
mask_rng.set_value(st)
print(np.array_equal(a, peek(X)))
print(W.get_value())
theano.printing.debugprint(train)
theano.printing.debugprint(predict)
theano.printing.debugprint(peek)
