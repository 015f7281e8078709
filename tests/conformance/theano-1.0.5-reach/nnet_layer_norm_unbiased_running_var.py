# Covers: a layer-normalised MLP with a RandomStreams dropout mask: T.mean and T.var over axis=-1 with keepdims (the mean divides by the shape at index -1, as written), a batch-norm's running variance from T.var(ddof=1) and T.std(corrected=True) over the batch, T.var with ddof=2 over both axes and corrected=True; gradients, SGD updates, the uncompiled variance graph and the compiled training function's debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 6).tolist())


rs = np.random.RandomState(42)
srng = RandomStreams(seed=8)
x = T.matrix('x')
y = T.ivector('y')
W = theano.shared(rs.randn(3, 4) * 0.5, name='W')
g = theano.shared(np.ones(4), name='g')
V = theano.shared(rs.randn(4, 2) * 0.5, name='V')
run_var = theano.shared(np.ones(4), name='run_var')
a = T.dot(x, W)
mu = T.mean(a, axis=-1, keepdims=True)
sig2 = T.var(a, axis=-1, keepdims=True)
h = T.tanh((a - mu) / T.sqrt(sig2 + 1e-5) * g)
mask = srng.binomial(size=h.shape, p=0.75, dtype='float64')
p_y = T.nnet.softmax(T.dot(h * mask, V))
cost = T.mean(T.nnet.categorical_crossentropy(p_y, y))
params = [W, g, V]
grads = T.grad(cost, params)
batch_var = T.var(a, axis=0, ddof=1)
updates = [(q, q - 0.2 * d) for q, d in zip(params, grads)]
updates.append((run_var, 0.9 * run_var + 0.1 * batch_var))
train = theano.function([x, y], [cost, T.std(a, axis=0, corrected=True)], updates=updates, name='train')
X = rs.randn(5, 3)
Y = np.array([0, 1, 1, 0, 1], dtype='int32')
for step in range(3):
    c, sd = train(X, Y)
    show("cost", c)
    show("std", sd)
    show("run_var", run_var.get_value())
show("W", W.get_value())
both = theano.function([x], [T.var(x, ddof=2, corrected=True), T.var(x, axis=-1, ddof=1, corrected=True)])
for r in both(X):
    show("var", r)
theano.printing.debugprint(T.var(x, axis=-1, ddof=1, corrected=True))
theano.printing.debugprint(train)
