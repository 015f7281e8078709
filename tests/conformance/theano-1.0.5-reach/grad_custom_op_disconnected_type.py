# Covers: a user's theano.Op whose grad returns theano.gradient.DisconnectedType()() for an integer index input: without a connection_pattern (Theano warns and treats it as disconnected) and with one saying so; the gradients' values and debugprint, asking for the gradient with respect to the index (DisconnectedInputError), and what Theano raises when the op's grad and its connection_pattern disagree either way (a TypeError for a DisconnectedType the pattern connects, a bare AssertionError for a gradient on an input the pattern disconnects); disconnected_type() and how the types print.
import numpy as np
import theano
import theano.tensor as T
from theano.gradient import DisconnectedType, disconnected_type


class ScaleRows(theano.Op):
    """y = x * s[idx] with integer idx: no gradient for idx."""
    __props__ = ()

    def make_node(self, x, s, idx):
        x, s, idx = [T.as_tensor_variable(v) for v in (x, s, idx)]
        return theano.Apply(self, [x, s, idx], [x.type()])

    def perform(self, node, inputs, out):
        x, s, idx = inputs
        out[0][0] = x * s[idx][:, None]

    def grad(self, inputs, g):
        x, s, idx = inputs
        gx = g[0] * s[idx].dimshuffle(0, 'x')
        gs = T.inc_subtensor(T.zeros_like(s)[idx], (g[0] * x).sum(axis=1))
        return [gx, gs, DisconnectedType()()]


class ScaleRowsPattern(ScaleRows):
    def connection_pattern(self, node):
        return [[True], [True], [False]]


class ScaleRowsStrict(ScaleRows):
    def connection_pattern(self, node):
        return [[True], [True], [True]]


class ScaleRowsWrong(ScaleRows):
    def connection_pattern(self, node):
        return [[True], [False], [False]]


x = T.matrix('x')
s = T.vector('s')
idx = T.ivector('idx')
print(DisconnectedType(), disconnected_type(), type(disconnected_type()).__name__)
for op in [ScaleRows(), ScaleRowsPattern()]:
    y = op(x, s, idx)
    cost = (y ** 2).sum()
    gx, gs = T.grad(cost, [x, s])
    f = theano.function([x, s, idx], [cost, gx, gs])
    print(f(np.ones((2, 3)), np.array([1., 2., 3.]), np.array([2, 0], dtype='int32')))
    theano.printing.debugprint([gx, gs])
    try:
        T.grad(cost, idx)
    except Exception as e:
        print(type(e).__name__)
for op in [ScaleRowsStrict(), ScaleRowsWrong()]:
    try:
        T.grad((op(x, s, idx) ** 2).sum(), x)
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)
