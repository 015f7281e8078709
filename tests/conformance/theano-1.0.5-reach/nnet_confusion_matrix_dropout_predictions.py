# Covers: theano.tensor.nnet.confusion_matrix of labels against the predictions of a softmax layer whose input is masked by an MRG_RandomStreams binomial (two calls: the mask moves), its compiled debugprint (Unique of the joined labels, one-hot comparisons, the product) and the error rate; the docstring's example.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.nnet import confusion_matrix
from theano.sandbox.rng_mrg import MRG_RandomStreams
mrg = MRG_RandomStreams(seed=8)
x = T.matrix('x')
y = T.ivector('y')
W = theano.shared(np.arange(6.).reshape(3, 2) / 4 - 0.5, name='W')
h = T.dot(x * mrg.binomial(x.shape, p=0.8, dtype='float64'), W)
pred = T.argmax(T.nnet.softmax(h), axis=1)
cm, order = confusion_matrix(y, pred)
f = theano.function([x, y], [cm, order, T.mean(T.neq(pred, y))])
theano.printing.debugprint(f)
X = np.arange(15.).reshape(5, 3) % 4 - 1
for k in range(2):
    print(f(X, np.array([0, 1, 1, 0, 1], dtype='int32')))
print(theano.function([y], confusion_matrix(y, y[::-1]))(np.array([2, 0, 2, 2, 0, 1], dtype='int32')))
