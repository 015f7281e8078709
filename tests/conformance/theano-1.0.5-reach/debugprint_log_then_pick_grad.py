# Covers: debugprint of the rnnslu tutorial's last-word cost -T.log(p)[y] (the log taken before the pick) on a softmax row, compiled alone and with its SGD update: alone, Theano lifts the pick through the log and merges the indices (-log(softmax(...)[0, y])); with the gradient, zeros_like(log(p)) reads the log during canonicalize, so the pick stays after the log (local_subtensor_lift runs in canonicalize only); values.
import numpy as np
import theano
import theano.tensor as T

W = theano.shared(np.arange(6.0).reshape(2, 3) / 10, name='W')
v = T.dvector('v')
y = T.iscalar('y')
p = T.nnet.softmax(T.dot(v, W))[0]
nll = -T.log(p)[y]
f0 = theano.function([v, y], nll)
print(float(f0(np.array([1.0, 2.0]), 1)))
theano.printing.debugprint(f0)
g = T.grad(nll, W)
f = theano.function([v, y], nll, updates=[(W, W - 0.1 * g)])
print(float(f(np.array([1.0, 2.0]), 1)))
print(float(f(np.array([1.0, 2.0]), 2)))
print(W.get_value().tolist())
theano.printing.debugprint(f)
