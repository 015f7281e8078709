# Covers: T.grad of elementwise costs: sum(exp(x) * tanh(x) + x ** 2 / (1 + x)), sum(sqrt(x) * log(x)), sum(abs(x - 0.5) + maximum(x, 0.3)), sum(sigmoid(x) * x ** 3); gradient values, and debugprint of the compiled gradient (fused Composites).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
xv = np.array([0.2, 0.7, 1.3])
costs = [("exp_tanh", T.sum(T.exp(x) * T.tanh(x) + x ** 2 / (1 + x))),
         ("sqrt_log", T.sum(T.sqrt(x) * T.log(x))),
         ("abs_max", T.sum(abs(x - 0.5) + T.maximum(x, 0.3))),
         ("sigmoid_cube", T.sum(T.nnet.sigmoid(x) * x ** 3))]
for label, c in costs:
    g = T.grad(c, x)
    f = theano.function([x], [c, g], name=label)
    cv, gv = f(xv)
    print(label, float(cv))
    show("grad", gv)
f = theano.function([x], T.grad(costs[0][1], x), name='g_exp_tanh')
theano.printing.debugprint(f)
