# Covers: debugprint of uncompiled normal/binomial/random_integers variables with print_type=True, ids='int', depth=2 and symbolic avg.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=70)
mu = T.dvector('mu')
n = srng.normal((2, 3), avg=mu, std=2.0)
b = srng.binomial((4,), n=3, p=0.2)
r = srng.random_integers((2,), low=1, high=6)
print("--- print_type")
theano.printing.debugprint(n, print_type=True)
print("--- ids=int")
theano.printing.debugprint([b, r], ids='int')
print("--- depth=2")
theano.printing.debugprint(n * 2 + b.sum(), depth=2)
