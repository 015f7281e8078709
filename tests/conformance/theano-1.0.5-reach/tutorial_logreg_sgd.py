# Covers: the deep-learning tutorial's logistic regression reduced: softmax(dot(x, W) + b), mean negative log-likelihood via T.log(p)[T.arange(n), y], T.grad w.r.t. shared W and b, SGD updates over 3 steps; losses, parameters, predictions and errors.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
y = T.ivector('y')
W = theano.shared(np.zeros((3, 2)), name='W')
b = theano.shared(np.zeros(2), name='b')
p_y_given_x = T.nnet.softmax(T.dot(x, W) + b)
y_pred = T.argmax(p_y_given_x, axis=1)
nll = -T.mean(T.log(p_y_given_x)[T.arange(y.shape[0]), y])
errors = T.mean(T.neq(y_pred, y))
g_W, g_b = T.grad(cost=nll, wrt=[W, b])
lr = 0.5
train = theano.function([x, y], nll, updates=[(W, W - lr * g_W), (b, b - lr * g_b)], name='train')
test = theano.function([x, y], [errors, y_pred], name='test')
data_x = np.array([[1.0, 0.5, -0.2], [-0.3, 0.8, 1.0], [0.9, -1.0, 0.4], [-0.6, -0.2, -0.7]])
data_y = np.array([0, 1, 0, 1], dtype='int32')
for step in range(3):
    print("step", step, "loss", float(train(data_x, data_y)))
    show("W", W.get_value())
    show("b", b.get_value())
err, pred = test(data_x, data_y)
print("errors", float(err))
show("pred", pred)
