# Covers: set_subtensor of an alloc over a symbolic slice x[:m], compiled: local_useless_inc_subtensor_alloc turns the alloc into an Assert whose fused condition compares the alloc's shape with the slice's length; the same for the gradient of such a set_subtensor, where IncSubtensor.grad sets zeros_like(y) (the increment, not gz's slice) into gz, so the Assert compares Cast{int64}(m) with the slice length through a Composite with fresh 0 constants that merge only after fusion; advanced_set_subtensor1 and inc_subtensor gradients; uncompiled and compiled debugprints and values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.matrix('x')
v = T.vector('v')
m = T.iscalar('m')
xv = np.arange(6.0).reshape(3, 2)

y = T.set_subtensor(x[:m], T.alloc(1.5, m, 2))
f = theano.function([x, m], y, name='f_set')
theano.printing.debugprint(f)
show("set", f(xv, 2))

g = T.grad((T.set_subtensor(x[:m], T.alloc(1.5, m, 2)) * x).sum(), x)
theano.printing.debugprint(g)
f = theano.function([x, m], g, name='f_grad_set')
theano.printing.debugprint(f)
show("grad_set", f(xv, 2))

g = T.grad(T.set_subtensor(x[:m], T.alloc(1.5, 2)).sum(), x)
f = theano.function([x, m], g, name='f_grad_set_row')
theano.printing.debugprint(f)
show("grad_set_row", f(xv, 1))

g = T.grad((T.inc_subtensor(x[:m], T.alloc(1.5, m, 2)) ** 2).sum(), x)
f = theano.function([x, m], g, name='f_grad_inc')
theano.printing.debugprint(f)
show("grad_inc", f(xv, 2))

g = T.grad((T.set_subtensor(v[[0, 2]], T.alloc(1.5, 2)) * v).sum(), v)
theano.printing.debugprint(g)
f = theano.function([v], g, name='f_grad_set_adv')
theano.printing.debugprint(f)
show("grad_set_adv", f(np.array([1.0, 2.0, 3.0])))
