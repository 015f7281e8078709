# Covers: a float32 model (T.fmatrix inputs, float32 shared weights, MRG dropout with a float32 mask) whose cost is float64 (T.clip bounds 1e-7 are float64): T.grad casts each output's gradient to the output's dtype, so the weights' gradients are float32 and 'W - lr * gW' is a valid update; values and dtypes over 4 SGD steps, the compiled graph; the uncompiled gradient of a float32 scalar weight read through a broadcast (DimShuffle's gradient shuffles an Elemwise{identity}), pp and debugprint of a bias gradient raw, with optimizer=None, FAST_COMPILE and FAST_RUN.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams as RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(42)
srng = RandomStreams(seed=1234)
X = T.fmatrix('X'); Y = T.fmatrix('Y')
W = theano.shared(rng.randn(5, 2).astype('float32') * 0.1, name='W')
b = theano.shared(np.zeros(2, dtype='float32'), name='b')
p_drop = 0.5
Xd = X * srng.binomial(X.shape, p=1 - p_drop, dtype='float32') / (1 - p_drop)
out = T.nnet.sigmoid(T.dot(Xd, W) + b)
loss = T.nnet.binary_crossentropy(T.clip(out, 1e-7, 1 - 1e-7), Y).mean()
acc = T.mean(T.eq(T.round(out), Y))
gW, gb = T.grad(loss, [W, b])
print(Xd.dtype, out.dtype, loss.dtype, gW.dtype, gb.dtype)
lr = np.float32(0.5)
train = theano.function([X, Y], [loss, acc], updates=[(W, W - lr * gW), (b, b - lr * gb)],
                        allow_input_downcast=True)
xs = rng.rand(16, 5); ys = (rng.rand(16, 2) > 0.5).astype('float64')
for i in range(4):
    l, a = train(xs, ys)
    print(i, float(l), float(a), l.dtype)
show('W', W.get_value())
theano.printing.debugprint(train)

v = T.fvector('v'); w = theano.shared(np.float32(2.0), name='w')
c = T.sum((v * w - 0.1) ** 2)
print(c.dtype, T.grad(c, w).dtype)
theano.printing.debugprint(T.grad(c, w))

x = T.dmatrix('x'); bb = theano.shared(np.zeros(3), name='bb'); WW = theano.shared(np.ones((3, 3)), name='WW')
cost = T.sum(T.tanh(T.dot(x, WW) + bb) ** 2)
g1, g2 = T.grad(cost, [bb, WW])
print(theano.printing.pp(g1))
theano.printing.debugprint(g1)
for mode in [theano.Mode(optimizer=None), 'FAST_COMPILE', 'FAST_RUN']:
    f = theano.function([x], [g1, g2], mode=mode)
    theano.printing.debugprint(f)
    r1, r2 = f(np.ones((2, 3)))
    show('gb', r1)
