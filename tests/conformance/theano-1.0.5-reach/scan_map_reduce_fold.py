# Covers: theano.map, theano.reduce, theano.foldl and theano.foldr (scan wrappers): squares by map, sum by reduce, a non-commutative fold (acc * 2 + x) from the left and the right, and map over two sequences with a non_sequence; values and the returned updates.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
y = T.dvector('y')
sq, u1 = theano.map(lambda v: v ** 2, sequences=x)
total, u2 = theano.reduce(lambda v, acc: acc + v, sequences=x, outputs_info=T.constant(np.float64(0.0)))
left, _ = theano.foldl(lambda v, acc: acc * 2 + v, sequences=x, outputs_info=T.constant(np.float64(0.0)))
right, _ = theano.foldr(lambda v, acc: acc * 2 + v, sequences=x, outputs_info=T.constant(np.float64(0.0)))
pair, _ = theano.map(lambda a, b, c: a * b + c, sequences=[x, y], non_sequences=T.constant(np.float64(0.5)))
print("updates", len(u1), len(u2))
f = theano.function([x, y], [sq, total, left, right, pair], name='wrappers')
for name, val in zip(["map", "reduce", "foldl", "foldr", "map2"], f(np.array([1.0, 2.0, 3.0]), np.array([2.0, 0.0, -1.0]))):
    show(name, val)
