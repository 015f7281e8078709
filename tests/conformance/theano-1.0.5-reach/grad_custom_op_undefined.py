# Covers: the "Extending Theano" tutorial's custom Op: class DoubleOp(theano.Op) with __props__ = (), make_node returning theano.Apply(self, [x], [x.type()]), perform writing output_storage, infer_shape and grad; a second Op whose grad returns theano.gradient.grad_undefined for its integer-like input and a third with grad_not_implemented; T.grad through them (values, and the NullTypeGradError texts), a compiled function mixing the custom op with a random draw, and disconnected_grad / zero_grad around it.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


class DoubleOp(theano.Op):
    __props__ = ()

    def make_node(self, x):
        x = theano.tensor.as_tensor_variable(x)
        return theano.Apply(self, [x], [x.type()])

    def perform(self, node, inputs, output_storage):
        x = inputs[0]
        z = output_storage[0]
        z[0] = x * 2

    def infer_shape(self, node, i0_shapes):
        return i0_shapes

    def grad(self, inputs, output_grads):
        return [output_grads[0] * 2]


class ScaleByIndex(theano.Op):
    """x * k where k is an integer count: no gradient w.r.t. k."""
    __props__ = ()

    def make_node(self, x, k):
        x = T.as_tensor_variable(x)
        k = T.as_tensor_variable(k)
        return theano.Apply(self, [x, k], [x.type()])

    def perform(self, node, inputs, output_storage):
        x, k = inputs
        output_storage[0][0] = x * k

    def grad(self, inputs, output_grads):
        x, k = inputs
        return [output_grads[0] * k, theano.gradient.grad_undefined(self, 1, k, "k is a count")]


class Clamp(theano.Op):
    __props__ = ("low",)

    def __init__(self, low):
        self.low = low

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        return theano.Apply(self, [x], [x.type()])

    def perform(self, node, inputs, output_storage):
        output_storage[0][0] = np.maximum(inputs[0], self.low)

    def grad(self, inputs, output_grads):
        return [theano.gradient.grad_not_implemented(self, 0, inputs[0])]


x = T.dvector('x')
k = T.dscalar('k')
double = DoubleOp()
print("op", double, Clamp(0.5), Clamp(0.5) == Clamp(0.5), Clamp(0.5) == Clamp(1.0))
y = double(x)
f = theano.function([x], y, name='double')
show("double", f(np.array([1.0, 2.5, -3.0])))
g = T.grad(T.sum(y ** 2), x)
show("grad_double", theano.function([x], g, name='grad_double')(np.array([1.0, 2.5, -3.0])))
s = ScaleByIndex()(x, k)
show("scaled", theano.function([x, k], s, name='scaled')(np.array([1.0, 2.0]), 3.0))
show("grad_x", theano.function([x, k], T.grad(T.sum(s), x), name='gx')(np.array([1.0, 2.0]), 3.0))
for label, fn in [("grad_k", lambda: T.grad(T.sum(s), k)),
                  ("grad_clamp", lambda: T.grad(T.sum(Clamp(0.5)(x)), x)),
                  ("grad_k_ignore", lambda: T.grad(T.sum(s), k, disconnected_inputs='ignore'))]:
    try:
        r = fn()
        print(label, "no error", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, str(e).splitlines()[0])
u = theano.gradient.grad_undefined(double, 0, x, "why")
print("undefined", type(u.type).__name__, u.type.why_null.splitlines()[0])
n = theano.gradient.grad_not_implemented(double, 0, x)
print("not_implemented", type(n.type).__name__, n.type.why_null.splitlines()[0])
srng = RandomStreams(seed=3)
noisy = double(x + srng.normal((3,), std=0.1))
h = theano.function([x], [noisy, T.grad(T.sum(noisy * x), x)], name='noisy')
for call in range(2):
    a, b = h(np.array([1.0, 2.0, 3.0]))
    show("noisy", a)
    show("grad_noisy", b)
gz = T.grad(T.sum(double(theano.gradient.zero_grad(x)) + x), x)
show("zero_grad", theano.function([x], gz, name='zg')(np.array([1.0, 2.0])))
