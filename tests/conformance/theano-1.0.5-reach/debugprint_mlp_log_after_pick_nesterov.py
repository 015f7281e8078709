# Covers: a relu MLP (T.maximum(z, 0)) with inverted dropout from RandomStreams, a softmax layer, the NLL written with the log after the pick, -T.log(p[T.arange(n), y]), its mean plus L1 and L2 penalties, and Nesterov momentum through velocity shared variables (updates of both the velocities and the parameters); the log-after-pick is fused into CrossentropySoftmaxArgmax1HotWithBias and its gradient into CrossentropySoftmax1HotWithBiasDx (dy the mean's inv(n)); debugprint of the compiled training function, then costs, errors, parameters, velocities and the stream's position over 3 steps.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rs = np.random.RandomState(111)
srng = RandomStreams(seed=199)
x = T.dmatrix('x')
y = T.ivector('y')
W1 = theano.shared(rs.randn(5, 5) * 0.5, name='W1')
b1 = theano.shared(np.zeros(5), name='b1')
h = T.maximum(T.dot(x, W1) + b1, 0)
h = h * srng.binomial(size=h.shape, n=1, p=0.8, dtype='float64') / 0.8
Wo = theano.shared(rs.randn(5, 4) * 0.5, name='Wo')
bo = theano.shared(np.zeros(4), name='bo')
p = T.nnet.softmax(T.dot(h, Wo) + bo)
loss = -T.log(p[T.arange(y.shape[0]), y])
cost = T.mean(loss) + 0.01 * (abs(W1).sum() + abs(Wo).sum()) + 0.001 * (T.sqr(W1).sum() + T.sqr(Wo).sum())
params = [W1, b1, Wo, bo]
grads = T.grad(cost, params)
vels = [theano.shared(q.get_value() * 0, name='v_' + q.name) for q in params]
updates = [(v, 0.9 * v - 0.5 * g) for v, g in zip(vels, grads)]
updates += [(q, q + 0.9 * v - 0.5 * g) for q, v, g in zip(params, vels, grads)]
train = theano.function([x, y], [cost, T.mean(T.neq(T.argmax(p, axis=1), y))], updates=updates)
theano.printing.debugprint(train)
data = rs.uniform(0, 1, (4, 5))
labels = rs.randint(0, 4, 4).astype('int32')
for step in range(3):
    c, e = train(data, labels)
    print("step", step, "cost", float(c), "errors", float(e))
for q in params + vels:
    show(q.name, q.get_value())
print("pos", int(srng.state_updates[0][0].get_value().get_state()[2]))
