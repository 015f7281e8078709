# Covers: T.nnet.ultra_fast_sigmoid, T.nnet.hard_sigmoid and T.nnet.sigmoid of one dot compiled together (values and debugprint), hard_sigmoid's gradient (values and debugprint), and binary_crossentropy of a sigmoid with its gradient compiled (values and debugprint).
import numpy as np
import theano
import theano.tensor as T
x = T.dmatrix('x')
w = theano.shared(np.array([0.5, -1.0]), name='w')
a = T.nnet.ultra_fast_sigmoid(T.dot(x, w))
b = T.nnet.hard_sigmoid(T.dot(x, w))
c = T.nnet.sigmoid(T.dot(x, w))
f = theano.function([x], [a, b, c])
for v in f(np.array([[1.0, 2.0], [-3.0, 0.5]])):
    print(v.round(12).tolist())
theano.printing.debugprint(f)
gb = T.grad(b.sum(), w)
g = theano.function([x], gb)
print(g(np.array([[1.0, 2.0], [-3.0, 0.5]])).tolist())
theano.printing.debugprint(g)
y = T.dvector('y')
cost = T.nnet.binary_crossentropy(c, y).mean()
h = theano.function([x, y], [cost, T.grad(cost, w)])
print([np.asarray(v).round(12).tolist() for v in h(np.array([[1.0, 2.0], [-3.0, 0.5]]), np.array([1.0, 0.0]))])
theano.printing.debugprint(h)
