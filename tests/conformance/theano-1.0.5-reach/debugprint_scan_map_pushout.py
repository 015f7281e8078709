# Covers: debugprint of compiled scans that the optimizer removes: an elementwise theano.map over a sequence (x * 2) and a scan whose step only reads a non_sequence are pushed out of the loop (no scan node left) (left as Elemwise over a Subtensor of x); and the values of a recurrence (cumulative product) that stays a scan.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
c = T.dscalar('c')
doubled, _ = theano.map(lambda v: v * 2, sequences=x)
f = theano.function([x], doubled, name='map_double')
theano.printing.debugprint(f)
show("doubled", f(np.array([1.0, 2.0, 3.0])))
plus, _ = theano.scan(lambda v, c_: v + T.exp(c_), sequences=x, non_sequences=c)
g = theano.function([x, c], plus, name='map_plus_exp')
theano.printing.debugprint(g)
show("plus", g(np.array([1.0, 2.0]), 0.0))
acc, _ = theano.scan(lambda v, a: a * v, sequences=x, outputs_info=T.constant(np.float64(1.0)))
h = theano.function([x], acc, name='cumprod_scan')
show("cumprod", h(np.array([1.0, 2.0, 3.0])))
