# Covers: compiled debugprint of the gradient of a recurrence h_t = tanh(h_{t-1}) * 2 over 3 steps with respect to its initial state (both loops written in place, the forward outputs read reversed and sliced by the gradient loop); values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


h0 = T.dvector('h0')
out, _ = theano.scan(lambda s: T.tanh(s) * 2.0, outputs_info=h0, n_steps=3, name='rec')
k = theano.function([h0], T.grad(out.sum(), h0), name='rec_grad')
theano.printing.debugprint(k)
show("rec_grad", k(np.array([1.0, -0.5])))
