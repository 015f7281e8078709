# Covers: integer draws of several dtypes mixed with a float32 draw: random_integers (2, 3) int64 + binomial (3,) int32, int8 random_integers * float32 uniform, T.true_div of an int draw by 2 and the sum; output dtypes.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=118)
r = srng.random_integers((2, 3), low=0, high=9)
bn = srng.binomial((3,), n=4, p=0.5, dtype='int32')
r8 = srng.random_integers((3,), low=-3, high=3, dtype='int8')
uf = srng.uniform((3,), dtype='float32')
outs = [r + bn, r8 * uf, T.true_div(r, 2), (r + bn).sum()]
f = theano.function([], outs)
theano.printing.debugprint(f)
for name, v in zip(["rb", "r8u", "half", "s"], f()):
    show(name, v)
