# Covers: run-time errors from bad distribution parameters fed symbolically: normal with negative std, binomial with p > 1, poisson with negative lam, uniform with low > high (accepted: values in (high, low]); type name and message; the stream state after a failed call.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=707)
s = T.dscalar('s')
n = srng.normal((2,), std=s)
b = srng.binomial((2,), n=3, p=s)
p = srng.poisson((2,), lam=s)
u = srng.uniform((3,), low=s, high=0.0)
fns = [("normal", function([s], n, name='fnorm'), -1.0, 1.0),
       ("binomial", function([s], b, name='fbin'), 1.5, 0.5),
       ("poisson", function([s], p, name='fpois'), -2.0, 2.0),
       ("uniform", function([s], u, name='funif'), 5.0, 1.0)]
for label, fn, bad, good in fns:
    try:
        show(label + "_bad", fn(bad))
    except Exception as e:
        print(label, type(e).__name__, str(e).splitlines()[0])
    show(label + "_good", fn(good))
