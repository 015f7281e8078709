# Covers: softmax regression trained on minibatches through givens (index * bs:(index + 1) * bs slices of shared data), Gaussian input noise, to_one_hot targets and categorical_crossentropy, and an error-rate function: the gradient's one-hot and allocation sizes come from the symbolic slice lengths; costs, error rates and both debugprints.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(4)
srng = RandomStreams(seed=99)
data_x = theano.shared(rng.randn(20, 5), name='data_x', borrow=True)
data_y = theano.shared(rng.randint(0, 3, 20).astype('int32'), name='data_y')
index = T.lscalar('index'); bs = 5
x = T.matrix('x'); y = T.ivector('y')
W = theano.shared(np.zeros((5, 3)), name='W'); b = theano.shared(np.zeros(3), name='b')
noise = srng.normal(size=(bs, 5), std=0.1)
p_y = T.nnet.softmax(T.dot(x + noise, W) + b)
onehot = T.extra_ops.to_one_hot(y, 3)
cost = T.nnet.categorical_crossentropy(p_y, onehot).mean()
gW, gb = T.grad(cost, [W, b])
train = theano.function([index], cost, updates=[(W, W - 0.5 * gW), (b, b - 0.5 * gb)],
                        givens={x: data_x[index * bs:(index + 1) * bs], y: data_y[index * bs:(index + 1) * bs]})
p_clean = T.nnet.softmax(T.dot(x, W) + b)
errors = theano.function([index], T.mean(T.neq(T.argmax(p_clean, axis=1), y)),
                         givens={x: data_x[index * bs:(index + 1) * bs], y: data_y[index * bs:(index + 1) * bs]})
for epoch in range(2):
    for i in range(4):
        print(epoch, i, repr(float(train(i))))
    print('err', [float(errors(i)) for i in range(4)])
theano.printing.debugprint(train)
theano.printing.debugprint(errors)
