# Covers: training in float32 as GPU-era tutorial code did (floatX forced by dtype='float32' arrays): fmatrix/fvector inputs, float32 shared weights, Python float learning rates (0.1 is float64: the update's type error) and np.float32 / T.cast(lr, 'float32') learning rates, gradients' dtypes, softmax/sigmoid in float32; costs and parameters, and the TypeError text when the update upcasts.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.fmatrix('x')
y = T.ivector('y')
W = theano.shared(np.asarray([[0.1, -0.2], [0.3, 0.05], [-0.1, 0.2]], dtype='float32'), name='W')
b = theano.shared(np.zeros(2, dtype='float32'), name='b')
p = T.nnet.softmax(T.dot(x, W) + b)
cost = -T.mean(T.log(p)[T.arange(y.shape[0]), y])
gW, gb = T.grad(cost, [W, b])
print("dtypes", cost.dtype, gW.dtype, gb.dtype)
try:
    theano.function([x, y], cost, updates=[(W, W - 0.1 * gW)], name='bad')
except TypeError as e:
    print("TypeError", str(e).splitlines()[0][:120])
lr = np.float32(0.5)
train = theano.function([x, y], cost, updates=[(W, W - lr * gW), (b, b - T.cast(0.5, 'float32') * gb)],
                        name='train')
xv = np.asarray([[1.0, 0.5, -1.0], [0.0, 1.0, 2.0], [-1.0, -1.0, 0.5]], dtype='float32')
yv = np.asarray([0, 1, 1], dtype='int32')
for step in range(3):
    c = train(xv, yv)
    print("step", step, np.asarray(c).dtype, float(c))
show("W", W.get_value())
show("b", b.get_value())
h = T.nnet.sigmoid(T.dot(x, W))
show("sigmoid", theano.function([x], h, name='sig')(xv))
show("grad_sig", theano.function([x], T.grad(T.sum(h), W), name='gsig')(xv))
