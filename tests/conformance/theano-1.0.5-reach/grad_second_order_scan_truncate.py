# Covers: second-order gradients through a scan whose gradient is truncated (truncate_gradient=2 on a 5-step tanh recurrence, so the first-order gradient loop runs two steps and both loops are differentiated): the first and second derivative of the summed states with respect to the recurrent weight, the second derivative with respect to the input sequence (its rows outside the truncation zero), a mixed derivative with respect to the initial state, and the same with truncate_gradient=-1 for comparison; values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
w = T.dscalar('w')
h0 = T.dscalar('h0')
for trunc in [2, -1]:
    hs, _ = theano.scan(lambda x_t, h: T.tanh(w * h + x_t), sequences=x, outputs_info=h0,
                        truncate_gradient=trunc)
    cost = (hs ** 2).sum()
    gw = T.grad(cost, w)
    gx = T.grad(cost, x)
    f = theano.function([x, w, h0], [gw, T.grad(gw, w), T.grad(gx.sum(), x), T.grad(gw, h0),
                                     T.grad(gx.sum(), w)])
    out = f(np.array([0.3, -0.1, 0.2, 0.4, -0.2]), 0.7, 0.5)
    print("truncate_gradient", trunc)
    print("gw", repr(float(out[0])))
    print("d2/dw2", repr(float(out[1])))
    show("d(sum gx)/dx", out[2])
    print("d2/dw dh0", repr(float(out[3])))
    print("d(sum gx)/dw", repr(float(out[4])))
