# Covers: debugprint of a compiled function reading a minibatch through givens (x: data_x[index * 4:(index + 1) * 4]) into a dot: Theano's Gemv allocates its output with the slice's length computed from the slice bounds as the script wrote them ((index + 1) * 4, index * 4: its ShapeFeature keeps the shape graph made when the node was imported, after canonicalize rewrote the bounds to 4 * (1 + index)).
import numpy as np
import theano
import theano.tensor as T

data_x = theano.shared(np.arange(24.).reshape(12, 2), name='data_x')
index = T.lscalar('index')
w = theano.shared(np.ones(2), name='w')
x = T.matrix('x')
f = theano.function([index], T.dot(x, w), givens={x: data_x[index * 4:(index + 1) * 4]})
print(f(1).tolist())
theano.printing.debugprint(f)
