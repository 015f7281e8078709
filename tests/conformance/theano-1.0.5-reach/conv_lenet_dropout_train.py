# Covers: a reduced LeNet as the Deep Learning Tutorials write it: T.nnet.conv2d of a 2x1x6x6 batch with two 3x3 filters, pool.pool_2d max pooling (ignore_border=True), tanh of the conv plus a dimshuffled bias, flattened into a softmax layer whose input is masked by srng.binomial dropout, negative log-likelihood, T.grad of every parameter and SGD updates; debugprint of the compiled training function (AbstractConv2d and its gradients become the legacy ConvOp, pool's gradient MaxPoolGrad) and of the prediction function, then what three training calls and a prediction do under the recording recipe: each raises (ConvOp needs scipy.signal functions scipy 1.11 no longer has), and the parameters and the stream stay where they were.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.nnet import conv2d
from theano.tensor.signal import pool
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


def attempt(label, fn):
    try:
        show(label, fn())
    except Exception as e:
        print(label, type(e).__name__, str(e).split('\n')[0])


rng = np.random.RandomState(3)
srng = RandomStreams(seed=7)
x = T.tensor4('x')
y = T.ivector('y')
W = theano.shared(rng.uniform(-0.5, 0.5, (2, 1, 3, 3)), name='W')
b = theano.shared(np.zeros(2), name='b')
conv_out = conv2d(input=x, filters=W)
pooled = pool.pool_2d(input=conv_out, ws=(2, 2), ignore_border=True)
h = T.tanh(pooled + b.dimshuffle('x', 0, 'x', 'x')).flatten(2)
V = theano.shared(rng.uniform(-0.5, 0.5, (8, 3)), name='V')
c = theano.shared(np.zeros(3), name='c')
mask = srng.binomial(size=h.shape, p=0.8, dtype='float64')
p_y = T.nnet.softmax(T.dot(h * mask, V) + c)
cost = -T.mean(T.log(p_y)[T.arange(y.shape[0]), y])
params = [W, b, V, c]
grads = T.grad(cost, params)
train = theano.function([x, y], cost, updates=[(p, p - 0.1 * g) for p, g in zip(params, grads)],
                        name='train')
predict = theano.function([x], T.argmax(T.nnet.softmax(T.dot(h * 0.8, V) + c), axis=1), name='predict')
theano.printing.debugprint(train)
theano.printing.debugprint(predict)
xv = rng.randn(2, 1, 6, 6)
yv = np.array([0, 2], dtype='int32')
for step in range(3):
    attempt('loss%d' % step, lambda: train(xv, yv))
    for p in params:
        show(p.name, p.get_value())
attempt('predict', lambda: predict(xv))
show('mask_now', theano.function([], srng.binomial(size=(4,), p=0.8, dtype='float64'))())
