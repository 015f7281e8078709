# Covers: T.hessian (theano.gradient.hessian: a scan over the gradient's entries, each T.grad of one entry) of a cost computed through a scan: a tanh recurrence whose two coefficients are one parameter vector, the cost the sum of squared states, and the Hessian with respect to a vector of non-sequences given to the step; values of the cost, gradient and Hessian on two inputs.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
p = T.dvector('p')
hs, _ = theano.scan(lambda x_t, h: T.tanh(p[0] * h + p[1] * x_t), sequences=x,
                    outputs_info=T.constant(0.1, dtype='float64'))
cost = (hs ** 2).sum()
H = T.hessian(cost, p)
f = theano.function([x, p], [cost, T.grad(cost, p), H])
for xv, pv in [([0.5, -0.3, 0.8], [0.9, 1.2]), ([1.0, 0.2, -0.4, 0.3], [-0.5, 0.7])]:
    c, g, h = f(np.array(xv), np.array(pv))
    print("cost", repr(float(c)))
    show("grad", g)
    show("hessian", h)

q = T.dvector('q')
ys, _ = theano.scan(lambda h, a, b: T.sin(a * h) + b, outputs_info=T.constant(0.3, dtype='float64'),
                    non_sequences=[q[0], q[1]], n_steps=4)
H2 = theano.gradient.hessian(ys[-1], q)
show("hessian_nonseq", theano.function([q], H2)(np.array([1.1, -0.2])))
