# Covers: the logistic regression tutorial's logistic_sgd.py reduced: the LogisticRegression class with negative_log_likelihood and errors (its TypeError for a label of the wrong ndim), shared_dataset casting float labels with T.cast(shared_y, 'int32'), train and validate models through givens on minibatch indices, T.grad(cost=cost, wrt=...) with keyword arguments, the early-stopping loop with patience and its formatted progress lines, a predict_model on classifier.input; the debugprints of the three compiled functions.
import numpy as np
import theano
import theano.tensor as T
import timeit


class LogisticRegression(object):
    def __init__(self, input, n_in, n_out):
        self.W = theano.shared(value=np.zeros((n_in, n_out), dtype=theano.config.floatX), name='W', borrow=True)
        self.b = theano.shared(value=np.zeros((n_out,), dtype=theano.config.floatX), name='b', borrow=True)
        self.p_y_given_x = T.nnet.softmax(T.dot(input, self.W) + self.b)
        self.y_pred = T.argmax(self.p_y_given_x, axis=1)
        self.params = [self.W, self.b]
        self.input = input

    def negative_log_likelihood(self, y):
        return -T.mean(T.log(self.p_y_given_x)[T.arange(y.shape[0]), y])

    def errors(self, y):
        if y.ndim != self.y_pred.ndim:
            raise TypeError('y should have the same shape as self.y_pred', ('y', y.type, 'y_pred', self.y_pred.type))
        if y.dtype.startswith('int'):
            return T.mean(T.neq(self.y_pred, y))
        else:
            raise NotImplementedError()


def shared_dataset(data_xy, borrow=True):
    data_x, data_y = data_xy
    shared_x = theano.shared(np.asarray(data_x, dtype=theano.config.floatX), borrow=borrow)
    shared_y = theano.shared(np.asarray(data_y, dtype=theano.config.floatX), borrow=borrow)
    return shared_x, T.cast(shared_y, 'int32')


def sgd_optimization(learning_rate=0.13, n_epochs=4, batch_size=3):
    rng = np.random.RandomState(0)
    xs = rng.rand(12, 4)
    ys = (xs[:, 0] + xs[:, 1] > xs[:, 2] + 0.5).astype('int64') + (xs[:, 3] > 0.8)
    train_set_x, train_set_y = shared_dataset((xs[:9], ys[:9]))
    valid_set_x, valid_set_y = shared_dataset((xs[9:], ys[9:]))
    n_train_batches = train_set_x.get_value(borrow=True).shape[0] // batch_size
    n_valid_batches = valid_set_x.get_value(borrow=True).shape[0] // batch_size
    index = T.lscalar()
    x = T.matrix('x')
    y = T.ivector('y')
    classifier = LogisticRegression(input=x, n_in=4, n_out=3)
    cost = classifier.negative_log_likelihood(y)
    validate_model = theano.function(inputs=[index], outputs=classifier.errors(y),
                                     givens={x: valid_set_x[index * batch_size: (index + 1) * batch_size],
                                             y: valid_set_y[index * batch_size: (index + 1) * batch_size]})
    g_W = T.grad(cost=cost, wrt=classifier.W)
    g_b = T.grad(cost=cost, wrt=classifier.b)
    updates = [(classifier.W, classifier.W - learning_rate * g_W), (classifier.b, classifier.b - learning_rate * g_b)]
    train_model = theano.function(inputs=[index], outputs=cost, updates=updates,
                                  givens={x: train_set_x[index * batch_size: (index + 1) * batch_size],
                                          y: train_set_y[index * batch_size: (index + 1) * batch_size]})
    patience = 5000
    best_validation_loss = np.inf
    epoch = 0
    done_looping = False
    while (epoch < n_epochs) and (not done_looping):
        epoch = epoch + 1
        for minibatch_index in range(n_train_batches):
            minibatch_avg_cost = train_model(minibatch_index)
            iter = (epoch - 1) * n_train_batches + minibatch_index
            if (iter + 1) % n_train_batches == 0:
                validation_losses = [validate_model(i) for i in range(n_valid_batches)]
                this_validation_loss = np.mean(validation_losses)
                print('epoch %i, minibatch %i/%i, validation error %f %%, cost %f' %
                      (epoch, minibatch_index + 1, n_train_batches, this_validation_loss * 100., minibatch_avg_cost))
                if this_validation_loss < best_validation_loss:
                    best_validation_loss = this_validation_loss
    print('W', classifier.W.get_value().tolist())
    print('b', classifier.b.get_value().tolist())
    predict_model = theano.function(inputs=[classifier.input], outputs=classifier.y_pred)
    print('predicted', predict_model(xs[:5].astype(theano.config.floatX)).tolist())
    theano.printing.debugprint(train_model)
    theano.printing.debugprint(validate_model)
    theano.printing.debugprint(predict_model)
    try:
        classifier.errors(T.imatrix())
    except TypeError as e:
        print(type(e).__name__, e.args[0])


sgd_optimization()
