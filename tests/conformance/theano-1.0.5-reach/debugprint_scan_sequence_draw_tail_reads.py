# Covers: a loop over a sequence with a draw in its step (x_t * srng.uniform((3,))), read only in part: out[-2:] and out[1:] compiled with the loop's updates; values over two calls and the compiled debugprints (the save-memory pass shrinks the buffer and the read's stop, n - n - 0 + size, becomes the size alone through Theano's local_elemwise_sub_zeros)
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

X = T.dmatrix('X')
srng = RandomStreams(seed=10)
out, upd = theano.scan(lambda x_t: x_t * srng.uniform(size=(3,)), sequences=X)
tail = theano.function([X], out[-2:], updates=upd)
rest = theano.function([X], out[1:], updates=upd)
data = np.arange(12.0).reshape(4, 3) / 10
for f in (tail, rest, tail):
    print(f(data).round(12).tolist())
theano.printing.debugprint(tail)
theano.printing.debugprint(rest)
