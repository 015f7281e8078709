# Covers: the Theano documentation's "How to debug" page: theano.compile.MonitorMode(pre_func=inspect_inputs, post_func=inspect_outputs) printing each node's input and output values, post_func=detect_nan over log(y) times a RandomStreams binomial (the in-place Composite's destroyed input shows the NaN it wrote) and over sqrt with .excluding('local_elemwise_fusion', 'inplace'), a training step with a scan whose post_func prints each node's index, op class and output shapes (the whole run order of the compiled function), and optimizer='fast_compile'.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def inspect_inputs(i, node, fn):
    print(i, node, "input(s) value(s):", [input[0] for input in fn.inputs], end=' ')


def inspect_outputs(i, node, fn):
    print(" output(s) value(s):", [output[0] for output in fn.outputs])


def detect_nan(i, node, fn):
    for output in fn.outputs:
        if (not isinstance(output[0], np.random.RandomState) and np.isnan(output[0]).any()):
            print('*** NaN detected ***')
            theano.printing.debugprint(node)
            print('Inputs : %s' % [input[0] for input in fn.inputs])
            print('Outputs: %s' % [output[0] for output in fn.outputs])
            break


srng = RandomStreams(3)
x = T.dscalar('x')
f = theano.function([x], [5 * x], mode=theano.compile.MonitorMode(pre_func=inspect_inputs, post_func=inspect_outputs))
f(3)
y = T.dvector('y')
g = theano.function([y], [T.log(y) * srng.binomial((2,), p=0.5, dtype='float64')],
                    mode=theano.compile.MonitorMode(post_func=detect_nan))
print(g(np.array([-1.0, 2.0])))
h = theano.function([y], T.sqrt(y).sum(), mode=theano.compile.MonitorMode(post_func=detect_nan).excluding('local_elemwise_fusion', 'inplace'))
print(h(np.array([-1.0, 4.0])))


def shapes(i, node, fn):
    print(i, type(node.op).__name__, [getattr(o[0], 'shape', None) for o in fn.outputs])


W = theano.shared(np.array([[0.5, -0.2], [0.1, 0.3]]), name='W')
xs = T.matrix('xs')
hs, upd = theano.scan(lambda x_t, h: T.tanh(T.dot(h, W) + x_t),
                      sequences=xs, outputs_info=T.zeros((2,)))
cost = T.sum((hs[-1] * srng.binomial((2,), p=0.5, dtype='float64')) ** 2)
train = theano.function([xs], cost, updates=list(upd.items()) + [(W, W - 0.1 * T.grad(cost, W))],
                        mode=theano.compile.MonitorMode(post_func=shapes))
print(train(np.ones((3, 2))))
print(np.round(W.get_value(), 8).tolist())
m = theano.compile.MonitorMode(pre_func=inspect_inputs, post_func=inspect_outputs, optimizer='fast_compile')
k = theano.function([x], x ** 2 + 1, mode=m)
print(k(2.0))
