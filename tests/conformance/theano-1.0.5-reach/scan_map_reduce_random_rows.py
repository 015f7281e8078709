# Covers: theano.map over the rows of a matrix with a random draw per row (srng.uniform(size=row.shape) masks, the map's updates passed to function), theano.reduce and theano.foldl summing the masked rows with a non-sequence scale, theano.scan over two sequences with a non_sequence and outputs_info, and a scan whose step returns an (output, updates dict) pair for a shared counter; values over 2 calls and the stream positions.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=808)
M = T.dmatrix('M')
scale = T.dscalar('scale')
masked, upd = theano.map(lambda row: row * (srng.uniform(size=row.shape) > 0.5), sequences=M)
total, upd2 = theano.reduce(lambda row, acc, s: acc + s * row, sequences=masked,
                            outputs_info=T.zeros_like(M[0]), non_sequences=scale)
total_l, upd3 = theano.foldl(lambda row, acc: acc + row, sequences=masked, outputs_info=T.zeros_like(M[0]))
f = theano.function([M, scale], [masked, total, total_l], updates=upd)
Mv = np.arange(1.0, 10.0).reshape(3, 3)
for call in range(2):
    for v in f(Mv, 0.5):
        show("map", v)
a = T.dvector('a')
b = T.dvector('b')
k = T.dscalar('k')
out, upd4 = theano.scan(lambda x, y, prev, kk: prev * kk + x * y, sequences=[a, b], outputs_info=T.constant(np.float64(0.0)),
                        non_sequences=k)
g = theano.function([a, b, k], out, updates=upd4)
show("scan2", g(np.array([1.0, 2.0, 3.0]), np.array([0.5, -1.0, 2.0]), 0.9))
counter = theano.shared(np.float64(0.0), name='counter')


def step(x):
    return x * 2, {counter: counter + x}


doubled, upd5 = theano.scan(step, sequences=a)
h = theano.function([a], doubled, updates=upd5)
show("doubled", h(np.array([1.0, 2.0, 3.0])))
print("counter", float(counter.get_value()))
show("doubled", h(np.array([1.0, 1.0])))
print("counter", float(counter.get_value()))
for r, u in srng.state_updates:
    print("pos", r.get_value().get_state()[2])
