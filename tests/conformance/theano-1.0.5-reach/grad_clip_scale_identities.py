# Covers: theano.gradient.grad_clip, grad_scale, zero_grad, disconnected_grad and consider_constant: the raw gradient (GradClip/GradScale nodes, the clip of the incoming gradient, the scaled gradient), the compiled graphs with the identities removed (a zero_grad gradient becomes an Alloc of ones), the values, and the uncompiled ConsiderConstant node.
import numpy as np
import theano, theano.tensor as T
x = T.dvector('x')
f = theano.function([x], T.grad(T.sum(theano.gradient.zero_grad(x)**2 + x), x))
theano.printing.debugprint(f)
g = theano.function([x], theano.gradient.zero_grad(x)*2)
theano.printing.debugprint(g)
h = theano.function([x], theano.gradient.disconnected_grad(x)*2 + theano.gradient.grad_clip(x, -1, 1) + theano.gradient.grad_scale(x, 3.))
theano.printing.debugprint(h)
y = theano.gradient.grad_clip(x, -0.5, 0.5) ** 2 + theano.gradient.grad_scale(x, -2.) * 3
gy = T.grad(T.sum(y), x)
theano.printing.debugprint(gy)
k = theano.function([x], gy)
theano.printing.debugprint(k)
print(k(np.array([1.0, 0.1, -3.0])))
theano.printing.debugprint(theano.gradient.consider_constant(x) * 2)
