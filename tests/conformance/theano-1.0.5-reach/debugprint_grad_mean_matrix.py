# Covers: compiled gradients of means over a matrix where nothing multiplies the mean's 1 / (rows * cols): T.grad(T.mean(T.dot(X, W)), W), T.grad(T.mean(X), X), the mean of a matrix with a bias and a scalar scale, and a mean over a 3-d tensor; Theano's mul canonizer keeps 1 / rows when 1 is all its numerator holds, so the compiled graph divides inv(rows) by cols (Composite{(inv(i0) / i1)}); debugprint of each compiled function and its values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


X = T.dmatrix('X')
T3 = T.dtensor3('T3')
W = theano.shared(np.arange(6.0).reshape(3, 2) / 10, name='W')
b = theano.shared(np.zeros(2), name='b')
data = np.arange(12.0).reshape(4, 3) / 12

f_dot = theano.function([X], T.grad(T.mean(T.dot(X, W)), W), name='f_dot')
theano.printing.debugprint(f_dot)
show("dW", f_dot(data))

f_self = theano.function([X], T.grad(T.mean(X), X), name='f_self')
theano.printing.debugprint(f_self)
show("dX", f_self(data))

gW, gb = T.grad(0.5 * T.mean(T.dot(X, W) + b), [W, b])
f_bias = theano.function([X], [gW, gb], name='f_bias')
theano.printing.debugprint(f_bias)
for name, v in zip(["dW", "db"], f_bias(data)):
    show(name, v)

f_t3 = theano.function([T3], T.grad(T.mean(T3), T3), name='f_t3')
theano.printing.debugprint(f_t3)
show("dT3", f_t3(np.ones((2, 2, 3))))
