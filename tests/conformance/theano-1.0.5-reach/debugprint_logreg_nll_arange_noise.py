# Covers: minibatch logistic regression with Gaussian input noise and the tutorial's NLL -T.mean(T.log(p)[T.arange(y.shape[0]), y]) through givens slices: the mean divides by ARange's inferred length (stop cast to int64, Theano's ARange.infer_shape) fused with the slice arithmetic; an error-rate function with no_default_updates.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
rng = np.random.RandomState(5)
srng = RandomStreams(seed=1)
data_x = theano.shared(rng.randn(8, 3), name='data_x')
data_y = theano.shared(rng.randint(0, 2, 8).astype('int32'), name='data_y')
idx = T.lscalar('idx'); bs = 4
x = T.dmatrix('x'); y = T.ivector('y')
W = theano.shared(np.zeros((3, 2)), name='W'); b = theano.shared(np.zeros(2), name='b')
xn = x + srng.normal(x.shape, std=0.1)
p = T.nnet.softmax(T.dot(xn, W) + b)
nll = -T.mean(T.log(p)[T.arange(y.shape[0]), y])
gW, gb = T.grad(nll, [W, b])
train = theano.function([idx], nll, updates=[(W, W - 0.5 * gW), (b, b - 0.5 * gb)],
                        givens={x: data_x[idx * bs:(idx + 1) * bs], y: data_y[idx * bs:(idx + 1) * bs]})
errs = theano.function([idx], T.mean(T.neq(T.argmax(p, axis=1), y)), no_default_updates=True,
                       givens={x: data_x[idx * bs:(idx + 1) * bs], y: data_y[idx * bs:(idx + 1) * bs]})
for e in range(2):
    for i in range(2):
        print(e, i, repr(float(train(i))), repr(float(errs(i))))
theano.printing.debugprint(train)
theano.printing.debugprint(errs)
