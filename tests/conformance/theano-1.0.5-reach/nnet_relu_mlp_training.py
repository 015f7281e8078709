# Covers: a two-hidden-layer ReLU MLP (T.nnet.relu and the leaky T.nnet.relu(x, alpha=0.1)), Glorot-uniform initial weights with np.asarray(..., dtype=floatX), softmax output with T.nnet.categorical_crossentropy and int targets, T.grad of a list of params, updates by zip in a list comprehension, a predict function with T.argmax; costs, predictions and the final parameters over 4 steps.
import numpy as np
import theano
import theano.tensor as T

floatX = theano.config.floatX


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def glorot(rng, n_in, n_out, name):
    bound = np.sqrt(6.0 / (n_in + n_out))
    return theano.shared(np.asarray(rng.uniform(-bound, bound, (n_in, n_out)), dtype=floatX), name=name)


rng = np.random.RandomState(2024)
x = T.matrix('x')
y = T.ivector('y')
W1 = glorot(rng, 3, 5, 'W1')
b1 = theano.shared(np.zeros(5, dtype=floatX), name='b1')
W2 = glorot(rng, 5, 4, 'W2')
b2 = theano.shared(np.zeros(4, dtype=floatX), name='b2')
W3 = glorot(rng, 4, 2, 'W3')
b3 = theano.shared(np.zeros(2, dtype=floatX), name='b3')
h1 = T.nnet.relu(T.dot(x, W1) + b1)
h2 = T.nnet.relu(T.dot(h1, W2) + b2, alpha=0.1)
p = T.nnet.softmax(T.dot(h2, W3) + b3)
cost = T.mean(T.nnet.categorical_crossentropy(p, y))
params = [W1, b1, W2, b2, W3, b3]
grads = T.grad(cost, params)
train = theano.function([x, y], cost, updates=[(p_, p_ - 0.2 * g) for p_, g in zip(params, grads)],
                        name='train')
predict = theano.function([x], T.argmax(p, axis=1), name='predict')
xv = np.asarray(rng.randn(6, 3), dtype=floatX)
yv = np.asarray([0, 1, 1, 0, 1, 0], dtype='int32')
for step in range(4):
    print("step", step, "cost", float(train(xv, yv)))
show("pred", predict(xv))
for p_ in params:
    show(p_.name, p_.get_value())
