# Covers: the tutorial's "Derivatives in Theano" page: gy = T.grad(x ** 2, x) and pp(gy) before compiling, f(4) and f(94.2), pp(f.maker.fgraph.outputs[0]) after, the logistic's gradient s * (1 - s) on a matrix, the Jacobian by theano.scan over T.arange(y.shape[0]) and the Hessian of a sum of cubes, the R-operator T.Rop(T.dot(x, W), W, V) and the L-operator T.Lop(T.dot(x, W), W, v), and a Hessian-times-vector both by grad of a dot and by Rop of the gradient.
import numpy as np
import theano
import theano.tensor as T
from theano import pp


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dscalar('x')
y = x ** 2
gy = T.grad(y, x)
print(pp(gy))
f = theano.function([x], gy)
print(float(f(4)), float(f(94.2)))
print(pp(f.maker.fgraph.outputs[0]))
m = T.dmatrix('m')
s = T.sum(1 / (1 + T.exp(-m)))
gs = T.grad(s, m)
dlogistic = theano.function([m], gs)
show("dlogistic", dlogistic([[0, 1], [-1, -2]]))
xv = T.dvector('xv')
yv = xv ** 2
J, updates = theano.scan(lambda i, yv, xv: T.grad(yv[i], xv), sequences=T.arange(yv.shape[0]),
                         non_sequences=[yv, xv])
fj = theano.function([xv], J, updates=updates)
show("jacobian", fj([4, 4]))
cost = T.sum(xv ** 3)
gc = T.grad(cost, xv)
H, updates = theano.scan(lambda i, gc, xv: T.grad(gc[i], xv), sequences=T.arange(gc.shape[0]),
                         non_sequences=[gc, xv])
fh = theano.function([xv], H, updates=updates)
show("hessian", fh([4, 4]))
W = T.dmatrix('W')
V = T.dmatrix('V')
xr = T.dvector('xr')
yr = T.dot(xr, W)
JV = T.Rop(yr, W, V)
frop = theano.function([W, V, xr], JV)
show("rop", frop([[1, 1], [1, 1]], [[2, 2], [2, 2]], [0, 1]))
v = T.dvector('v')
VJ = T.Lop(yr, W, v)
flop = theano.function([v, xr], VJ)
show("lop", flop([2, 2], [0, 1]))
xh = T.dvector('xh')
vh = T.dvector('vh')
yh = T.sum(xh ** 2)
gyh = T.grad(yh, xh)
vH = T.grad(T.sum(gyh * vh), xh)
fvh = theano.function([xh, vh], vH)
show("hv_grad", fvh([4, 4], [2, 2]))
Hv = T.Rop(gyh, xh, vh)
frh = theano.function([xh, vh], Hv)
show("hv_rop", frh([4, 4], [2, 2]))
