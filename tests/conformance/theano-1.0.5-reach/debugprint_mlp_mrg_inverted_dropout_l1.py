# Covers: a relu MLP written with T.switch(z > 0, z, 0), inverted dropout h * mrg.binomial(h.shape, p=0.5) / 0.5 from MRG_RandomStreams, a softmax layer with bias, the mean NLL against int32 labels through -T.log(p)[T.arange(n), y], an L1 penalty abs(W).sum() on both weights, an errors output and SGD updates; debugprint of the compiled training function (the fused cross-entropy's gradient reads inv(n) as a length-1 vector), then costs, errors, parameters and the MRG stream's state over 3 steps.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rs = np.random.RandomState(932)
srng = MRG_RandomStreams(seed=932)
x = T.dmatrix('x')
y = T.ivector('y')
W1 = theano.shared(rs.randn(3, 3) * 0.5, name='W1')
b1 = theano.shared(np.zeros(3), name='b1')
z = T.dot(x, W1) + b1
h = T.switch(z > 0, z, 0)
h = h * srng.binomial(size=h.shape, n=1, p=0.5, dtype='float64') / 0.5
Wo = theano.shared(rs.randn(3, 4) * 0.5, name='Wo')
bo = theano.shared(np.zeros(4), name='bo')
p = T.nnet.softmax(T.dot(h, Wo) + bo)
cost = T.mean(-T.log(p)[T.arange(y.shape[0]), y]) + 0.01 * (abs(W1).sum() + abs(Wo).sum())
errors = T.mean(T.neq(T.argmax(p, axis=1), y))
params = [W1, b1, Wo, bo]
grads = T.grad(cost, params)
train = theano.function([x, y], [cost, errors],
                        updates=[(q, q - 0.1 * g) for q, g in zip(params, grads)])
theano.printing.debugprint(train)
data = rs.uniform(0, 1, (5, 3))
labels = rs.randint(0, 4, 5).astype('int32')
for step in range(3):
    c, e = train(data, labels)
    print("step", step, "cost", float(c), "errors", float(e))
for q in params:
    show(q.name, q.get_value())
show("rstate", srng.state_updates[0][0].get_value())
