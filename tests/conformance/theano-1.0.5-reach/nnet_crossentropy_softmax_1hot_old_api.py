# Covers: the cross-entropy API of older tutorial code: T.nnet.crossentropy_softmax_1hot(x, y) returning (nll, softmax), T.nnet.crossentropy_softmax_1hot_with_bias(x, b, y), T.nnet.crossentropy_categorical_1hot(p, y) and T.nnet.softmax_with_bias(x, b), a logistic regression trained by SGD on the mean nll from crossentropy_softmax_1hot_with_bias (gradients through the fused op), and the predictions from the returned softmax; losses, parameters and values over 3 steps.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
y = T.lvector('y')
b0 = T.dvector('b0')
xv = np.array([[1.0, 2.0, 0.5], [-1.0, 0.0, 3.0]])
yv = np.array([1, 2])
nll, sm = T.nnet.crossentropy_softmax_1hot(x, y)
nll_b, sm_b = T.nnet.crossentropy_softmax_1hot_with_bias(x, b0, y)
f = theano.function([x, y, b0], [nll, sm, nll_b, sm_b, T.nnet.crossentropy_categorical_1hot(sm, y),
                                 T.nnet.softmax_with_bias(x, b0)])
for v in f(xv, yv, np.array([0.1, -0.2, 0.3])):
    show("val", v)
W = theano.shared(np.zeros((3, 3)), name='W')
b = theano.shared(np.zeros(3), name='b')
loss, p = T.nnet.crossentropy_softmax_1hot_with_bias(T.dot(x, W), b, y)
cost = loss.mean()
gW, gb = T.grad(cost, [W, b])
train = theano.function([x, y], [cost, T.argmax(p, axis=1)], updates=[(W, W - 0.5 * gW), (b, b - 0.5 * gb)])
for step in range(3):
    c, pred = train(xv, yv)
    print("step", step, float(c), pred.tolist())
show("W", W.get_value())
show("b", b.get_value())
g_sm = T.grad(T.sum(sm * np.array([1.0, 2.0, 3.0])), x)
show("g_sm", theano.function([x, y], g_sm, on_unused_input='ignore')(xv, yv))
