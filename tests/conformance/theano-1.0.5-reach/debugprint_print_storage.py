# Covers: theano.printing.debugprint(f, print_storage=True) of compiled training functions before and after calls: shared weights print their current values, constants their data, an input with a default (theano.In(value=...)) its value, required inputs and every computed variable [None] (Theano's VM frees them and clears the outputs after a call); a list [f, uncompiled] marks only the function's lines; with print_type and ids='int'.
import numpy as np
import theano
import theano.tensor as T
rng = np.random.RandomState(1234)
x = T.dmatrix('x'); lr = T.dscalar('lr')
W = theano.shared(np.round(rng.randn(3, 2), 2), name='W'); b = theano.shared(np.zeros(2), name='b')
y = T.nnet.sigmoid(T.dot(x, W) + b).sum()
gW, gb = T.grad(y, [W, b])
f = theano.function([x, theano.In(lr, value=0.5)], y, updates=[(W, W - lr * gW), (b, b - lr * gb)])
theano.printing.debugprint(f, print_storage=True)
print(float(f(np.ones((2, 3)))))
theano.printing.debugprint(f, print_storage=True, print_type=True, ids='int')
g = theano.function([x], [x.sum(), T.constant(3.)])
print(g(np.ones((1, 2))))
theano.printing.debugprint([g, x + 1], print_storage=True)
