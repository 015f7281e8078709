# Covers: a scan with go_backwards=True and n_steps=3 over a 4-row sequence with a vector non_sequence and an MRG normal draw per step: two calls with the updates, the gradient w.r.t. the non_sequence compiled with the updates, the compiled debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())

mrg = MRG_RandomStreams(seed=5)
x = T.dmatrix('x')
w = T.dvector('w')
def step(xt, prev, w):
    noise = mrg.normal(size=(2,), std=0.01)
    return prev * 0.5 + T.dot(xt, w) + noise
out, upd = theano.scan(step, sequences=x, outputs_info=T.zeros((2,), dtype='float64'), non_sequences=w,
                       go_backwards=True, n_steps=3, name='back')
f = theano.function([x, w], out, updates=upd)
X = np.arange(8.0).reshape(4, 2)
show("o1", f(X, np.array([1., 2.])))
show("o2", f(X, np.array([1., 2.])))
g = T.grad(out.sum(), w)
fg = theano.function([x, w], g, updates=upd)
show("g", fg(X, np.array([1., 2.])))
theano.printing.debugprint(f)
