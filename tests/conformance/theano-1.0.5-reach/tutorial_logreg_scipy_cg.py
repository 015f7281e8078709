# Covers: the deep-learning tutorial's logistic_cg.py, reduced: all parameters in one flat shared vector (W and b as reshaped slices of theta), the cost and its gradient compiled once and handed to scipy.optimize.fmin_cg as callables that set theta.set_value(theta_value, borrow=True), a validation callback, and the error rate after optimisation.
import numpy as np
import scipy.optimize
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(1234)
n_in, n_out = 4, 3
data_x = rng.randn(30, n_in)
data_y = np.argmax(np.dot(data_x, rng.randn(n_in, n_out)), axis=1).astype('int32')
train_x = theano.shared(data_x, name='train_x', borrow=True)
train_y = T.cast(theano.shared(data_y.astype('float64'), name='train_y'), 'int32')
x = T.matrix('x')
y = T.ivector('y')
theta = theano.shared(np.zeros(n_in * n_out + n_out), name='theta', borrow=True)
W = theta[0:n_in * n_out].reshape((n_in, n_out))
b = theta[n_in * n_out:n_in * n_out + n_out]
p_y_given_x = T.nnet.softmax(T.dot(x, W) + b)
y_pred = T.argmax(p_y_given_x, axis=1)
cost = -T.mean(T.log(p_y_given_x)[T.arange(y.shape[0]), y])
errors = T.mean(T.neq(y_pred, y))
batch_cost = theano.function([], cost, givens={x: train_x, y: train_y}, name='batch_cost')
batch_grad = theano.function([], T.grad(cost, theta), givens={x: train_x, y: train_y},
                             name='batch_grad')
validate = theano.function([], errors, givens={x: train_x[:10], y: train_y[:10]})
seen = []


def train_fn(theta_value):
    theta.set_value(theta_value, borrow=True)
    return float(batch_cost())


def train_fn_grad(theta_value):
    theta.set_value(theta_value, borrow=True)
    return np.asarray(batch_grad())


def callback(theta_value):
    theta.set_value(theta_value, borrow=True)
    seen.append(float(validate()))


best = scipy.optimize.fmin_cg(f=train_fn, x0=np.zeros(n_in * n_out + n_out),
                              fprime=train_fn_grad, callback=callback, disp=0, maxiter=5)
print('iterations', len(seen))
print('validation', ['%.4f' % s for s in seen])
print('final cost %.10f' % train_fn(best))
show('W', np.round(theta.get_value()[:n_in * n_out].reshape(n_in, n_out), 8))
print('errors', float(theano.function([], errors, givens={x: train_x, y: train_y})()))
print(x.type.dtype, W.ndim, b.ndim, train_y.dtype)
