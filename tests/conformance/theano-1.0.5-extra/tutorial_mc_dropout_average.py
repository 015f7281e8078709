# Covers: Monte-Carlo dropout averaging: a fixed input through a shared linear layer with a binomial(p=0.8) mask scaled by 1/0.8, the prediction averaged over several calls in Python, a frozen function (no_default_updates=True) giving the same mask each call, and the deterministic output.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=8080)
W = theano.shared(np.array([[0.5, -1.0], [1.5, 0.25], [-0.5, 2.0]]), name='W')
x = T.dvector('x')
mask = srng.binomial((3,), n=1, p=0.8, dtype='float64')
pred_mc = T.dot(x * mask / 0.8, W)
pred = T.dot(x, W)
mc = function([x], [pred_mc, mask], name='mc')
frozen = function([x], pred_mc, no_default_updates=True, name='frozen')
det = function([x], pred, name='det')
xv = np.array([1.0, 2.0, 3.0])
preds = []
for i in range(4):
    pv, mv = mc(xv)
    preds.append(pv)
    show("pred%d" % i, pv)
    show("mask%d" % i, mv)
show("avg", np.mean(preds, axis=0))
show("frozen1", frozen(xv))
show("frozen2", frozen(xv))
show("det", det(xv))
print("--- mc")
theano.printing.debugprint(mc)
