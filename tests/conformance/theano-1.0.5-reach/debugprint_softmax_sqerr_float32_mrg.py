# Covers: a float32 classifier trained on squared error against one-hot targets: softplus hidden layer, dropout through T.switch(mrg.binomial(h.shape, p=0.8), h, 0) from MRG_RandomStreams, softmax output, T.sum(T.sqr(p - y), axis=1) summed, L1 and L2 penalties, SGD with a float32 rate; the softmax gradient (SoftmaxGrad) sums each row in float64 as Theano's perform does, so the float32 parameters keep every bit; debugprint of the compiled training function, then costs and parameters over 3 steps.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rs = np.random.RandomState(151)
srng = MRG_RandomStreams(seed=166)
x = T.fmatrix('x')
y = T.fmatrix('y')
W1 = theano.shared((rs.randn(3, 3) * 0.5).astype('float32'), name='W1')
b1 = theano.shared(np.zeros(3, dtype='float32'), name='b1')
h = T.nnet.softplus(T.dot(x, W1) + b1)
h = T.switch(srng.binomial(size=h.shape, n=1, p=0.8, dtype='float32'), h, 0)
Wo = theano.shared((rs.randn(3, 4) * 0.5).astype('float32'), name='Wo')
bo = theano.shared(np.zeros(4, dtype='float32'), name='bo')
p = T.nnet.softmax(T.dot(h, Wo) + bo)
cost = T.sum(T.sum(T.sqr(p - y), axis=1))
cost = cost + 0.01 * (abs(W1).sum() + abs(Wo).sum()) + 0.001 * (T.sqr(W1).sum() + T.sqr(Wo).sum())
params = [W1, b1, Wo, bo]
grads = T.grad(cost, params)
train = theano.function([x, y], cost,
                        updates=[(q, q - np.float32(0.5) * g) for q, g in zip(params, grads)])
theano.printing.debugprint(train)
data = rs.uniform(0, 1, (5, 3)).astype('float32')
target = np.eye(4, dtype='float32')[rs.randint(0, 4, 5)]
for step in range(3):
    print("step", step, "cost", float(train(data, target)))
for q in params:
    show(q.name, q.get_value())
