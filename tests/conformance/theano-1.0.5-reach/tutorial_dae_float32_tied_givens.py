# Covers: a denoising autoencoder in float32 as the tutorial writes it (fmatrix input, float32 shared data with borrow=True, tied weights W and W.T, a binomial corruption mask of dtype float32, cross-entropy reconstruction cost, a float32 learning rate), minibatches through givens slices data[idx * 4:(idx + 1) * 4]; cost dtypes and values over 4 calls, the weights' dtype and values, and the compiled training function's debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

print(theano.config.floatX)
rng = np.random.RandomState(3)
srng = RandomStreams(rng.randint(2 ** 30))
data = theano.shared(np.asarray(rng.rand(8, 5), dtype='float32'), borrow=True)
W = theano.shared(np.asarray(rng.uniform(-0.3, 0.3, (5, 3)), dtype='float32'), name='W')
bh = theano.shared(np.zeros(3, dtype='float32'), name='bh')
bv = theano.shared(np.zeros(5, dtype='float32'), name='bv')
idx = T.lscalar('idx')
x = T.fmatrix('x')
corrupt = srng.binomial(size=x.shape, n=1, p=0.7, dtype='float32') * x
h = T.nnet.sigmoid(T.dot(corrupt, W) + bh)
z = T.nnet.sigmoid(T.dot(h, W.T) + bv)
L = -T.sum(x * T.log(z) + (1 - x) * T.log(1 - z), axis=1)
cost = T.mean(L)
gW, gbh, gbv = T.grad(cost, [W, bh, bv])
lr = np.float32(0.1)
train = theano.function([idx], cost, updates=[(W, W - lr * gW), (bh, bh - lr * gbh), (bv, bv - lr * gbv)],
                        givens={x: data[idx * 4:(idx + 1) * 4]})
for i in range(4):
    c = train(i % 2)
    print(i, c.dtype, repr(float(c)))
print(W.get_value().dtype, W.get_value().round(6).tolist())
theano.printing.debugprint(train)
