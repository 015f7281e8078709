# Covers: gradients through casts and shape ops: cast to float32 and back, cast to int (gradient is zero / disconnected), reshape, flatten, dimshuffle of a reshape, T.concatenate, T.stack and x.shape used in the cost; values and dtypes of each gradient.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
M = T.dmatrix('M')
xv = np.array([0.5, -1.0, 2.0, 3.0, 1.5, -0.5])
Mv = np.array([[1.0, 2.0], [3.0, 4.0]])
c_f32 = T.sum(T.cast(x, 'float32') ** 2)
show("g_cast_f32", theano.function([x], T.grad(c_f32, x))(xv))
c_int = T.sum(T.cast(x * 2, 'int64') * 1.0 + x)
show("g_cast_int", theano.function([x], T.grad(c_int, x))(xv))
c_resh = T.sum(x.reshape((2, 3)) * np.arange(6.0).reshape(2, 3))
show("g_reshape", theano.function([x], T.grad(c_resh, x))(xv))
c_flat = T.sum(M.flatten() * np.array([1.0, -1.0, 2.0, -2.0]))
show("g_flatten", theano.function([M], T.grad(c_flat, M))(Mv))
c_ds = T.sum(x.reshape((3, 2)).T[0] * 5)
show("g_reshape_T", theano.function([x], T.grad(c_ds, x))(xv))
c_cat = T.sum(T.concatenate([x, x[:2] * 3]) ** 2)
show("g_concat", theano.function([x], T.grad(c_cat, x))(xv))
c_stack = T.sum(T.stack([M[0], M[1] * 2]) ** 2)
show("g_stack", theano.function([M], T.grad(c_stack, M))(Mv))
c_shape = T.sum(x) * x.shape[0]
show("g_shape", theano.function([x], T.grad(c_shape, x))(xv))
