# Covers: truncate_gradient: gradient of the last state of a linear recurrence h_t = a * h_{t-1} + x_t w.r.t. the sequence x and the scalar a, with truncate_gradient=-1 (full BPTT), 1 and 2; values of each gradient.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
a = T.dscalar('a')
xv = np.array([1.0, 2.0, 3.0, 4.0])
for tg in [-1, 1, 2]:
    h, _ = theano.scan(lambda xt, hp, a_: a_ * hp + xt, sequences=x, outputs_info=T.constant(np.float64(1.0)),
                       non_sequences=a, truncate_gradient=tg)
    cost = h[-1] + T.sum(h)
    gx, ga = T.grad(cost, [x, a])
    f = theano.function([x, a], [cost, gx, ga], name='tg%d' % tg)
    c, gxv, gav = f(xv, 0.5)
    print("truncate", tg, "cost", float(c))
    show("gx", gxv)
    show("ga", gav)
