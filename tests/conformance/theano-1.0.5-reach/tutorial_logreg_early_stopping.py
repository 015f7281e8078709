# Covers: the tutorial's early-stopping loop around a logistic-regression model: patience, patience_increase, improvement_threshold, validation_frequency = min(n_train_batches, patience // 2), best_validation_loss, iter counting over epochs and minibatches with train/validate/test functions that take a batch index and use givens; the losses printed as the tutorial prints them (with %) and the best parameters kept with get_value(borrow=False).
import numpy
import theano
import theano.tensor as T

floatX = theano.config.floatX
rng = numpy.random.RandomState(1)


def shared_dataset(x, y):
    return (theano.shared(numpy.asarray(x, dtype=floatX), borrow=True),
            T.cast(theano.shared(numpy.asarray(y, dtype=floatX), borrow=True), 'int32'))


centers = numpy.array([[1.0, 1.0], [-1.0, -1.0]])
def make(n):
    y = rng.randint(0, 2, n)
    return centers[y] + 0.8 * rng.randn(n, 2), y


train_set_x, train_set_y = shared_dataset(*make(20))
valid_set_x, valid_set_y = shared_dataset(*make(10))
test_set_x, test_set_y = shared_dataset(*make(10))
batch_size = 5
n_train_batches = 4
n_valid_batches = 2
n_test_batches = 2
index = T.lscalar()
x = T.matrix('x')
y = T.ivector('y')
W = theano.shared(numpy.zeros((2, 2), dtype=floatX), name='W', borrow=True)
b = theano.shared(numpy.zeros((2,), dtype=floatX), name='b', borrow=True)
p_y_given_x = T.nnet.softmax(T.dot(x, W) + b)
y_pred = T.argmax(p_y_given_x, axis=1)
cost = -T.mean(T.log(p_y_given_x)[T.arange(y.shape[0]), y])
errors = T.mean(T.neq(y_pred, y))


def model(set_x, set_y, outputs, **kwargs):
    return theano.function([index], outputs, givens={
        x: set_x[index * batch_size:(index + 1) * batch_size],
        y: set_y[index * batch_size:(index + 1) * batch_size]}, **kwargs)


test_model = model(test_set_x, test_set_y, errors, name='test_model')
validate_model = model(valid_set_x, valid_set_y, errors, name='validate_model')
g_W, g_b = T.grad(cost, [W, b])
train_model = model(train_set_x, train_set_y, cost, updates=[(W, W - 0.13 * g_W), (b, b - 0.13 * g_b)],
                    name='train_model')
patience = 10
patience_increase = 2
improvement_threshold = 0.995
validation_frequency = min(n_train_batches, patience // 2)
best_validation_loss = numpy.inf
test_score = 0.
done_looping = False
epoch = 0
best_W = None
while (epoch < 6) and (not done_looping):
    epoch = epoch + 1
    for minibatch_index in range(n_train_batches):
        minibatch_avg_cost = train_model(minibatch_index)
        iter = (epoch - 1) * n_train_batches + minibatch_index
        if (iter + 1) % validation_frequency == 0:
            validation_losses = [validate_model(i) for i in range(n_valid_batches)]
            this_validation_loss = numpy.mean(validation_losses)
            print('epoch %i, minibatch %i/%i, validation error %f %%, cost %.12f' %
                  (epoch, minibatch_index + 1, n_train_batches, this_validation_loss * 100.,
                   float(minibatch_avg_cost)))
            if this_validation_loss < best_validation_loss:
                if this_validation_loss < best_validation_loss * improvement_threshold:
                    patience = max(patience, iter * patience_increase)
                best_validation_loss = this_validation_loss
                test_losses = [test_model(i) for i in range(n_test_batches)]
                test_score = numpy.mean(test_losses)
                best_W = W.get_value(borrow=False)
                print('     epoch %i, test error of best model %f %%' % (epoch, test_score * 100.))
        if patience <= iter:
            done_looping = True
            break
print('best validation %f %%, test %f %%, epochs %d' % (best_validation_loss * 100., test_score * 100., epoch))
print("best_W", best_W.tolist())
print("W", W.get_value().tolist())
