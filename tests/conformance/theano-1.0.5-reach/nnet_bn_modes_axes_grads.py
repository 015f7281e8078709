# Covers: theano.tensor.nnet.bn as a user calls it: batch_normalization with mode='low_mem' (one Elemwise of Theano's BNComposite, differentiated by its own scalar grad) and mode='high_mem', with T.grad through both; batch_normalization_train with axes='spatial' on a 4-d input and epsilon=1e-3 (mean and invstd of the channels), its gradient w.r.t. x, gamma and beta (AbstractBatchNormTrainGrad, expanded in specialize_device); batch_normalization_test with axes=(0, 2) on a 3-d input and its gradients w.r.t. all five inputs; gamma and beta of x's own dimensions under FAST_COMPILE (which expands the abstract ops too) and under Mode(optimizer=None) (the abstract ops run as they are); the errors of a bad mode, a too small epsilon and mismatched parameter dimensions.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.nnet import bn


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(1)
x = T.dmatrix('x')
g = T.dvector('g')
b = T.dvector('b')
xv = rng.randn(4, 3)
gv = rng.rand(3) + 0.5
bv = rng.randn(3)
for mode in ['low_mem', 'high_mem']:
    y = bn.batch_normalization(x, g, b, x.mean(0), x.std(0), mode=mode)
    f = theano.function([x, g, b], [y] + T.grad((y ** 2).sum(), [x, g, b]))
    print(mode)
    theano.printing.debugprint(f)
    for name, v in zip(['y', 'dx', 'dg', 'db'], f(xv, gv, bv)):
        show(name, v)

x4 = T.tensor4('x4')
out, mean, invstd = bn.batch_normalization_train(x4, g, b, axes='spatial', epsilon=1e-3)
cost = (out ** 2).sum() + mean.sum()
grads = T.grad(cost, [x4, g, b])
theano.printing.debugprint(grads)
f = theano.function([x4, g, b], [cost, mean, invstd] + grads)
theano.printing.debugprint(f)
x4v = rng.randn(2, 3, 2, 2)
for name, v in zip(['cost', 'mean', 'invstd', 'dx', 'dg', 'db'], f(x4v, gv, bv)):
    show(name, v)

x3 = T.dtensor3('x3')
rm = T.dvector('rm')
rv = T.dvector('rv')
y = bn.batch_normalization_test(x3, g, b, rm, rv, axes=(0, 2))
h = theano.function([x3, g, b, rm, rv], [y] + T.grad(y.sum(), [x3, g, b, rm, rv]))
theano.printing.debugprint(h)
for name, v in zip(['y', 'dx', 'dg', 'db', 'drm', 'drv'], h(rng.randn(2, 3, 2), gv, bv, rng.randn(3), rng.rand(3) + 0.5)):
    show(name, v)

G = T.dmatrix('G')
B = T.dmatrix('B')
o = bn.batch_normalization_train(x, G, B, axes=(0,))
for mode in ['FAST_COMPILE', theano.Mode(optimizer=None)]:
    k = theano.function([x, G, B], list(o) + T.grad(o[0].sum() + (o[0] ** 2).sum(), [x, G]), mode=mode)
    theano.printing.debugprint(k)
    for name, v in zip(['out', 'mean', 'invstd', 'dx', 'dG'], k(xv, rng.randn(1, 3), rng.randn(1, 3))):
        show(name, v)

for build in [lambda: bn.batch_normalization(x, g, b, g, g, mode='fast'),
              lambda: bn.batch_normalization_train(x, g, b, epsilon=1e-6),
              lambda: bn.batch_normalization_train(x, G, b),
              lambda: bn.batch_normalization_train(x, g, b, running_mean=g),
              lambda: bn.batch_normalization_test(x, g, b, G, g)]:
    try:
        build()
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])
