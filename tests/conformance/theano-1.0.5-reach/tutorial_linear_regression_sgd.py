# Covers: linear regression trained by SGD: T.dot of a matrix and a vector (w a shared vector), a shared scalar bias b = theano.shared(0.), the mean squared error T.mean(T.sqr(pred - y)), T.grad w.r.t. [w, b] in one call, updates as a list of pairs, a training loop over 5 epochs with the mean squared error printed, and a predict function of a single sample with T.dot of two vectors.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(42)
true_w = np.array([2.0, -3.0, 0.5])
X_data = rng.randn(10, 3)
y_data = X_data.dot(true_w) + 1.5 + 0.01 * rng.randn(10)
X = T.matrix('X')
y = T.vector('y')
w = theano.shared(np.zeros(3), name='w')
b = theano.shared(0., name='b')
pred = T.dot(X, w) + b
mse = T.mean(T.sqr(pred - y))
gw, gb = T.grad(mse, [w, b])
lr = 0.1
train = theano.function([X, y], mse, updates=[(w, w - lr * gw), (b, b - lr * gb)], name='train')
for epoch in range(5):
    print("epoch", epoch, "mse", float(train(X_data, y_data)))
show("w", w.get_value())
print("b", float(b.get_value()))
v = T.vector('v')
predict_one = theano.function([v], T.dot(v, w) + b, name='predict_one')
print("predict", float(predict_one(np.array([1.0, 1.0, 1.0]))))
show("gw at end", theano.function([X, y], gw, name='gw')(X_data, y_data))
