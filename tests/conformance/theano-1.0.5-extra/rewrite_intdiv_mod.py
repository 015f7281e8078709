# Covers: integer division // and % of random_integers draws by constants and by each other, / on ints (true_div to float64), negative operands (floor semantics) and dtypes.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=415)
a = srng.random_integers((6,), low=-10, high=10)
b = srng.random_integers((6,), low=1, high=4)
f = theano.function([], [a, b, a // 3, a % 4, a // b, a % b, a / b], name='f')
theano.printing.debugprint(f)
for name, r in zip(["a", "b", "a_fdiv3", "a_mod4", "a_fdiv_b", "a_mod_b", "a_div_b"], f()):
    show(name, r)
