# Covers: Hessian-vector products through a scan: T.Lop(T.grad(cost, W), W, V) and T.grad(T.sum(T.grad(cost, W) * V), W) of a small tanh RNN's cost (the gradient loop differentiated again, both equal), the same for two parameters at once (T.Lop with lists of gradients and directions), and T.Rop of the gradient: Theano 1.0.5 builds the R_op of the gradient loop but fails when it compiles it; values and the error type.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


X = T.dmatrix('X')
W = theano.shared(np.array([[0.3, -0.2], [0.1, 0.4]]), name='W')
U = theano.shared(np.array([[0.7, 0.1], [-0.4, 0.2]]), name='U')
V = T.dmatrix('V')
rnn, _ = theano.scan(lambda x_t, h: T.tanh(T.dot(h, W) + T.dot(x_t, U)), sequences=X,
                     outputs_info=T.zeros((2,)))
cost = (rnn ** 2).sum() + rnn[-1].sum()
gW = T.grad(cost, W)
xv = np.arange(6.0).reshape(3, 2) / 10 - 0.2
vv = np.array([[1.0, 0.0], [0.5, -1.0]])
f = theano.function([X, V], [T.Lop(gW, W, V), T.grad(T.sum(gW * V), W)])
for name, value in zip(["Hv Lop", "Hv grad"], f(xv, vv)):
    show(name, value)
gW2, gU = T.grad(cost, [W, U])
V2 = T.dmatrix('V2')
both = T.Lop([gW2, gU], [W, U], [V, V2])
show_both = theano.function([X, V, V2], both)(xv, vv, vv[::-1] * 2)
show("H[W,U] (V, V2) for W", show_both[0])
show("H[W,U] (V, V2) for U", show_both[1])
try:
    Hv_rop = T.Rop(gW, W, V)
    theano.function([X, V], Hv_rop)(xv, vv)
except Exception as e:
    print(type(e).__name__)
