# Covers: compiled debugprint of the gradient of a 2-step accumulation acc_t = acc_{t-1} + x_t * w (scan with n_steps=2 and the last row read), with respect to the scalar non-sequence w and the initial value: Theano's grad_of_scan_fn loop after the loop rewrites (in place, save_mem); values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
w = T.dscalar('w')
a0 = T.dscalar('a0')
acc, _ = theano.scan(lambda x_t, s: s + x_t * w, sequences=x, outputs_info=a0, n_steps=2)
f = theano.function([x, w, a0], T.grad(acc[-1], [w, a0]), name='accumulate')
theano.printing.debugprint(f)
for name, v in zip(["dw", "da0"], f(np.array([1.5, -2.0]), 0.5, 1.0)):
    show(name, v)
