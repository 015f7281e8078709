# Covers: the older SdA tutorial's pretraining function with theano.Param(corruption_level, default=0.2) and theano.Param(learning_rate, default=0.1) (Theano's deprecated In, overridden by keyword), minibatches through givens of a borrowed shared dataset and T.cast(shared_y, 'int32') labels, then fine-tuning with the softmax NLL and the errors T.mean(T.neq(y_pred, y)); costs, error rates, type(theano.Param(...)), W and the test function's debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 8).tolist())


numpy_rng = np.random.RandomState(89677)
theano_rng = RandomStreams(numpy_rng.randint(2 ** 30))
train_x = theano.shared(np.asarray(numpy_rng.binomial(1, 0.5, (4, 5)), dtype=theano.config.floatX), borrow=True)
train_y = T.cast(theano.shared(np.asarray([0, 1, 1, 0], dtype=theano.config.floatX), borrow=True), 'int32')
x = T.matrix('x')
y = T.ivector('y')
index = T.lscalar('index')
corruption_level = T.scalar('corruption')
learning_rate = T.scalar('lr')
batch_size = 2
W = theano.shared(numpy_rng.uniform(-0.5, 0.5, (5, 3)), name='W')
bh = theano.shared(np.zeros(3), name='bh')
bv = theano.shared(np.zeros(5), name='bv')
Wl = theano.shared(np.zeros((3, 2)), name='Wl')
bl = theano.shared(np.zeros(2), name='bl')
tilde = theano_rng.binomial(size=x.shape, n=1, p=1 - corruption_level, dtype=theano.config.floatX) * x
hid = T.nnet.sigmoid(T.dot(tilde, W) + bh)
z = T.nnet.sigmoid(T.dot(hid, W.T) + bv)
cost = T.mean(-T.sum(x * T.log(z) + (1 - x) * T.log(1 - z), axis=1))
gW, gbh, gbv = T.grad(cost, [W, bh, bv])
pretrain = theano.function(
    inputs=[index, theano.Param(corruption_level, default=0.2), theano.Param(learning_rate, default=0.1)],
    outputs=cost,
    updates=[(W, W - learning_rate * gW), (bh, bh - learning_rate * gbh), (bv, bv - learning_rate * gbv)],
    givens={x: train_x[index * batch_size:(index + 1) * batch_size]})
for epoch in range(2):
    c = [pretrain(index=i, corruption=0.3, lr=0.1) for i in range(2)]
    print('Pre-training epoch %d, cost ' % epoch, np.mean(c))
p_y = T.nnet.softmax(T.dot(T.nnet.sigmoid(T.dot(x, W) + bh), Wl) + bl)
y_pred = T.argmax(p_y, axis=1)
nll = -T.mean(T.log(p_y)[T.arange(y.shape[0]), y])
errors = T.mean(T.neq(y_pred, y))
params = [W, bh, Wl, bl]
gparams = T.grad(nll, params)
finetune = theano.function([index], nll, updates=[(p, p - 0.1 * g) for p, g in zip(params, gparams)],
                           givens={x: train_x[index * batch_size:(index + 1) * batch_size],
                                   y: train_y[index * batch_size:(index + 1) * batch_size]}, name='train')
test_score = theano.function([index], errors, givens={x: train_x[index * batch_size:(index + 1) * batch_size],
                                                       y: train_y[index * batch_size:(index + 1) * batch_size]}, name='test')
for epoch in range(2):
    print([round(float(finetune(i)), 8) for i in range(2)], [test_score(i) for i in range(2)])
try:
    T.neq(y_pred, T.matrix('m'))
    print('no error')
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
print(type(theano.Param(corruption_level, default=0.1)), train_y, train_y.type)
show('W', W.get_value())
theano.printing.debugprint(test_score)
