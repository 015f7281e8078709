# Covers: a softmax regression trained on minibatches through givens (x: data_x[index * 5:(index + 1) * 5]) with the NLL written on T.nnet.logsoftmax, -T.mean(logp[T.arange(y.shape[0]), y]), L2 and momentum; the pick's gradient is an AdvancedIncSubtensor into zeros that local_fill_to_alloc (after stabilize) makes an Alloc sized from the slice bounds as the script wrote them: that index arithmetic keeps the script's int8 constants 1 and 5 (Theano upcasts constant inputs in canonicalize only), one object each in the fused Composite; debugprint of the compiled training function, then costs and parameters over 3 steps.
import numpy as np
import theano
import theano.tensor as T
from collections import OrderedDict


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rs = np.random.RandomState(789)
data_x = theano.shared(rs.uniform(-1, 1, (15, 4)), name='data_x')
data_y = theano.shared(rs.randint(0, 3, 15).astype('int32'), name='data_y')
index = T.lscalar('index')
x = T.matrix('x')
y = T.ivector('y')
W = theano.shared(rs.randn(4, 3) * 0.5, name='W')
b = theano.shared(np.zeros(3), name='b')
logp = T.nnet.logsoftmax(T.dot(x, W) + b)
cost = -T.mean(logp[T.arange(y.shape[0]), y]) + 0.001 * T.sqr(W).sum()
params = [W, b]
grads = T.grad(cost, params)
updates = OrderedDict()
for q, g in zip(params, grads):
    v = theano.shared(q.get_value() * 0, name='v_' + q.name)
    updates[v] = 0.9 * v - 0.5 * g
    updates[q] = q + updates[v]
train = theano.function([index], cost, updates=updates,
                        givens={x: data_x[index * 5:(index + 1) * 5], y: data_y[index * 5:(index + 1) * 5]})
theano.printing.debugprint(train)
for step in range(3):
    print("step", step, "cost", float(train(step)))
for q in params:
    show(q.name, q.get_value())
