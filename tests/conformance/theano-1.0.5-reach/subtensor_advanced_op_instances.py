# Covers: theano.tensor's advanced-indexing op instances called directly: advanced_inc_subtensor1 / advanced_set_subtensor1 / advanced_subtensor1 (x, y, ilist order; repeated indices accumulate for inc), advanced_subtensor and advanced_inc_subtensor with several index vectors; their str, values, compiled debugprints and a gradient through advanced_subtensor1.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


E = theano.shared(np.arange(6.0).reshape(3, 2), name='E')
idx = T.ivector('idx'); delta = T.dmatrix('delta')
print(T.advanced_inc_subtensor1, T.advanced_set_subtensor1, T.advanced_subtensor1)
a = T.advanced_inc_subtensor1(E, delta, idx)
s = T.advanced_set_subtensor1(E, delta, idx)
p = T.advanced_subtensor1(E, idx)
f = theano.function([idx, delta], [a, s, p])
for v in f(np.array([2, 0, 2], dtype='int32'), np.ones((3, 2))):
    show('v', v)
theano.printing.debugprint(f)
r = T.lvector('r'); c = T.lvector('c')
q = T.advanced_subtensor(E, r, c)
w = T.advanced_inc_subtensor(E, T.constant(np.array([10.0, 20.0])), r, c)
g = theano.function([r, c], [q, w])
for v in g(np.array([0, 2]), np.array([1, 0])):
    show('g', v)
theano.printing.debugprint(g)
h = theano.function([idx], T.grad(T.sum(T.advanced_subtensor1(E, idx) ** 2), E))
show('h', h(np.array([1, 1], dtype='int32')))
theano.printing.debugprint(h)
