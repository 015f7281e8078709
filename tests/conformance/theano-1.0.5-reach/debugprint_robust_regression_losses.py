# Covers: compiled gradients of robust regression losses as users write them: Cauchy log(1 + r ** 2), pseudo-Huber sqrt(1 + r ** 2) - 1, a log1p link mean(log1p(dot(x, w) + b)), an inverse kernel 1 / (1 + r ** 2), Poisson exp(eta) - y * eta, log(cosh(r)) and Tukey's 1 - (1 - (r / 4) ** 2) ** 3; the gradient's 1 + (dot(x, w) + b) stays a sum over a shared node until Theano's add canonizer flattens it (local_upcast_elemwise_constant_inputs casts bare constants only, not a DimShuffle of one), so fusion gives log1p its own Composite; debugprint of each compiled function, then losses and gradients.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
y = T.dvector('y')
w = theano.shared(np.array([0.1, -0.2, 0.3]), name='w')
b = theano.shared(0.5, name='b')
r = y - (T.dot(x, w) + b)
costs = [("cauchy", T.mean(T.log(1 + T.sqr(r)))),
         ("pseudo_huber", T.mean(T.sqrt(1 + T.sqr(r)) - 1)),
         ("log1p", T.mean(T.log1p(T.dot(x, w) + b))),
         ("inv_kernel", T.mean(1 / (1 + T.sqr(r)))),
         ("poisson", T.mean(T.exp(T.dot(x, w) + b) - y * (T.dot(x, w) + b))),
         ("logcosh", T.mean(T.log(T.cosh(r)))),
         ("tukey", T.mean(1 - (1 - T.sqr(r / 4)) ** 3))]
data_x = np.arange(12.0).reshape(4, 3) / 10
data_y = np.array([0.5, -1.0, 2.0, 0.25])
for name, c in costs:
    gw, gb = T.grad(c, [w, b])
    f = theano.function([x, y], [c, gw, gb], on_unused_input='ignore', name=name)
    print(name)
    theano.printing.debugprint(f)
    loss, dw, db = f(data_x, data_y)
    print("loss", float(loss))
    show("dw", dw)
    print("db", float(db))
