# Covers: second derivatives through theano.tensor.nnet.bn.batch_normalization_train: T.grad of a cost built from the first gradients w.r.t. x and gamma differentiates AbstractBatchNormTrainGrad (its own grad: the terms of the output gradients the cost reaches; beta reaches the cost through the output gradient 3 * out ** 2), and both abstract ops are expanded to elementwise graphs when compiled; debugprint of the compiled function and the values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.nnet import bn


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
g = T.dvector('g')
b = T.dvector('b')
out = bn.batch_normalization_train(x, g, b)[0]
gx, gg = T.grad((out ** 3).sum(), [x, g])
h = T.grad((gx ** 2).sum() + gg.sum(), [x, g, b])
f = theano.function([x, g, b], h)
theano.printing.debugprint(f)
rng = np.random.RandomState(0)
for name, r in zip(['hx', 'hg', 'hb'], f(rng.randn(4, 3), rng.rand(3) + 0.5, rng.randn(3))):
    show(name, r)
