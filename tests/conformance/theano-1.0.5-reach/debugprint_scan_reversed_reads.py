# Covers: compiled scans whose outputs are read reversed and sliced as a gradient loop reads them (no T.grad): a tanh recurrence over a sequence of symbolic length read as hs[::-1], hs[:-1][::-1] and hs[-2::-1], a second theano.scan mapping over hs[::-1] (its elementwise step pushed out of the loop), and recurrences over x[:-1] and over x[1:] and x[2:] with a symbolic n_steps, read at [-1] (Theano's scan_save_mem and local_subtensor_merge on the slice arithmetic); debugprint of each compiled function and its values.
import numpy as np
import theano
import theano.tensor as T

x = T.dmatrix('x')
n = T.lscalar('n')
W = theano.shared(np.array([[0.5, -0.2], [0.1, 0.4]]), name='W')
h0 = T.zeros((2,))
hs, _ = theano.scan(lambda x_t, h: T.tanh(x_t + T.dot(h, W)), sequences=x, outputs_info=h0)
X = np.arange(10.0).reshape(5, 2) / 10

rev = theano.function([x], hs[::-1], name='rev')
theano.printing.debugprint(rev)
print(rev(X).tolist())
rev_but_last = theano.function([x], hs[:-1][::-1], name='rev_but_last')
theano.printing.debugprint(rev_but_last)
print(rev_but_last(X).tolist())
from_second_last = theano.function([x], hs[-2::-1], name='from_second_last')
theano.printing.debugprint(from_second_last)
print(from_second_last(X).tolist())

doubled, _ = theano.scan(lambda h_t: h_t * 2, sequences=hs[::-1])
back_map = theano.function([x], doubled.sum(), name='back_map')
theano.printing.debugprint(back_map)
print(repr(float(back_map(X))))

v = T.dvector('v')
acc = lambda s_t, a: a * 0.9 + s_t
zero = T.zeros(()).astype('float64')
but_last, _ = theano.scan(acc, sequences=v[:-1], outputs_info=zero)
f_but_last = theano.function([v], but_last[-1], name='f_but_last')
theano.printing.debugprint(f_but_last)
print(repr(float(f_but_last(np.arange(5.0)))))
skip1, _ = theano.scan(acc, sequences=v[1:], outputs_info=zero, n_steps=n)
f_skip1 = theano.function([v, n], skip1[-1], name='f_skip1')
theano.printing.debugprint(f_skip1)
print(repr(float(f_skip1(np.arange(5.0), 3))))
skip2, _ = theano.scan(acc, sequences=v[2:], outputs_info=zero, n_steps=n)
f_skip2 = theano.function([v, n], skip2[-1], name='f_skip2')
theano.printing.debugprint(f_skip2)
print(repr(float(f_skip2(np.arange(6.0), 2))))
