# Covers: pickling as the logistic regression tutorial does (pickle.dump of the classifier object holding shared weights and symbolic variables, pickle.load, a predict function compiled from the loaded object), a pickled RandomStreams whose stream continues where it was, and copy.deepcopy of a shared variable.
import copy
import pickle
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


class LogisticRegression(object):
    def __init__(self, input, n_in, n_out):
        self.W = theano.shared(value=np.arange(n_in * n_out, dtype='float64').reshape(n_in, n_out) / 10, name='W', borrow=True)
        self.b = theano.shared(value=np.zeros((n_out,), dtype='float64'), name='b', borrow=True)
        self.p_y_given_x = T.nnet.softmax(T.dot(input, self.W) + self.b)
        self.y_pred = T.argmax(self.p_y_given_x, axis=1)
        self.params = [self.W, self.b]
        self.input = input


x = T.matrix('x')
clf = LogisticRegression(x, 3, 2)
data = pickle.dumps(clf)
loaded = pickle.loads(data)
predict = theano.function(inputs=[loaded.input], outputs=loaded.y_pred)
show('pred', predict(np.eye(3)))
loaded.W.set_value(-loaded.W.get_value())
show('pred after', predict(np.eye(3)))
show('orig W', clf.W.get_value())
srng = RandomStreams(seed=4)
u = srng.uniform((2,))
f = theano.function([], u)
show('u', f())
state = pickle.dumps(srng)
srng2 = pickle.loads(state)
show('u', f())
W2 = copy.deepcopy(clf.W)
W2.set_value(np.zeros((3, 2)))
show('W orig', clf.W.get_value())
print(type(srng2).__name__)
