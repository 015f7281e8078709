# Covers: the nnet activations beyond sigmoid and tanh as layer code uses them: T.nnet.elu (default and alpha=0.5), T.nnet.selu, T.nnet.softsign, T.nnet.relu(alpha=0.2), T.nnet.logsoftmax with an NLL cost, values at a range of inputs and their gradients; then a small network trained 3 steps with each hidden activation but selu in turn; costs and final weights.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
xv = np.array([-3.0, -1.0, -0.2, 0.0, 0.4, 2.0])
acts = [("elu", T.nnet.elu), ("elu_half", lambda a: T.nnet.elu(a, alpha=0.5)), ("selu", T.nnet.selu),
        ("softsign", T.nnet.softsign), ("relu_leaky", lambda a: T.nnet.relu(a, alpha=0.2))]
for name, fn in acts:
    out = fn(x)
    show(name, theano.function([x], out)(xv))
    show("  grad", theano.function([x], T.grad(T.sum(out * x), x))(xv))
m = T.dmatrix('m')
lsm = T.nnet.logsoftmax(m)
show("logsoftmax", theano.function([m], lsm)([[1.0, 2.0, 3.0], [0.5, -0.5, 0.0]]))
X = T.dmatrix('X')
y = T.lvector('y')
Xv = np.array([[0.5, -1.0], [1.5, 0.3], [-0.7, 0.8]])
yv = np.array([0, 1, 1])
for name, fn in [a for a in acts if a[0] != "selu"]:
    W = theano.shared(np.array([[0.3, -0.4, 0.2], [0.1, 0.5, -0.3]]), name='W')
    V = theano.shared(np.array([[0.2, -0.1], [0.4, 0.3], [-0.5, 0.2]]), name='V')
    out = T.nnet.logsoftmax(T.dot(fn(T.dot(X, W)), V))
    cost = -T.mean(out[T.arange(y.shape[0]), y])
    gW, gV = T.grad(cost, [W, V])
    train = theano.function([X, y], cost, updates=[(W, W - 0.5 * gW), (V, V - 0.5 * gV)])
    costs = [float(train(Xv, yv)) for _ in range(3)]
    print(name, costs)
    show("  W", W.get_value())
