# Covers: the sigmoid family of theano.tensor.nnet: sigmoid, ultra_fast_sigmoid, hard_sigmoid, softplus, softsign-free relu; values at a range of inputs, their gradients (ultra_fast_sigmoid has none: the error type), and a binary classifier trained with T.nnet.binary_crossentropy(T.nnet.sigmoid(z), t).mean() over 3 steps; costs and parameters.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
xv = np.array([-6.0, -2.5, -0.3, 0.0, 0.7, 2.5, 6.0])
for name, fn in [("sigmoid", T.nnet.sigmoid), ("ultra_fast_sigmoid", T.nnet.ultra_fast_sigmoid),
                 ("hard_sigmoid", T.nnet.hard_sigmoid), ("softplus", T.nnet.softplus),
                 ("relu", T.nnet.relu)]:
    out = fn(x)
    show(name, theano.function([x], out, name=name)(xv))
    try:
        g = T.grad(T.sum(out * x), x)
    except Exception as e:
        print("  grad", type(e).__name__)
        continue
    show("  grad", theano.function([x], g, name=name + '_grad')(xv))
X = T.dmatrix('X')
t = T.dvector('t')
w = theano.shared(np.array([0.1, -0.2, 0.3]), name='w')
c = theano.shared(0.0, name='c')
z = T.dot(X, w) + c
cost = T.nnet.binary_crossentropy(T.nnet.sigmoid(z), t).mean()
gw, gc = T.grad(cost, [w, c])
train = theano.function([X, t], cost, updates=[(w, w - 0.5 * gw), (c, c - 0.5 * gc)], name='train')
Xv = np.array([[1.0, 0.0, 2.0], [0.5, -1.0, 0.0], [-1.0, 1.0, 1.0], [0.0, 0.5, -2.0]])
tv = np.array([1.0, 0.0, 1.0, 0.0])
for step in range(3):
    print("step", step, float(train(Xv, tv)))
show("w", w.get_value())
print("c", float(c.get_value()))
