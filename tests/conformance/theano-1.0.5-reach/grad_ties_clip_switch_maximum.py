# Covers: gradients at ties and boundaries: T.maximum/T.minimum with equal arguments, T.clip at and inside its bounds (scalar and tensor bounds), T.switch with a condition on the input itself, abs at zero, T.max over rows with repeated maxima, sort-free argmax selection, relu at 0 (T.nnet.relu), sqrt at a positive value and T.sgn; each gradient printed for the same inputs.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
y = T.dvector('y')
lo = T.dscalar('lo')
xv = np.array([-1.0, 0.0, 1.0, 2.0, 2.0])
yv = np.array([-1.0, 1.0, 1.0, 0.0, 2.0])
costs = [
    ('maximum', T.maximum(x, y).sum()),
    ('minimum', T.minimum(x, y).sum()),
    ('maximum_const', T.maximum(x, 1.0).sum()),
    ('clip', T.clip(x, 0.0, 2.0).sum()),
    ('clip_tensor', T.clip(x, lo, y).sum()),
    ('switch', T.switch(x > 0, x ** 2, -x).sum()),
    ('switch_eq', T.switch(T.eq(x, y), x * 10, x).sum()),
    ('abs', abs(x).sum()),
    ('max', T.max(T.stack([x, y]), axis=0).sum()),
    ('max_all', T.max(x)),
    ('relu', T.nnet.relu(x).sum()),
    ('relu_leaky', T.nnet.relu(x, 0.1).sum()),
    ('sgn', (T.sgn(x) * x).sum()),
]
for name, cost in costs:
    wrt = [x, y, lo]
    g = T.grad(cost, wrt, disconnected_inputs='ignore')
    f = theano.function([x, y, lo], g, on_unused_input='ignore')
    for v in f(xv, yv, 0.0):
        show(name, v)
f = theano.function([x, y], T.grad(T.maximum(x, y).sum(), x))
theano.printing.debugprint(f)
f = theano.function([x], T.grad(T.clip(x, 0.0, 2.0).sum(), x))
theano.printing.debugprint(f)
