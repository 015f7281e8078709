# Covers: debugprint of compiled scans whose sequence-only work Theano moves out of the loop (PushOutSeqScan): elementwise work on x[t] feeding a recurrence (computed once over x, read as a new first sequence), a row times a matrix non_sequence (the row dimshuffled over the whole sequence), a map with a random draw (the draw stays in the loop), a step ignoring its state (no loop left), a second output nothing in the step reads (it stays inside), and an index lifted through an elementwise product; values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
h0 = T.dscalar('h0')
acc, _ = theano.scan(lambda v, h: h * 0.5 + v * 2, sequences=x, outputs_info=h0)
f = theano.function([x, h0], acc, name='decayed_sum')
theano.printing.debugprint(f)
show("decayed_sum", f(np.array([1.0, 2.0, 3.0]), 1.0))
X = T.dmatrix('X')
W = T.dmatrix('W')
scaled, _ = theano.map(lambda r, w: r * w, sequences=X, non_sequences=W)
g = theano.function([X, W], scaled, name='row_times_matrix')
theano.printing.debugprint(g)
show("row_times_matrix", g(np.ones((3, 2)), np.arange(4.0).reshape(2, 2)))
srng = RandomStreams(seed=3)
noisy, upd = theano.map(lambda v: v * 2 + srng.normal(()), sequences=x)
h = theano.function([x], noisy, updates=upd, name='noisy_double')
theano.printing.debugprint(h)
show("noisy_double", h(np.array([1.0, 2.0, 3.0])))
ignored, _ = theano.scan(lambda v, s: v * 2, sequences=x, outputs_info=h0)
k = theano.function([x, h0], ignored, name='state_ignored')
theano.printing.debugprint(k)
show("state_ignored", k(np.array([1.0, 2.0, 3.0]), 5.0))
(tripled, running), _ = theano.scan(lambda v, s: [v * 3, s + v], sequences=x,
                                    outputs_info=[None, h0])
m = theano.function([x, h0], [tripled, running], name='two_outputs')
theano.printing.debugprint(m)
for name, v in zip(["tripled", "running"], m(np.array([1.0, 2.0]), 0.5)):
    show(name, v)
Y = T.dmatrix('Y')
rev = theano.function([X, Y], (X * Y)[::-1], name='reversed_product')
theano.printing.debugprint(rev)
show("reversed_product", rev(np.arange(4.0).reshape(2, 2), np.array([[1.0, 2.0], [3.0, 4.0]])))
