# Covers: scan argument forms together: a sequence with taps [0, -1], an output with taps [-1, -2] from a stacked initial value, explicit non_sequences (a shared matrix and a scalar input), a srng.uniform draw inside the step with low/high bounds, compiled with and without the scan's updates (the compiled debugprint of the last step read); a scan over T.arange(x.shape[0]) indexing a non_sequence; a go_backwards accumulation with truncate_gradient=2 and its gradient; values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=3)
x = T.dmatrix('x')
h0 = T.dvector('h0')
W = theano.shared(np.array([[0.3, -0.1], [0.2, 0.5]]), name='W')
c = T.dscalar('c')
def step(x_t, x_tm1, h_tm1, h_tm2, W_, c_):
    noise = srng.uniform((2,), low=-0.01, high=0.01)
    return T.tanh(T.dot(h_tm1, W_) + x_t - x_tm1 + c_ * h_tm2 + noise)
H, upd = theano.scan(step, sequences=dict(input=x, taps=[0, -1]),
                     outputs_info=dict(initial=T.stack([h0, h0 * 0.5]), taps=[-1, -2]),
                     non_sequences=[W, c], name='rec')
f = theano.function([x, h0, c], H, updates=upd)
g = theano.function([x, h0, c], H[-1])
X = np.arange(12.0).reshape(6, 2) / 10
print(f(X, np.array([0.1, -0.1]), 0.5).round(12).tolist())
print(g(X, np.array([0.1, -0.1]), 0.5).round(12).tolist())
print(g(X, np.array([0.1, -0.1]), 0.5).round(12).tolist())
theano.printing.debugprint(g)
def acc(i, total, xs):
    return total + xs[i] * i
total, _ = theano.scan(acc, sequences=T.arange(x.shape[0]), outputs_info=T.zeros_like(x[0]), non_sequences=x)
t = theano.function([x], total[-1])
print(t(X).tolist())
back, _ = theano.scan(lambda x_t, a: a + x_t, sequences=x, outputs_info=T.zeros_like(x[0]), go_backwards=True, truncate_gradient=2)
gb = T.grad(back[-1].sum(), x)
fb = theano.function([x], [back, gb])
print([v.tolist() for v in fb(X)])
