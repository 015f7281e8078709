# Covers: compiled gradients of powers with the exponents Theano's specialize rewrites (local_pow_specialize: 2, 1, 0, 0.5, -0.5, -1, -2): a weight-norm penalty T.sum(W ** 2) ** 0.5, Adam's update with v_hat ** 0.5, an inverse-distance kernel (d ** -1, d ** -2) and x ** -0.5; the gradient's x ** (p - 1) factors become sqrt, inv(sqrt(x)), inv(x) and inv(sqr(x)) inside the fused Composite; debugprint of each compiled function and its values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
W = theano.shared(np.arange(1.0, 7.0).reshape(3, 2) / 10, name='W')
data = np.arange(1.0, 13.0).reshape(4, 3) / 6

norm_cost = T.mean(T.dot(x, W)) + 0.01 * T.sum(W ** 2) ** 0.5
f_norm = theano.function([x], T.grad(norm_cost, W), name='f_norm')
theano.printing.debugprint(f_norm)
show("dW", f_norm(data))

m = theano.shared(np.zeros((3, 2)), name='m')
v = theano.shared(np.zeros((3, 2)), name='v')
t = theano.shared(np.asarray(0.0), name='t')
g = T.grad(T.mean(T.tanh(T.dot(x, W))), W)
t1 = t + 1
m1 = 0.9 * m + 0.1 * g
v1 = 0.999 * v + 0.001 * g ** 2
m_hat = m1 / (1 - 0.9 ** t1)
v_hat = v1 / (1 - 0.999 ** t1)
adam = theano.function([x], [], updates=[(m, m1), (v, v1), (t, t1),
                                         (W, W - 0.01 * m_hat / (v_hat ** 0.5 + 1e-8))], name='adam')
theano.printing.debugprint(adam)
for step in range(2):
    adam(data)
show("W", W.get_value())

d = T.dmatrix('d')
kernel = T.sum(d ** -1 + 0.5 * d ** -2 + d ** -0.5 + d ** 0)
f_kernel = theano.function([d], [kernel, T.grad(kernel, d)], name='f_kernel')
theano.printing.debugprint(f_kernel)
k, dk = f_kernel(data)
print("kernel", float(k))
show("dk", dk)
