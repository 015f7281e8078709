# Covers: a float32 denoising autoencoder with tied weights whose input is corrupted by srng.binomial(size=x.shape, ...) * x, trained on a mean squared reconstruction error over the whole matrix: the draw's shape is x's own (Theano's ShapeFeature reads size=x.shape as x's sizes), so the mean's row count is Shape_i{0}(x), not the draw's; debugprint of the compiled training function, then costs and parameters over 2 steps.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rs = np.random.RandomState(5)
srng = RandomStreams(seed=7)
x = T.fmatrix('x')
W = theano.shared(rs.uniform(-0.3, 0.3, (6, 3)).astype('float32'), name='W')
bh = theano.shared(np.zeros(3, dtype='float32'), name='bh')
bv = theano.shared(np.zeros(6, dtype='float32'), name='bv')
tilde = srng.binomial(size=x.shape, n=1, p=0.7, dtype='float32') * x
h = T.nnet.sigmoid(T.dot(tilde, W) + bh)
z = T.nnet.sigmoid(T.dot(h, W.T) + bv)
cost = T.mean((z - x) ** 2)
params = [W, bh, bv]
gs = T.grad(cost, params)
train = theano.function([x], cost, updates=[(p, p - np.float32(0.1) * g) for p, g in zip(params, gs)])
theano.printing.debugprint(train)
data = (rs.uniform(0, 1, (4, 6)) > 0.5).astype('float32')
for step in range(2):
    print("step", step, "cost", float(train(data)))
for p in params:
    show(p.name, p.get_value())
