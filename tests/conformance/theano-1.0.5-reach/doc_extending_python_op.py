# Covers: the "Extending Theano" tutorial's Python ops: the decorator theano.compile.ops.as_op making numpy_dot of two fmatrix inputs (with an infer_shape function) and a function returning two outputs, printed (FromFunctionOp{numpy_dot}) and called inside larger graphs, the type check of its inputs, and T.grad through it failing; plus a DoubleOp subclassing theano.Op with __props__, make_node, perform, infer_shape and grad, used in a small training loop.
import numpy as np
import theano
import theano.tensor as T
from theano.compile.ops import as_op


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def infer_shape_numpy_dot(node, input_shapes):
    ashp, bshp = input_shapes
    return [ashp[:-1] + bshp[-1:]]


@as_op(itypes=[T.fmatrix, T.fmatrix], otypes=[T.fmatrix], infer_shape=infer_shape_numpy_dot)
def numpy_dot(a, b):
    return np.dot(a, b)


@as_op(itypes=[T.dvector], otypes=[T.dvector, T.dvector])
def sorted_and_rank(v):
    order = np.argsort(v)
    return v[order], order.astype('float64')


print(numpy_dot)
a = T.fmatrix('a')
b = T.fmatrix('b')
c = numpy_dot(a, b) + 1
f = theano.function([a, b], [c, c.shape])
av = np.array([[1, 2], [3, 4]], dtype='float32')
bv = np.array([[0.5, 0], [1, -1]], dtype='float32')
for out in f(av, bv):
    show("numpy_dot", out)
v = T.dvector('v')
s, r = sorted_and_rank(v * 2)
g = theano.function([v], [s, r])
for out in g(np.array([3.0, -1.0, 2.0])):
    show("sorted", out)
try:
    numpy_dot(T.dmatrix(), b)
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
try:
    T.grad(T.sum(numpy_dot(a, b)), a)
except Exception as e:
    print(type(e).__name__)


class DoubleOp(theano.Op):
    __props__ = ()

    def make_node(self, x):
        x = T.as_tensor_variable(x)
        return theano.Apply(self, [x], [x.type()])

    def perform(self, node, inputs, output_storage):
        x = inputs[0]
        z = output_storage[0]
        z[0] = x * 2

    def infer_shape(self, node, i0_shapes):
        return i0_shapes

    def grad(self, inputs, output_grads):
        return [output_grads[0] * 2]


double = DoubleOp()
w = theano.shared(np.array([0.5, -0.5]), name='w')
x = T.dvector('x')
cost = T.sum((double(x * w) - 1.0) ** 2)
train = theano.function([x], cost, updates=[(w, w - 0.05 * T.grad(cost, w))])
for step in range(3):
    print("step", step, float(train(np.array([1.0, 2.0]))))
show("w", w.get_value())
show("double", theano.function([x], double(x))(np.array([1.5, 2.5])))
