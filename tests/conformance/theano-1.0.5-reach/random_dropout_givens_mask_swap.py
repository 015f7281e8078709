# Covers: dropout switched off at test time through givens, as new users write it: a hidden layer h = relu(dot(x, W1) + b1) times a RandomStreams binomial mask (p=0.8, float mask), a test function that replaces the mask by T.ones_like(mask) * 0.8 in givens (ones_like still reads the mask node, so its stream still advances on every predict call), another that gives the mask a fixed numpy array through givens, a train function on minibatches from shared data (givens on an index) with SGD; costs, predictions, the mask stream's position after each call, and the debugprint of the test function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 10).tolist())


rng = np.random.RandomState(11)
srng = RandomStreams(seed=2024)
X = theano.shared(rng.normal(size=(6, 4)), name='X')
Y = theano.shared(rng.randint(0, 2, size=6).astype('int64'), name='Y')
W1 = theano.shared(rng.normal(scale=0.5, size=(4, 5)), name='W1')
b1 = theano.shared(np.zeros(5), name='b1')
W2 = theano.shared(rng.normal(scale=0.5, size=(5, 2)), name='W2')
index = T.lscalar('index')
x = T.dmatrix('x')
y = T.lvector('y')
h = T.nnet.relu(T.dot(x, W1) + b1)
mask = srng.binomial(size=h.shape, p=0.8, dtype='float64')
p_y = T.nnet.softmax(T.dot(h * mask, W2))
cost = -T.mean(T.log(p_y)[T.arange(y.shape[0]), y])
params = [W1, b1, W2]
updates = [(p, p - 0.2 * g) for p, g in zip(params, T.grad(cost, params))]
train = theano.function([index], cost, updates=updates,
                        givens={x: X[index * 2:(index + 1) * 2], y: Y[index * 2:(index + 1) * 2]})
predict = theano.function([x], T.argmax(p_y, axis=1), givens={mask: T.ones_like(mask) * 0.8})
fixed = theano.function([x], p_y, givens={mask: np.full((3, 5), 0.5)})
theano.printing.debugprint(predict)
rng_state = srng.state_updates[0][0]
for epoch in range(2):
    for i in range(3):
        print('cost', float(train(i)), 'pos', int(rng_state.get_value().get_state()[2]))
    show('predict', predict(X.get_value()))
    print('pos after predict', int(rng_state.get_value().get_state()[2]))
    show('fixed', fixed(X.get_value()[:3]))
try:
    fixed(X.get_value())
except Exception as e:
    print('fixed on 6 rows', type(e).__name__, str(e).splitlines()[0])
