# Covers: batch normalisation written by hand as Theano users did before theano.tensor.nnet.bn: batch mean and variance over axis 0 with keepdims=True, (h - mean) / T.sqrt(var + eps) scaled by gamma and shifted by beta, running averages kept in shared variables updated alongside the SGD updates, an inference function that uses the running statistics, T.cast of the batch size to floatX; losses, running statistics and parameters over 3 steps.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


floatX = theano.config.floatX
X = T.matrix('X')
t = T.vector('t')
W = theano.shared(np.array([[0.5, -0.3, 0.2], [0.1, 0.4, -0.6]], dtype=floatX), name='W')
gamma = theano.shared(np.ones(3, dtype=floatX), name='gamma')
beta = theano.shared(np.zeros(3, dtype=floatX), name='beta')
v_out = theano.shared(np.array([0.3, -0.2, 0.5], dtype=floatX), name='v_out')
run_mean = theano.shared(np.zeros((1, 3), dtype=floatX), name='run_mean', broadcastable=(True, False))
run_var = theano.shared(np.ones((1, 3), dtype=floatX), name='run_var', broadcastable=(True, False))
h = T.dot(X, W)
mean = h.mean(axis=0, keepdims=True)
var = T.sqr(h - mean).mean(axis=0, keepdims=True)
n = T.cast(X.shape[0], floatX)
h_bn = (h - mean) / T.sqrt(var + 1e-5) * gamma + beta
out = T.dot(T.tanh(h_bn), v_out)
loss = T.mean((out - t) ** 2)
params = [W, gamma, beta, v_out]
grads = T.grad(loss, params)
updates = [(p, p - 0.2 * g) for p, g in zip(params, grads)]
updates += [(run_mean, 0.9 * run_mean + 0.1 * mean), (run_var, 0.9 * run_var + 0.1 * var * n / (n - 1))]
train = theano.function([X, t], loss, updates=updates)
h_inf = (h - run_mean) / T.sqrt(run_var + 1e-5) * gamma + beta
infer = theano.function([X], T.dot(T.tanh(h_inf), v_out))
Xv = np.array([[1.0, 2.0], [-1.0, 0.5], [0.3, -0.7], [2.0, 1.0]], dtype=floatX)
tv = np.array([0.5, -0.5, 0.0, 1.0], dtype=floatX)
for step in range(3):
    print("step", step, float(train(Xv, tv)))
show("run_mean", run_mean.get_value())
show("run_var", run_var.get_value())
show("infer", infer(Xv))
for p in params:
    show(p.name, p.get_value())
