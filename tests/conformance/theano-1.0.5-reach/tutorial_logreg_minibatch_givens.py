# Covers: the tutorial's logistic regression trained on minibatches: datasets as shared variables (np.asarray(..., dtype=floatX), borrow=True, labels T.cast to int32), a symbolic index and givens slicing the shared data, negative log-likelihood and errors as in the LogisticRegression class, updates as a list of pairs, validate/test functions with givens; costs, error rates and parameters per epoch.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


class LogisticRegression(object):
    def __init__(self, input, n_in, n_out):
        self.W = theano.shared(value=np.zeros((n_in, n_out), dtype=theano.config.floatX),
                               name='W', borrow=True)
        self.b = theano.shared(value=np.zeros((n_out,), dtype=theano.config.floatX),
                               name='b', borrow=True)
        self.p_y_given_x = T.nnet.softmax(T.dot(input, self.W) + self.b)
        self.y_pred = T.argmax(self.p_y_given_x, axis=1)
        self.params = [self.W, self.b]
        self.input = input

    def negative_log_likelihood(self, y):
        return -T.mean(T.log(self.p_y_given_x)[T.arange(y.shape[0]), y])

    def errors(self, y):
        if y.ndim != self.y_pred.ndim:
            raise TypeError('y should have the same shape as self.y_pred')
        if y.dtype.startswith('int'):
            return T.mean(T.neq(self.y_pred, y))
        else:
            raise NotImplementedError()


def shared_dataset(data_xy, borrow=True):
    data_x, data_y = data_xy
    shared_x = theano.shared(np.asarray(data_x, dtype=theano.config.floatX), borrow=borrow)
    shared_y = theano.shared(np.asarray(data_y, dtype=theano.config.floatX), borrow=borrow)
    return shared_x, T.cast(shared_y, 'int32')


rng = np.random.RandomState(23455)
train_x = rng.rand(12, 6)
train_y = rng.randint(0, 3, size=12)
valid_x = rng.rand(6, 6)
valid_y = rng.randint(0, 3, size=6)
train_set_x, train_set_y = shared_dataset((train_x, train_y))
valid_set_x, valid_set_y = shared_dataset((valid_x, valid_y))
batch_size = 4
n_train_batches = train_set_x.get_value(borrow=True).shape[0] // batch_size
n_valid_batches = valid_set_x.get_value(borrow=True).shape[0] // batch_size
print("batches", n_train_batches, n_valid_batches)

index = T.lscalar()
x = T.matrix('x')
y = T.ivector('y')
classifier = LogisticRegression(input=x, n_in=6, n_out=3)
cost = classifier.negative_log_likelihood(y)
validate_model = theano.function(
    inputs=[index],
    outputs=classifier.errors(y),
    givens={
        x: valid_set_x[index * batch_size: (index + 1) * batch_size],
        y: valid_set_y[index * batch_size: (index + 1) * batch_size]
    },
    name='validate_model')
g_W = T.grad(cost=cost, wrt=classifier.W)
g_b = T.grad(cost=cost, wrt=classifier.b)
learning_rate = 0.13
updates = [(classifier.W, classifier.W - learning_rate * g_W),
           (classifier.b, classifier.b - learning_rate * g_b)]
train_model = theano.function(
    inputs=[index],
    outputs=cost,
    updates=updates,
    givens={
        x: train_set_x[index * batch_size: (index + 1) * batch_size],
        y: train_set_y[index * batch_size: (index + 1) * batch_size]
    },
    name='train_model')
for epoch in range(3):
    costs = [float(train_model(i)) for i in range(n_train_batches)]
    print("epoch", epoch, "costs", costs)
    losses = [float(validate_model(i)) for i in range(n_valid_batches)]
    print("epoch", epoch, "validation error", float(np.mean(losses)))
show("W", classifier.W.get_value())
show("b", classifier.b.get_value())
predict = theano.function([x], classifier.y_pred, name='predict')
show("predicted", predict(valid_x))
show("y_pred dtype", np.asarray(predict(valid_x)).dtype.name)
