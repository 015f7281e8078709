# Covers: debugprint of a compiled theano.gradient.hessian of a scan cost (a 3-step recurrence h = tanh(h * w) with w a non-sequence vector): hessian's own scan over arange(w.shape[0]) holds the gradient loop of the recurrence and its gradient, and the push-out moves the loop-invariant loops out of its step; values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


w = T.vector('w')
x0 = T.vector('x0')
xs, _ = theano.scan(lambda h, w: T.tanh(h * w), outputs_info=[x0], non_sequences=[w], n_steps=3)
cost = T.sum(xs[-1] ** 2)
H = theano.gradient.hessian(cost, w)
f = theano.function([x0, w], H)
theano.printing.debugprint(f)
show("H", np.round(f(np.array([0.5, -0.2, 0.1]), np.array([0.3, 0.7, -0.4])), 10))
