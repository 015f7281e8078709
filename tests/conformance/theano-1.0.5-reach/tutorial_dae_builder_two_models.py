# Covers: a denoising autoencoder built by a function called twice (two models, two RandomStreams seeds 77 and 78), corruption srng.binomial(size=x.shape, n=1, p=0.75, dtype=floatX) * x, tied weights, cross-entropy cost, a learning rate theano.In(lr, value=0.1) overridden by keyword, a clean reconstruction function and a noisy-input function, srng.seed(77) on one model only; costs, corrupted inputs, reconstructions, parameters and the debugprints of the training and noisy functions.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def build(seed):
    srng = RandomStreams(seed)
    x = T.matrix('x')
    corrupt = srng.binomial(size=x.shape, n=1, p=0.75, dtype=theano.config.floatX) * x
    rng = np.random.RandomState(seed)
    W = theano.shared(rng.uniform(-0.3, 0.3, (5, 3)), name='W')
    bh = theano.shared(np.zeros(3), name='bh')
    bv = theano.shared(np.zeros(5), name='bv')
    y = T.nnet.sigmoid(T.dot(corrupt, W) + bh)
    z = T.nnet.sigmoid(T.dot(y, W.T) + bv)
    L = -T.sum(x * T.log(z) + (1 - x) * T.log(1 - z), axis=1)
    cost = T.mean(L)
    params = [W, bh, bv]
    grads = T.grad(cost, params)
    lr = T.scalar('lr')
    updates = [(p, p - lr * g) for p, g in zip(params, grads)]
    train = theano.function([x, theano.In(lr, value=0.1)], cost, updates=updates)
    recon = theano.function([x], T.nnet.sigmoid(T.dot(T.nnet.sigmoid(T.dot(x, W) + bh), W.T) + bv))
    noisy = theano.function([x], corrupt)
    return train, recon, noisy, srng, params


data = (np.random.RandomState(5).rand(8, 5) > 0.4).astype('float64')
train, recon, noisy, srng, params = build(77)
for epoch in range(3):
    c = [train(data[i:i + 4]) for i in (0, 4)]
    print(epoch, c)
print(train(data[:4], lr=0.5))
print(noisy(data[:2]))
print(recon(data[:2]).round(6))
train2, recon2, noisy2, srng2, params2 = build(78)
print(train2(data[:4]), train(data[:4]))
srng.seed(77)
print(noisy(data[:2]), noisy2(data[:2]))
print([p.get_value().round(6) for p in params])
theano.printing.debugprint(train)
theano.printing.debugprint(noisy)
