# Covers: theano.gradient.verify_grad as users test their gradients: passing checks of tanh, softmax and a dot with a matrix input (it returns None), a user's theano.Op whose grad is wrong by a factor of two (GradientError: the position, both values and the errors), numeric_grad on its own, and the TypeErrors for a missing rng and an integer point.
import numpy as np
import theano
import theano.tensor as T
from theano.gradient import verify_grad, numeric_grad


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(42)
print(verify_grad(lambda a: T.tanh(a), [np.array([0.1, -0.7, 2.0])], rng=rng))
print(verify_grad(lambda a: T.nnet.softmax(a), [rng.randn(2, 3)], rng=rng))
W = rng.randn(3, 2)
print(verify_grad(lambda a: T.dot(a, W), [rng.randn(4, 3)], rng=rng, n_tests=3))


class DoubleWrong(theano.Op):
    __props__ = ()

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        return theano.Apply(self, [x], [x.type()])

    def perform(self, node, inputs, outputs):
        outputs[0][0] = inputs[0] ** 2

    def grad(self, inputs, output_grads):
        return [output_grads[0] * inputs[0] * 4]


try:
    verify_grad(DoubleWrong(), [np.array([1.0, 2.0, 3.0])], rng=np.random.RandomState(0))
except verify_grad.E_grad as e:
    print(type(e).__name__, e.arg, e.err_pos, e.shape)
    print('%.6f %.6f %.6f %.6f' % (e.val1, e.val2, e.abs_err, e.rel_err))
    print(str(e).splitlines()[0])
    print(len(e.args))
x = T.dvector('x')
cost = theano.function([x], (x ** 3).sum())
ng = numeric_grad(cost, [np.array([1.0, 2.0])])
show('numeric', np.round(ng.gf[0], 4))
print(ng.max_err([np.array([3.0, 12.0])], 1e-4, 1e-4)[:2])
for bad in (lambda: verify_grad(T.tanh, [np.array([0.5])]),
            lambda: verify_grad(T.tanh, [np.array([1, 2])], rng=rng)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, str(e.args[0]))
