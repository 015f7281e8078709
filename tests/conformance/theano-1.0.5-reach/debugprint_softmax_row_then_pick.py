# Covers: debugprint of an index taken after an index, as a classifier on one vector writes it: T.nnet.softmax(v)[0] then p[y] for an int32 and an int64 label (-T.log of it), and m[0][y] of a matrix; Theano's local_subtensor_merge makes x[0][y] one Subtensor{int64, int32} (x[0, y]); values.
import numpy as np
import theano
import theano.tensor as T

v = T.dvector('v')
y = T.iscalar('y')
yl = T.lscalar('yl')
p = T.nnet.softmax(v)[0]
f = theano.function([v, y], -T.log(p[y]))
print(float(f(np.array([0.1, 0.5, -0.2]), 1)))
theano.printing.debugprint(f)
m = T.dmatrix('m')
g = theano.function([m, y], m[0][y])
print(float(g(np.arange(6.0).reshape(2, 3), 2)))
theano.printing.debugprint(g)
g2 = theano.function([m, yl], m[0][yl])
print(float(g2(np.arange(6.0).reshape(2, 3), -1)))
theano.printing.debugprint(g2)
h = theano.function([v, yl], -T.log(p[yl]))
print(float(h(np.array([0.1, 0.5, -0.2]), 2)))
theano.printing.debugprint(h)
