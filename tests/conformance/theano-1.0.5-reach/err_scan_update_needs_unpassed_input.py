# Covers: scan steps whose updates need a variable the step was not given (Theano's scan compiles the step with its updates, default ones too, and stops with MissingInputError asking to pass it in non_sequences): a nested scan whose inner step draws srng.uniform(row.shape) (the draw's default update reads the inner row), and a step returning an update {acc: acc + x} of an outer input x not passed; type and first line of each; then the nested scan with a constant draw size (values with and without updates) and the update with x passed as a non_sequence.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=2)
M = T.dmatrix('M')


def outer_by_shape(m):
    res, _ = theano.scan(lambda row: row + srng.uniform(row.shape, low=-0.1, high=0.1),
                         sequences=m)
    return res * 0.5


try:
    theano.scan(outer_by_shape, outputs_info=M, n_steps=2)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])


def outer(m):
    res, _ = theano.scan(lambda row: row + srng.uniform((2,), low=-0.1, high=0.1),
                         sequences=m)
    return res * 0.5


steps, upd = theano.scan(outer, outputs_info=M, n_steps=2)
f = theano.function([M], steps[-1], updates=upd)
g = theano.function([M], steps[-1])
print(f(np.ones((2, 2))).round(12).tolist(), f(np.ones((2, 2))).round(12).tolist())
print(g(np.ones((2, 2))).round(12).tolist(), g(np.ones((2, 2))).round(12).tolist())

acc = theano.shared(0.0, name='acc')
x = T.dscalar('x')
h0 = T.dscalar('h0')
try:
    theano.scan(lambda h: (h * 2, {acc: acc + x}), outputs_info=h0, n_steps=2)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
out, upd2 = theano.scan(lambda h, x_: (h * 2, {acc: acc + x_}), outputs_info=h0,
                        non_sequences=x, n_steps=2)
h = theano.function([h0, x], out, updates=upd2)
print(h(1.0, 0.5).tolist(), repr(float(acc.get_value())))
