# Covers: shared variables of numbers as the RBM tutorial makes them (theano.shared(value=0, name='bit_i_idx'), theano.shared(0.)): Theano's ScalarSharedVariable (a 0-d tensor of the number's dtype; a 0-d array makes a TensorSharedVariable), their types and values across calls with (bit_i_idx + 1) % 3 updates; f.maker.inputs: an In per explicit input, then the implicit shared ones (the stream's RandomState, W, c, bit_i_idx) with their updates, mutable flags and In(x) / In(c -> update) text.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(1)
W = theano.shared(np.ones((2, 2)), name='W')
c = theano.shared(0., name='c')
bit_i_idx = theano.shared(value=0, name='bit_i_idx')
x = T.matrix('x')
y = T.matrix('y')
k = T.scalar('k')
h = T.nnet.sigmoid(T.dot(x * srng.binomial(x.shape, p=0.5, dtype='float64'), W))
f = theano.function([x, y, theano.In(k, value=2.0)], h * k, updates=[(c, c + 1), (bit_i_idx, (bit_i_idx + 1) % 3)],
                    on_unused_input='ignore')
print([type(i.variable).__name__ for i in f.maker.inputs])
print([i.update is not None for i in f.maker.inputs])
print([i.implicit for i in f.maker.inputs], [i.mutable for i in f.maker.inputs])
print([str(i.variable) for i in f.maker.inputs], [i.name for i in f.maker.inputs])
print(f.maker.inputs[-1], f.maker.inputs[0], theano.In(x))
print([str(i.update) for i in f.maker.inputs if i.update is not None])
for v in [0., 1, np.float32(2.), np.int64(3), np.asarray(1.), True, np.array([1.])]:
    s = theano.shared(v)
    print(type(s).__name__, s.type, type(s), type(s.get_value()).__name__, s.get_value().dtype)
print(type(c), type(W), bit_i_idx.type)
for i in range(4):
    print(np.round(f(np.ones((2, 2)), np.ones((1, 1))), 8).tolist(), float(c.get_value()), int(bit_i_idx.get_value()))
