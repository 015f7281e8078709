# Covers: T.nnet.binary_crossentropy(sigmoid(z), t) and the written-out -t log(s) - (1 - t) log(1 - s), their means and gradients w.r.t. the logits, large logits (stability), and debugprint of the compiled cost (log(sigmoid) rewritten to softplus).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


z = T.dvector('z')
t = T.dvector('t')
s = T.nnet.sigmoid(z)
bce = T.mean(T.nnet.binary_crossentropy(s, t))
manual = T.mean(-t * T.log(s) - (1 - t) * T.log(1 - s))
zv = np.array([-2.0, 0.0, 1.5, 30.0, -30.0])
tv = np.array([0.0, 1.0, 1.0, 0.0, 1.0])
for label, c in [("bce", bce), ("manual", manual)]:
    f = theano.function([z, t], [c, T.grad(c, z)], name=label)
    cv, gv = f(zv, tv)
    print(label, float(cv))
    show("grad", gv)
theano.printing.debugprint(theano.function([z, t], bce, name='bce_cost'))
print("---")
theano.printing.debugprint(theano.function([z, t], manual, name='manual_cost'))
