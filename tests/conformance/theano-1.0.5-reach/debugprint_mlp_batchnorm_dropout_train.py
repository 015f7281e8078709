# Covers: an MLP with theano.tensor.nnet.bn.batch_normalization_train on its hidden layer (per-activation, gamma and beta as vectors, running_mean/running_var shared variables updated with running_average_factor=0.2 alongside the SGD updates), relu, an srng.binomial dropout mask, a sigmoid output under binary cross-entropy; AbstractBatchNormTrain and its gradient AbstractBatchNormTrainGrad are expanded to elementwise graphs in specialize_device; the uncompiled outputs, debugprint of the compiled training function, then losses, parameters and running statistics over 2 steps, and batch_normalization_test with the running statistics in an inference function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.nnet import bn
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(3)
srng = RandomStreams(seed=7)
x = T.dmatrix('x')
t = T.dvector('t')
W1 = theano.shared(rng.randn(3, 4) * 0.5, name='W1')
gamma = theano.shared(np.ones(4), name='gamma')
beta = theano.shared(np.zeros(4), name='beta')
w2 = theano.shared(rng.randn(4) * 0.5, name='w2')
rmean = theano.shared(np.zeros(4), name='rmean')
rvar = theano.shared(np.ones(4), name='rvar')
z = T.dot(x, W1)
zn, bmean, binvstd, new_rmean, new_rvar = bn.batch_normalization_train(
    z, gamma, beta, running_average_factor=0.2, running_mean=rmean, running_var=rvar)
theano.printing.debugprint([zn, new_rvar])
h = T.nnet.relu(zn) * srng.binomial((5, 4), p=0.8, dtype='float64')
out = T.nnet.sigmoid(T.dot(h, w2))
cost = T.mean(T.nnet.binary_crossentropy(out, t))
params = [W1, gamma, beta, w2]
grads = T.grad(cost, params)
updates = [(p, p - 0.5 * g) for p, g in zip(params, grads)] + [(rmean, new_rmean), (rvar, new_rvar)]
train = theano.function([x, t], cost, updates=updates, name='train')
theano.printing.debugprint(train)
xv = rng.randn(5, 3)
tv = np.array([1.0, 0.0, 1.0, 1.0, 0.0])
for step in range(2):
    print("cost", float(train(xv, tv)))
for p in params + [rmean, rvar]:
    show(p.name, p.get_value())
zt = bn.batch_normalization_test(z, gamma, beta, rmean, rvar)
predict = theano.function([x], T.nnet.sigmoid(T.dot(T.nnet.relu(zt) * 0.8, w2)), name='predict')
theano.printing.debugprint(predict)
show("predict", predict(xv))
