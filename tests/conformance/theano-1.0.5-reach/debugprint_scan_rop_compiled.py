# Covers: compiled debugprints of T.Rop through a scan as users compile it: the R-operator of a tanh recurrence's states along its recurrent weight (the sequence's evaluation point, zeros sliced twice, becomes an Alloc whose size Theano folds from the merged slice), and the states and their R-operator compiled together, where Theano's scan_merge makes the forward loop and rop_of_scan_fn one loop (rop_of_scan_fn&scan_fn, its inputs renamed with the index of their loop, the outer W and V too); values.
import numpy as np
import theano
import theano.tensor as T

x = T.dvector('x')
W = T.dscalar('W')
h0 = T.dscalar('h0')
v = T.dscalar('v')
hs, _ = theano.scan(lambda x_t, h, w: T.tanh(x_t + h * w), sequences=x, outputs_info=h0,
                    non_sequences=W)
f = theano.function([x, W, h0, v], T.Rop(hs, W, v))
theano.printing.debugprint(f)
print(f(np.array([0.1, 0.2, 0.3]), 0.5, 0.2, 1.0).tolist())

X = T.dmatrix('X')
M = T.dmatrix('M')
V = T.dmatrix('V')
rnn, _ = theano.scan(lambda x_t, h, m: T.tanh(T.dot(h, m) + x_t), sequences=X,
                     outputs_info=T.zeros((2,)), non_sequences=M)
g = theano.function([X, M, V], [rnn, T.Rop(T.sum(rnn ** 2), M, V)])
theano.printing.debugprint(g)
for value in g(np.arange(6.0).reshape(3, 2) / 10, np.eye(2) * 0.5, np.ones((2, 2))):
    print(np.asarray(value).round(12).tolist())
