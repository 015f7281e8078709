# Covers: ReLU-style ops on draws with shared bounds: T.maximum(n, 0), T.clip(n, lo, hi) with shared scalar bounds, T.switch(n > x, n, x) with an input, T.minimum(u, hi) and abs(n) - T.maximum(n, 0); bounds changed with set_value between calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=141)
lo = theano.shared(-0.5, name='lo')
hi = theano.shared(0.5, name='hi')
x = T.dvector('x')
n = srng.normal((4,))
u = srng.uniform((4,))
outs = [T.maximum(n, 0), T.clip(n, lo, hi), T.switch(n > x, n, x), T.minimum(u, hi), abs(n) - T.maximum(n, 0), n]
f = theano.function([x], outs, name='relu')
names = ["relu", "clip", "switch", "min_u", "neg_part", "n"]
xv = np.array([0.0, 0.5, -0.5, 1.0])
for nm, v in zip(names, f(xv)):
    show(nm + "_0", v)
lo.set_value(-2.0)
hi.set_value(0.1)
for nm, v in zip(names, f(xv)):
    show(nm + "_1", v)
theano.printing.debugprint(f)
